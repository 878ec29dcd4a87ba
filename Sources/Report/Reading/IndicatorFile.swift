import ChiboCore

/// Reads indicators.csv, the indicators stage's output.
public enum IndicatorFile {
    /// Reads and checks every row of the file at `path`, sorted in SPEC order.
    public static func read(path: String) throws(ReportError) -> [IndicatorRow] {
        var reader = try ColumnReader(path: path, columns: IndicatorRow.columns)
        var rows: [IndicatorRow] = []
        while let (line, fields) = try reader.next() {
            switch IndicatorRow.parse(fields: fields) {
            case .success(let row):
                rows.append(row)
            case .failure(let error):
                throw reader.invalid(
                    line: line, position: error.position, expected: error.expected,
                    found: fields[error.position])
            }
        }
        return rows.sorted(by: IndicatorRow.precedes)
    }
}
