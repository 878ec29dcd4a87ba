import CSV
import ChiboCore
import OfficeOpenXML

/// The rows of indicators.csv from some record on, decoded in file order.
struct FileHalf {
    /// The decoder, which holds the texts and sort keys of `rows`.
    private(set) var decoder = IndicatorRecordDecoder()
    /// The rows in file order.
    private(set) var rows: [IndicatorRow] = []

    /// Decodes the non-blank records of `reader` (fields of `IndicatorRow.columns` at
    /// `indices`) to the end, or up to the first for which `stopsBefore` is true: then
    /// that record is not decoded and the result is true. A problem is reported in the
    /// file named `path`; `byteCount` is about how many bytes there are to read.
    @discardableResult
    mutating func read(
        _ reader: CSVReader, indices: [Int], path: String, byteCount: Int,
        stopsBefore: (CSVRow) -> Bool = { _ in false }
    ) throws(ReportError) -> Bool {
        var firstOffset: Int?
        while true {
            let record: CSVRow?
            do {
                record = try reader.nextRow()
            } catch {
                throw .unreadable(error)
            }
            guard let record else { return false }
            if record.isBlank { continue }
            if stopsBefore(record) { return true }
            switch decoder.decode(record, indices: indices) {
            case .success(let row):
                rows.append(row)
            case .failure(let error):
                throw .invalidField(
                    file: path, line: record.line, column: indices[error.position] + 1,
                    expected: error.expected, found: record.string(at: indices[error.position]))
            }
            // Room for all the rows once a few thousand tell how long one is, rather than
            // copies of a growing array (a million rows at national size).
            let first = firstOffset ?? record.byteOffset
            firstOffset = first
            if rows.count == FileHalf.sampleCount, record.byteOffset > first {
                let perRow = (record.byteOffset - first) / (FileHalf.sampleCount - 1)
                let expected = byteCount / max(1, perRow)
                rows.reserveCapacity(expected + expected / 16)
            }
        }
    }

    private static let sampleCount = 4096

    /// Appends the rows of `later`, read from where this reader stopped: each of their
    /// texts becomes the one these rows share (the first met of texts canonically
    /// equivalent), as if one reader had read both.
    mutating func append(_ later: FileHalf) {
        var numbers: [Int32] = []
        var isSameText = true
        numbers.reserveCapacity(later.decoder.texts.texts.count)
        for var text in later.decoder.texts.texts {
            let shared = text.withUTF8 { decoder.share($0) }
            numbers.append(Int32(shared.number))
            isSameText = isSameText && ExactText(shared.text) == ExactText(text)
        }
        decoder.appendKeys(
            later.decoder.keys.lazy.map { (numbers[Int($0.indicator)], numbers[Int($0.unit)]) })
        let start = rows.count
        rows.append(contentsOf: later.rows)
        // A text met earlier in another form (canonically equivalent, other bytes): the
        // later rows take the earlier form, found again by their bytes.
        if !isSameText {
            for index in start..<rows.count {
                rows[index].indicator = rows[index].indicator.withUTF8 { decoder.share($0).text }
                rows[index].unitID = rows[index].unitID.withUTF8 { decoder.share($0).text }
                rows[index].unitName = rows[index].unitName.withUTF8 { decoder.share($0).text }
            }
        }
    }
}
