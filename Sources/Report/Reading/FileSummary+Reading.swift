import ChiboCore

/// Reading ingest_summary.csv for section I of the report.
extension FileSummary {
    /// Reads ingest_summary.csv in file order.
    public static func read(path: String) throws(ReportError) -> [FileSummary] {
        var reader = try ColumnReader(path: path, columns: FileSummary.columns)
        var summaries: [FileSummary] = []
        while let (line, fields) = try reader.next() {
            var counts: [Int] = []
            for position in 3..<7 {
                guard let count = Int(fields[position]), count >= 0 else {
                    throw reader.invalid(
                        line: line, position: position, expected: "một số nguyên", found: fields[position])
                }
                counts.append(count)
            }
            summaries.append(
                FileSummary(
                    fileName: fields[0], encoding: fields[1], delimiter: fields[2], rowsRead: counts[0],
                    rowsAccepted: counts[1], rowsRejected: counts[2], warnings: counts[3]))
        }
        return summaries
    }

    /// The delimiter in Vietnamese words.
    public var delimiterName: String {
        switch delimiter {
        case "comma": "dấu phẩy"
        case "semicolon": "chấm phẩy"
        case "tab": "tab"
        default: delimiter
        }
    }
}
