import CSV
import ChiboCore

/// A problem that stops the report stage.
public enum ReportError: StageError, Sendable, Equatable {
    /// The command line is wrong; `message` says what was expected.
    case usage(message: String)
    /// A required input file does not exist.
    case missingFile(path: String)
    /// A required column is absent from a file's header.
    case missingColumn(file: String, column: String)
    /// A field does not hold what the format requires.
    case invalidField(file: String, line: Int, column: Int, expected: String, found: String)
    /// The CSV layer could not read a file.
    case unreadable(CSVError)
    /// Writing an output failed.
    case output(path: String, reason: String)
    /// A review's indicators.csv or review.csv is not there: `review` has not been
    /// computed in `output` (or not by this version).
    case missingReview(review: ReviewName, output: String, file: String)
    /// A review.csv is malformed or does not describe the review of its folder.
    case record(KeyValueFileError)
    /// The compared review was computed from other input files than this review (its
    /// review.csv records another `input_sha256`).
    case previousFromOtherInput(review: ReviewName, previous: ReviewName, output: String)

    /// The exit status the executable ends with.
    public var exitStatus: ExitStatus {
        switch self {
        case .usage: .usage
        case .missingFile: .noInput
        case .missingColumn, .invalidField, .unreadable: .data
        case .output: .ioError
        case .missingReview: .noInput
        case .record, .previousFromOtherInput: .data
        }
    }

    /// The problem as a diagnostic at the stage boundary.
    public var diagnostic: Diagnostic {
        switch self {
        case .usage(let message):
            Diagnostic(severity: .error, file: "chibo-report", code: "usage", message: message)
        case .missingFile(let path):
            Diagnostic(
                severity: .error, file: path, code: "file.missing",
                message:
                    "không tìm thấy tệp; hãy chạy các bước trước (make ingest, make indicators) rồi chạy lại")
        case .missingColumn(let file, let column):
            Diagnostic(
                severity: .error, file: file, line: 1, columnName: column, code: "column.missing",
                message:
                    "thiếu cột '\(column)' trong tiêu đề; tệp này do bước trước ghi ra: hãy chạy lại make")
        case .invalidField(let file, let line, let column, let expected, let found):
            Diagnostic(
                severity: .error, file: file, line: line, column: column, value: found, code: "field.invalid",
                message:
                    "cần \(expected), nhận được '\(found)'; tệp này do bước trước ghi ra: hãy chạy lại make")
        case .unreadable(let error):
            error.diagnostic
        case .missingReview(let review, let output, let file):
            Diagnostic(
                severity: .error, file: review.description + "/" + file, code: "review.missing",
                message:
                    "chưa có kết quả \(review.kind.vietnameseName) \(review.quarter) trong thư mục '\(output)';"
                    + " hãy chạy '\(review.makeCommand)\(output == "output" ? "" : " OUTPUT=\"\(output)\"")' trước"
            )
        case .record(let error):
            error.diagnostic
        case .previousFromOtherInput(let review, let previous, let output):
            Diagnostic(
                severity: .error, file: previous.description + "/" + ReviewRecord.fileName, line: 8,
                column: 2,
                code: "review.input",
                message:
                    "kỳ so sánh \(previous) được tính từ dữ liệu đầu vào khác với \(review) (input_sha256 khác);"
                    + " hãy tính lại cả hai từ cùng INPUT: '\(review.makeCommand)"
                    + "\(output == "output" ? "" : " OUTPUT=\"\(output)\"")'"
                    + (review.kind == .quarterly ? "" : " PREVIOUS=\(previous)"))
        case .output(let path, let reason):
            Diagnostic(
                severity: .error, file: path, code: "output.failed",
                message: reason + "; báo cáo của lần chạy trước vẫn giữ nguyên")
        }
    }

    /// `file:line:column: lỗi: …`; a usage error names the program instead of a file
    /// position.
    public var description: String { diagnostic.description }
}
