import CSV
import Ingest

extension ExportTemplate {
    /// The CSV template: UTF-8 with a byte order mark (so Excel reads the Vietnamese
    /// letters), CRLF like the spreadsheets' own CSV, the header and the hint row. Ingest
    /// recognises the hint row and skips it, so staff may leave it in place.
    public var csvBytes: [UInt8] {
        let writer = CSVWriter(lineEnding: [0x0D, 0x0A])
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        writer.appendRecord(headers, to: &bytes)
        writer.appendRecord(hints, to: &bytes)
        return bytes
    }
}
