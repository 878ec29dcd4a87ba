import CSV
import ChiboCore

/// A file-level problem that stops the ingest stage before any output is written.
public enum IngestError: StageError, Sendable {
    /// The command line is wrong; the message says what was expected.
    case usage(String)
    /// A required input file does not exist.
    case missingFile(file: String)
    /// The header lacks a required column.
    case missingColumn(file: String, column: String, header: String)
    /// Two header cells map to the same canonical column.
    case duplicateColumn(file: String, fieldNumber: Int, column: String, header: String)
    /// The file could not be read or decoded.
    case unreadable(CSVError)
    /// Not exactly one organization has an empty `parent_id`.
    case rootCount(file: String, line: Int, fieldNumber: Int, roots: [String])
    /// The parent graph of organizations has a cycle.
    case cycle(file: String, line: Int, fieldNumber: Int, ids: [String])
    /// An output file could not be written.
    case output(FileError)

    /// The exit status the executable ends with.
    public var exitStatus: ExitStatus {
        switch self {
        case .usage: .usage
        case .missingFile: .noInput
        case .unreadable(let error):
            if case .unreadable = error { .ioError } else { .data }
        case .output: .ioError
        default: .data
        }
    }

    /// The problem as a fatal diagnostic (severity `error`), naming file, line and column.
    public var diagnostic: Diagnostic {
        func fatal(_ file: String, _ line: Int, _ column: Int, _ code: String, _ message: String)
            -> Diagnostic
        {
            Diagnostic(severity: .error, file: file, line: line, column: column, code: code, message: message)
        }
        switch self {
        case .usage(let message):
            return fatal("chibo-ingest", 0, 0, "usage", message)
        case .missingFile(let file):
            return fatal(
                file, 0, 0, "file.missing", "expected the required input file \(file), found 'no such file'")
        case .missingColumn(let file, let column, let header):
            return fatal(
                file, 1, 0, "header.missing_column", "expected a column \(column), found '\(header)'")
        case .duplicateColumn(let file, let fieldNumber, let column, let header):
            return fatal(
                file, 1, fieldNumber, "header.duplicate_column",
                "expected one column \(column), found a second one '\(header)'")
        case .unreadable(let error):
            return fatal(error.file, error.line, error.column, "file.unreadable", error.message)
        case .rootCount(let file, let line, let fieldNumber, let roots):
            let found = roots.isEmpty ? "none" : roots.joined(separator: ", ")
            return fatal(
                file, line, fieldNumber, "organizations.root",
                "expected exactly one organization without parent_id, found '\(found)'")
        case .cycle(let file, let line, let fieldNumber, let ids):
            let cycle = (ids + [ids[0]]).joined(separator: " -> ")
            return fatal(
                file, line, fieldNumber, "organizations.cycle",
                "expected a tree of parent_id, found a cycle '\(cycle)'")
        case .output(let error):
            return fatal(
                error.path, 0, 0, "output.write", "expected a writable output, found '\(error.description)'")
        }
    }

    /// `file:line:column: error: expected …, found '…'`.
    public var description: String { diagnostic.description }
}
