import ChiboCore
import OfficeOpenXML

/// A problem that stops `chibo-templates`.
public enum TemplatesError: StageError, Sendable {
    /// The command line is wrong.
    case usage(String)
    /// Writing a template failed.
    case output(FileError)
    /// A workbook could not be packed.
    case workbook(file: String, ZipError)

    /// The exit status this problem ends the run with.
    public var exitStatus: ExitStatus {
        switch self {
        case .usage: .usage
        case .output, .workbook: .ioError
        }
    }

    /// The problem as a diagnostic naming the file.
    public var diagnostic: Diagnostic {
        switch self {
        case .usage(let message):
            Diagnostic(severity: .error, file: "chibo-templates", code: "usage", message: message)
        case .output(let error):
            Diagnostic(
                severity: .error, file: error.path, code: "file.write",
                message: "không ghi được tệp mẫu (\(error.description)); kiểm tra quyền ghi của thư mục")
        case .workbook(let file, let error):
            Diagnostic(
                severity: .error, file: file, code: "file.write",
                message: "không đóng gói được tệp .xlsx: \(error)")
        }
    }

    /// `file:line:column: error: message`.
    public var description: String { diagnostic.description }
}
