import CSV
import ChiboCore

/// A problem that stops the indicators stage.
public enum IndicatorsError: StageError, Sendable {
    /// The command line or a setting is wrong.
    case usage(String)
    /// A required normalized file does not exist.
    case missingFile(path: String)
    /// A normalized file does not follow the contract (header, field count, date, code).
    case malformed(file: String, line: Int, column: Int, expected: String, found: String)
    /// The CSV reader could not read a file.
    case unreadable(CSVError)
    /// Writing an output failed.
    case output(FileError)
    /// `normalized/ingest.csv` is missing or malformed.
    case record(KeyValueFileError)

    /// The exit status this problem ends the stage with.
    public var exitStatus: ExitStatus {
        switch self {
        case .usage: .usage
        case .missingFile: .noInput
        case .malformed: .data
        case .unreadable(let error):
            if case .unreadable = error { .noInput } else { .data }
        case .output: .ioError
        case .record(let error):
            if case .invalid = error { .data } else { .noInput }
        }
    }

    /// The problem as a diagnostic naming the file, line and column.
    public var diagnostic: Diagnostic {
        switch self {
        case .usage(let message):
            Diagnostic(severity: .error, file: "chibo-indicators", code: "usage", message: message)
        case .missingFile(let path):
            Diagnostic(
                severity: .error, file: path, code: "file.missing",
                message: "expected a normalized file, found no file")
        case .malformed(let file, let line, let column, let expected, let found):
            Diagnostic(
                severity: .error, file: file, line: line, column: column, value: found,
                code: "normalized.malformed", message: "expected \(expected), found '\(found)'")
        case .unreadable(let error):
            Diagnostic(
                severity: .error, file: error.file, line: error.line, column: error.column,
                code: "file.unreadable", message: error.message)
        case .output(let error):
            Diagnostic(
                severity: .error, file: error.path, code: "file.write", message: error.description)
        case .record(.missing(let path)):
            Diagnostic(
                severity: .error, file: path, code: "file.missing",
                message: "không tìm thấy tệp do bước tiếp nhận ghi; hãy chạy lại 'make ingest' (chibo-ingest)"
            )
        case .record(let error):
            error.diagnostic
        }
    }

    /// `file:line:column: error: message`.
    public var description: String { diagnostic.description }
}
