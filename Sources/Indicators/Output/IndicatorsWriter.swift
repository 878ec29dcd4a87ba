import CSV
import ChiboCore

/// Writes indicators.csv (UTF-8, LF, fields quoted only when needed) atomically.
enum IndicatorsWriter {
    /// The CSV text of `rows`, header first.
    static func text(of rows: [IndicatorRow]) -> [UInt8] {
        let writer = CSVWriter()
        var output: [UInt8] = []
        writer.appendRecord(IndicatorRow.columns, to: &output)
        for row in rows { writer.appendRecord(row.fields, to: &output) }
        return output
    }

    /// Writes `rows` to `path`.
    static func write(_ rows: [IndicatorRow], to path: String) throws(IndicatorsError) {
        do {
            let file = try AtomicFileWriter(path: path, confidentiality: .shared)
            try file.write(text(of: rows))
            try file.commit()
        } catch {
            throw .output(error)
        }
    }
}
