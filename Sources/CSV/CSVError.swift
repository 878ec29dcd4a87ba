/// A problem that stops reading a CSV file. Positions are physical lines (1-based).
public enum CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or read; `reason` is the system's message.
    case unreadable(file: String, reason: String)
    /// Bytes that are not valid in the detected encoding (or a NUL byte), shown in hex
    /// (`C3 28`); `line` is the physical line of the bytes, `column` the field number.
    case undecodable(file: String, line: Int, column: Int, encoding: String, hexBytes: String)
    /// A quoted field is still open at the end of the file; `line` is where its record starts.
    case unterminatedQuote(file: String, line: Int, column: Int)
    /// A field longer than the reader's cap; `line` is where its record starts.
    case fieldTooLong(file: String, line: Int, column: Int, limit: Int)

    /// The file the problem is in.
    public var file: String {
        switch self {
        case .unreadable(let file, _), .undecodable(let file, _, _, _, _),
            .unterminatedQuote(let file, _, _), .fieldTooLong(let file, _, _, _):
            file
        }
    }

    /// The physical line of the problem (0 when the whole file is concerned).
    public var line: Int {
        switch self {
        case .unreadable: 0
        case .undecodable(_, let line, _, _, _), .unterminatedQuote(_, let line, _),
            .fieldTooLong(_, let line, _, _):
            line
        }
    }

    /// The 1-based field number of the problem (0 when unknown).
    public var column: Int {
        switch self {
        case .unreadable: 0
        case .undecodable(_, _, let column, _, _), .unterminatedQuote(_, _, let column),
            .fieldTooLong(_, _, let column, _):
            column
        }
    }

    /// What was expected and what was found.
    public var message: String {
        switch self {
        case .unreadable(_, let reason):
            "cannot read the file: \(reason)"
        case .undecodable(_, _, _, let encoding, let hexBytes):
            "expected \(encoding) text, found bytes \(hexBytes)"
        case .unterminatedQuote:
            "expected a closing quote '\"' before the end of the file, found end of file"
        case .fieldTooLong(_, _, _, let limit):
            "expected a field of at most \(limit) bytes, found a longer one"
        }
    }

    /// `file:line:column: error: message`.
    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}
