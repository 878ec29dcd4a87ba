import CSV
import ChiboCore

/// The bytes of indicators.csv (UTF-8, LF, fields quoted only when needed).
enum IndicatorsWriter {
    /// The CSV text of `rows`, header first.
    static func text(of rows: [IndicatorRow]) -> [UInt8] {
        let writer = CSVWriter()
        var output: [UInt8] = []
        writer.appendRecord(IndicatorRow.columns, to: &output)
        for row in rows { writer.appendRecord(row.fields, to: &output) }
        return output
    }
}
