/// How serious a diagnostic is.
///
/// An `error` on a row rejects it; a `warning` keeps the row; a `notice` is file-level
/// information such as an ignored column or a converted legacy encoding.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    /// The row (or, for a fatal diagnostic, the file) is rejected.
    case error
    /// The row is kept but looks suspicious.
    case warning
    /// Information about the whole file.
    case notice

    /// The word printed before a message for people: `lỗi`, `cảnh báo`, `lưu ý`.
    public var vietnameseName: String {
        switch self {
        case .error: "lỗi"
        case .warning: "cảnh báo"
        case .notice: "lưu ý"
        }
    }

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .notice: 2
        }
    }

    /// Errors sort before warnings, warnings before notices.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
