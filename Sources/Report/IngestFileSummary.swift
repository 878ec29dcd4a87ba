/// One row of ingest_summary.csv: what ingest made of one input file.
public struct IngestFileSummary: Hashable, Sendable {
    /// The input file name, `members.csv`.
    public var file: String
    /// The detected encoding, as ingest names it.
    public var encoding: String
    /// `comma`, `semicolon` or `tab`.
    public var delimiter: String
    /// Data rows read.
    public var rowsRead: Int
    /// Rows written to normalized/.
    public var rowsAccepted: Int
    /// Rows rejected with an error.
    public var rowsRejected: Int
    /// Warnings on kept rows.
    public var warnings: Int

    /// The columns of ingest_summary.csv.
    public static let columns = [
        "file", "encoding", "delimiter", "rows_read", "rows_accepted", "rows_rejected", "warnings",
    ]

    /// Reads ingest_summary.csv in file order.
    public static func read(path: String) throws(ReportError) -> [IngestFileSummary] {
        var reader = try ColumnReader(path: path, columns: columns)
        var summaries: [IngestFileSummary] = []
        while let (line, fields) = try reader.next() {
            var counts: [Int] = []
            for position in 3..<7 {
                guard let count = Int(fields[position]), count >= 0 else {
                    throw reader.invalid(
                        line: line, position: position, expected: "a whole number", found: fields[position])
                }
                counts.append(count)
            }
            summaries.append(
                IngestFileSummary(
                    file: fields[0], encoding: fields[1], delimiter: fields[2], rowsRead: counts[0],
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
