import ChiboCore
import OfficeReports

extension Diagnostic {
    /// The problem as a row of rejects.xlsx, with the same fields as its rejects.csv row.
    var rejectEntry: RejectEntry {
        let severity: RejectEntry.Severity =
            switch self.severity {
            case .error: .error
            case .warning: .warning
            case .notice: .notice
            }
        return RejectEntry(
            file: file, line: line, column: columnName, value: value, code: code, severity: severity,
            message: message)
    }
}
