import CSV
import ChiboCore

/// A file-level problem that stops the ingest stage before any output is written.
public enum IngestError: Error, Sendable, CustomStringConvertible {
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
        case .missingFile: .noInput
        case .unreadable(let error):
            if case .unreadable = error { .ioError } else { .data }
        case .output: .ioError
        default: .data
        }
    }

    /// `file:line:column: error: expected …, found '…'`.
    public var description: String {
        switch self {
        case .missingFile(let file):
            "\(file):0:0: error: expected the required input file \(file), found 'no such file'"
        case .missingColumn(let file, let column, let header):
            "\(file):1:0: error: expected a column \(column), found '\(header)'"
        case .duplicateColumn(let file, let fieldNumber, let column, let header):
            "\(file):1:\(fieldNumber): error: expected one column \(column), found a second one '\(header)'"
        case .unreadable(let error):
            error.description
        case .rootCount(let file, let line, let fieldNumber, let roots):
            "\(file):\(line):\(fieldNumber): error: expected exactly one organization without parent_id, "
                + "found '\(roots.isEmpty ? "none" : roots.joined(separator: ", "))'"
        case .cycle(let file, let line, let fieldNumber, let ids):
            "\(file):\(line):\(fieldNumber): error: expected a tree of parent_id, found a cycle '"
                + (ids + [ids[0]]).joined(separator: " -> ") + "'"
        case .output(let error):
            "\(error.path):0:0: error: expected a writable output, found '\(error.description)'"
        }
    }
}
