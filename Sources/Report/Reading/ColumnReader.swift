import CSV
import ChiboCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a small CSV file written by an earlier stage, whose columns are found by name.
///
/// These files are a few thousand rows at most, so fields are handed out as `String`s.
struct ColumnReader {
    /// The file name used in diagnostics.
    let fileName: String
    private let reader: CSVReader
    private let indices: [Int]
    /// The fields of the record before: a field with the same bytes is that string again
    /// (codes, unit ids and names repeat down indicators.csv), made without decoding.
    private var previous: [String] = []

    /// Opens `path` and locates `columns` in its header; a missing file or column is fatal.
    init(path: String, columns: [String]) throws(ReportError) {
        fileName = path
        (reader, indices) = try Self.open(path, locating: columns)
    }

    /// A reader of `path` past its header, and the index of each of `columns` in it; a
    /// missing file or column is fatal.
    static func open(_ path: String, locating columns: [String]) throws(ReportError) -> (
        reader: CSVReader, indices: [Int]
    ) {
        guard Directory.exists(path) else { throw .missingFile(path: path) }
        let reader: CSVReader
        let names: [String]
        do {
            reader = try CSVReader(path: path, fileName: path)
            names = try reader.nextRow()?.strings ?? []
        } catch {
            throw .unreadable(error)
        }
        var indices: [Int] = []
        for column in columns {
            guard let index = names.firstIndex(of: column) else {
                throw .missingColumn(file: path, column: column)
            }
            indices.append(index)
        }
        return (reader, indices)
    }

    /// The next non-blank record as (physical line, fields in the order of `columns`).
    mutating func next() throws(ReportError) -> (line: Int, fields: [String])? {
        do {
            while let row = try reader.nextRow() {
                if row.isBlank { continue }
                var fields: [String] = []
                fields.reserveCapacity(indices.count)
                for (position, index) in indices.enumerated() {
                    if position < previous.count, ColumnReader.hasBytes(of: &previous[position], row, index) {
                        fields.append(previous[position])
                    } else {
                        fields.append(row.string(at: index))
                    }
                }
                previous = fields
                return (row.line, fields)
            }
            return nil
        } catch {
            throw .unreadable(error)
        }
    }

    /// Whether `text` has the bytes of `row`'s field `index` (an absent field is empty).
    private static func hasBytes(of text: inout String, _ row: CSVRow, _ index: Int) -> Bool {
        let field = index < row.count ? row[index] : UnsafeBufferPointer(start: nil, count: 0)
        return text.withUTF8 { bytes in
            bytes.count == field.count
                && (bytes.isEmpty || memcmp(bytes.baseAddress!, field.baseAddress!, bytes.count) == 0)
        }
    }

    /// The error for field `position` (0-based in `columns`) of the record at `line`.
    func invalid(line: Int, position: Int, expected: String, found: String) -> ReportError {
        .invalidField(
            file: fileName, line: line, column: indices[position] + 1, expected: expected, found: found)
    }
}
