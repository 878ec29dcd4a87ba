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

    /// What to do when a file ingest writes is missing or malformed.
    static let rerunIngest =
        "hãy chạy lại bước đọc dữ liệu (make ingest, hoặc chibo-ingest) để ghi lại thư mục normalized/"

    /// The problem as a diagnostic naming the file, line and column, in Vietnamese, with
    /// what to do next.
    public var diagnostic: Diagnostic {
        switch self {
        case .usage(let message):
            Diagnostic(severity: .error, file: "chibo-indicators", code: "usage", message: message)
        case .missingFile(let path):
            Diagnostic(
                severity: .error, file: path, code: ProblemCode.fileMissing.rawValue,
                message: "không tìm thấy tệp dữ liệu đã chuẩn hóa; \(Self.rerunIngest)")
        case .malformed(let file, let line, let column, let expected, let found):
            Diagnostic(
                severity: .error, file: file, line: line, column: column, value: found,
                code: "normalized.malformed",
                message: "cần \(expected), nhận được '\(found)'; \(Self.rerunIngest)")
        case .unreadable(let error):
            error.diagnostic
        case .output(let error):
            Diagnostic(
                severity: .error, file: error.path, code: ProblemCode.outputWrite.rawValue,
                message: error.vietnameseExplanation
                    + "; các kết quả của lần chạy trước (indicators.csv, review.csv, restricted/) vẫn giữ nguyên"
            )
        case .record(.missing(let path)):
            Diagnostic(
                severity: .error, file: path, code: ProblemCode.fileMissing.rawValue,
                message: "không tìm thấy tệp do bước đọc dữ liệu ghi; \(Self.rerunIngest)"
            )
        case .record(let error):
            {
                var diagnostic = error.diagnostic
                diagnostic.message += "; \(Self.rerunIngest)"
                return diagnostic
            }()
        }
    }

    /// `file:line:column: lỗi: message`.
    public var description: String { diagnostic.description }
}
