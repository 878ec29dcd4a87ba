import CSV
import ChiboCore

/// A file-level problem that stops the ingest stage before any output is written.
public enum IngestError: StageError, Sendable {
    /// The command line is wrong; the message says what was expected.
    case usage(String)
    /// The input folder does not exist or cannot be listed.
    case missingFolder(path: String)
    /// A required input file does not exist in the input folder.
    case missingFile(file: String, folder: String)
    /// Two files of the input folder have the same name but for case (`members.csv`,
    /// `Members.CSV`).
    case duplicateFile(names: [String], folder: String)
    /// The header lacks required columns: each column's canonical name and its usual
    /// Vietnamese header.
    case missingColumns(file: String, columns: [(name: String, vietnamese: String)])
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
        case .missingFolder, .missingFile: .noInput
        case .unreadable(let error):
            if case .unreadable = error { .ioError } else { .data }
        case .output: .ioError
        default: .data
        }
    }

    /// The problem as a fatal diagnostic (severity `error`) in Vietnamese, naming file,
    /// line and column, and saying what to change.
    public var diagnostic: Diagnostic {
        func fatal(_ file: String, _ line: Int, _ column: Int, _ code: ProblemCode, _ message: String)
            -> Diagnostic
        {
            Diagnostic(
                severity: .error, file: file, line: line, column: column, code: code.rawValue,
                message: message)
        }
        switch self {
        case .usage(let message):
            return Diagnostic(severity: .error, file: "chibo-ingest", code: "usage", message: message)
        case .missingFolder(let path):
            return fatal(
                path, 0, 0, .fileMissing,
                "không tìm thấy thư mục dữ liệu đầu vào; hãy đặt các tệp xuất vào thư mục đó hoặc chỉ đúng"
                    + " thư mục bằng INPUT=… (make) hoặc --input (chibo-ingest)")
        case .missingFile(let file, let folder):
            return fatal(
                file, 0, 0, .fileMissing,
                "thiếu tệp bắt buộc; đã tìm trong thư mục '\(folder)' (tên tệp không phân biệt chữ hoa, chữ thường)."
                    + " \(ProblemCode.fileMissing.fix)")
        case .duplicateFile(let names, let folder):
            return fatal(
                names[0], 0, 0, .fileDuplicate,
                "thư mục '\(folder)' có nhiều tệp cùng tên (không kể chữ hoa, chữ thường): "
                    + names.map { "'\($0)'" }.joined(separator: ", ") + ". \(ProblemCode.fileDuplicate.fix)")
        case .missingColumns(let file, let columns):
            let named = columns.map { "'\($0.name)' (\($0.vietnamese))" }.joined(separator: ", ")
            let noun = columns.count == 1 ? "cột bắt buộc" : "\(columns.count) cột bắt buộc"
            return fatal(
                file, 1, 1, .columnMissing, "thiếu \(noun) \(named). \(ProblemCode.columnMissing.fix)")
        case .duplicateColumn(let file, let fieldNumber, let column, let header):
            return fatal(
                file, 1, fieldNumber, .columnDuplicate,
                "cột '\(header)' là cột '\(column)' lần thứ hai. \(ProblemCode.columnDuplicate.fix)")
        case .unreadable(let error):
            return error.diagnostic
        case .rootCount(let file, let line, let fieldNumber, let roots):
            let found = roots.isEmpty ? "không có tổ chức nào" : roots.joined(separator: ", ")
            return fatal(
                file, line, fieldNumber, .organizationRoot,
                "cần đúng một tổ chức đảng để trống parent_id (tổ chức cấp trên cùng), nhận được: \(found)."
                    + " \(ProblemCode.organizationRoot.fix)")
        case .cycle(let file, let line, let fieldNumber, let ids):
            let cycle = (ids + [ids[0]]).joined(separator: " → ")
            return fatal(
                file, line, fieldNumber, .organizationCycle,
                "parent_id tạo thành vòng \(cycle). \(ProblemCode.organizationCycle.fix)")
        case .output(let error):
            return fatal(
                error.path, 0, 0, .outputWrite,
                error.vietnameseExplanation
                    + "; các kết quả của lần chạy trước (normalized/, rejects.csv) vẫn giữ nguyên")
        }
    }

    /// `file:line:column: lỗi: …`.
    public var description: String { diagnostic.description }
}
