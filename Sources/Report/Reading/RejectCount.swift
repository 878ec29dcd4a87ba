import ChiboCore

/// How many rows of rejects.csv share one severity and code. Only codes and counts are
/// kept: the `value` and `message` columns may quote member ids or names.
public struct RejectCount: Hashable, Sendable {
    /// Error, warning or notice.
    public var severity: Severity
    /// The problem code, such as `date.invalid`.
    public var code: String
    /// The number of rejects.csv rows.
    public var count: Int

    /// The columns read from rejects.csv.
    public static let columns = ["code", "severity"]

    /// Reads rejects.csv and counts its rows by severity and code, errors first, then
    /// warnings, then notices, codes bytewise within each severity.
    public static func read(path: String) throws(ReportError) -> [RejectCount] {
        var reader = try ColumnReader(path: path, columns: columns)
        var counts: [Severity: [String: Int]] = [:]
        while let (line, fields) = try reader.next() {
            guard let severity = Severity(rawValue: fields[1]) else {
                throw reader.invalid(
                    line: line, position: 1, expected: "'error', 'warning' hoặc 'notice'", found: fields[1])
            }
            counts[severity, default: [:]][fields[0], default: 0] += 1
        }
        var result: [RejectCount] = []
        for severity in Severity.allCases.sorted() {
            let codes = (counts[severity] ?? [:]).sorted {
                Array($0.key.utf8).lexicographicallyPrecedes($1.key.utf8)
            }
            for (code, count) in codes {
                result.append(RejectCount(severity: severity, code: code, count: count))
            }
        }
        return result
    }

    /// The severity in Vietnamese.
    public var severityName: String {
        switch severity {
        case .error: "lỗi (loại dòng)"
        case .warning: "cảnh báo"
        case .notice: "thông báo"
        }
    }
}
