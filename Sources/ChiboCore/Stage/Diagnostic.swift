/// One problem found in an input or output file, used by every stage.
///
/// `line` is the physical line where the record starts (the header is line 1);
/// `column` is the 1-based field number within that record (0 when the problem
/// concerns the whole record or file). `columnName` is the canonical column name
/// when one applies, and `value` the offending text as read.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How serious the problem is.
    public var severity: Severity
    /// The file the problem is in, as given on the command line or its base name.
    public var file: String
    /// Physical line where the record starts; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based field number; 0 when the problem concerns the whole record or file.
    public var column: Int
    /// The canonical column name the problem is about, or empty.
    public var columnName: String
    /// The offending value as read, or empty.
    public var value: String
    /// A stable machine-readable code such as `date.invalid`.
    public var code: String
    /// A human-readable message in Vietnamese.
    public var message: String

    /// Creates a diagnostic.
    public init(
        severity: Severity,
        file: String,
        line: Int = 0,
        column: Int = 0,
        columnName: String = "",
        value: String = "",
        code: String,
        message: String
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.columnName = columnName
        self.value = value
        self.code = code
        self.message = message
    }

    /// `file:line:column: lỗi: message`, the form compilers and editors understand, with
    /// the severity in Vietnamese. What is unknown is left out rather than printed as 0:
    /// `file:line: lỗi: …` without a column, `file: lỗi: …` without a line.
    public var description: String {
        var position = file
        if line > 0 {
            position += ":\(line)"
            if column > 0 { position += ":\(column)" }
        }
        return "\(position): \(severity.vietnameseName): \(message)"
    }
}
