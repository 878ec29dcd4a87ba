/// One review, named as its folder under `$(OUTPUT)/` and as `PREVIOUS`, `FROM` and `TO`
/// take it: `so-ket/2018-Q2`, `quy/2019-Q3`.
public struct ReviewName: Hashable, Sendable, CustomStringConvertible {
    /// Quarterly, sơ kết or tổng kết.
    public var kind: ReviewKind
    /// The quarter the review is made at.
    public var quarter: Quarter

    /// Creates a name.
    public init(kind: ReviewKind, quarter: Quarter) {
        self.kind = kind
        self.quarter = quarter
    }

    /// Parses `<REVIEW>/<QUARTER>`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let kind = ReviewKind(rawValue: String(parts[0])),
            let quarter = Quarter(String(parts[1]))
        else { return nil }
        self.init(kind: kind, quarter: quarter)
    }

    /// `so-ket/2018-Q2`: the folder of the review relative to `$(OUTPUT)`.
    public var description: String { "\(kind.rawValue)/\(quarter)" }

    /// The review's folder inside `output`.
    public func folder(in output: String) -> String { output + "/" + description }

    /// The review a quarterly review compares with: the same quarter of the year before,
    /// whose year-to-date window has the same length. Nil for a sơ kết or tổng kết, which
    /// compare only with an explicitly named review (`PREVIOUS`).
    public var sameQuarterOfThePreviousYear: ReviewName? {
        guard kind == .quarterly, quarter.year > 1 else { return nil }
        return ReviewName(kind: .quarterly, quarter: Quarter(year: quarter.year - 1, number: quarter.number))
    }

    /// The command that computes this review, for messages: `make so-ket QUARTER=2018-Q2`.
    public var makeCommand: String { "make \(kind.makeTarget) QUARTER=\(quarter)" }
}
