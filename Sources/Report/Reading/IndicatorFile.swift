import ChiboCore

/// Reads indicators.csv, the indicators stage's output.
public enum IndicatorFile {
    /// Reads and checks every row of the file at `path`, sorted in SPEC order.
    public static func read(path: String) throws(ReportError) -> [IndicatorRow] {
        var reader = try ColumnReader(path: path, columns: IndicatorRow.columns)
        var rows: [IndicatorRow] = []
        // Codes, unit ids and names repeat on every row of a unit (a million rows at
        // national size): one shared copy of each instead of one per row.
        var texts: [String: String] = [:]
        func shared(_ text: String) -> String {
            if let known = texts[text] { return known }
            texts[text] = text
            return text
        }
        while let (line, fields) = try reader.next() {
            switch IndicatorRow.parse(fields: fields) {
            case .success(var row):
                row.indicator = shared(row.indicator)
                row.unitID = shared(row.unitID)
                row.unitName = shared(row.unitName)
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
