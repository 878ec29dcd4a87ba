/// One line of rejects.csv: a problem found in an input file.
public struct RejectEntry: Sendable, Equatable {
    /// How serious the problem is, most serious first.
    public enum Severity: Int, Sendable, Comparable {
        /// The row was rejected.
        case error
        /// The row was kept but looks wrong.
        case warning
        /// Information about the whole file or a column.
        case notice

        /// The Vietnamese word staff read.
        public var vietnamese: String {
            switch self {
            case .error: "lỗi (loại dòng)"
            case .warning: "cảnh báo"
            case .notice: "thông báo"
            }
        }

        /// Errors before warnings before notices.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The input file.
    public var file: String
    /// The physical line where the record starts (the header is line 1); 0 for the file.
    public var line: Int
    /// The column name, or empty.
    public var column: String
    /// The offending value exactly as read, or empty.
    public var value: String
    /// The stable problem code (`date.invalid`).
    public var code: String
    /// Error, warning or notice.
    public var severity: Severity
    /// The Vietnamese message.
    public var message: String

    /// Creates an entry.
    public init(
        file: String, line: Int, column: String, value: String, code: String, severity: Severity,
        message: String
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.code = code
        self.severity = severity
        self.message = message
    }
}
