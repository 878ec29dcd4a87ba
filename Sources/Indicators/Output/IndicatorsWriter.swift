import CSV
import ChiboCore

/// The bytes of indicators.csv (UTF-8, LF, fields quoted only when needed).
enum IndicatorsWriter {
    /// The CSV text of `rows`, header first; many rows are formatted half on each core.
    static func text(of rows: [IndicatorRow]) -> [UInt8] {
        let middle = rows.count >= 1 << 15 ? rows.count / 2 : rows.count
        let laterRows = rows[middle...]
        let later =
            laterRows.isEmpty
            ? nil
            : BackgroundWork { () -> [UInt8] in
                let writer = CSVWriter()
                var output: [UInt8] = []
                for row in laterRows { writer.appendRecord(row.fields, to: &output) }
                return output
            }
        let writer = CSVWriter()
        var output: [UInt8] = []
        writer.appendRecord(IndicatorRow.columns, to: &output)
        for row in rows[..<middle] { writer.appendRecord(row.fields, to: &output) }
        if let laterText = later?.takeValue() { output += laterText }
        return output
    }
}
