/// The kind of review (đợt đánh giá): it sets the window, the title, the framing and the
/// folder `$(OUTPUT)/<rawValue>/<QUARTER>/`.
public enum ReviewKind: String, CaseIterable, Sendable {
    /// A quarterly review (báo cáo quý): the year to date, compared with the same quarter
    /// of the year before.
    case quarterly = "quy"
    /// The mid-term review (sơ kết giữa nhiệm kỳ): the term so far.
    case midTerm = "so-ket"
    /// The final review of the term (tổng kết): the whole term.
    case final = "tong-ket"

    /// The `make` target that computes a review of this kind (`make quarter`, …), for the
    /// messages that tell people how to compute a missing review.
    public var makeTarget: String {
        switch self {
        case .quarterly: "quarter"
        case .midTerm: "so-ket"
        case .final: "tong-ket"
        }
    }

    /// The words a Vietnamese message names the review with.
    public var vietnameseName: String {
        switch self {
        case .quarterly: "báo cáo quý"
        case .midTerm: "sơ kết"
        case .final: "tổng kết"
        }
    }
}
