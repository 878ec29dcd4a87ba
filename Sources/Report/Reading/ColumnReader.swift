import CSV
import ChiboCore

/// Reads a small CSV file written by an earlier stage, whose columns are found by name.
///
/// These files are a few thousand rows at most, so fields are handed out as `String`s.
struct ColumnReader {
    /// The file name used in diagnostics.
    let fileName: String
    private let reader: CSVReader
    private let indices: [Int]

    /// Opens `path` and locates `columns` in its header; a missing file or column is fatal.
    init(path: String, columns: [String]) throws(ReportError) {
        guard Directory.exists(path) else { throw .missingFile(path: path) }
        fileName = path
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
        self.indices = indices
    }

    /// The next non-blank record as (physical line, fields in the order of `columns`).
    mutating func next() throws(ReportError) -> (line: Int, fields: [String])? {
        do {
            while let row = try reader.nextRow() {
                if row.isBlank { continue }
                return (row.line, indices.map { row.string(at: $0) })
            }
            return nil
        } catch {
            throw .unreadable(error)
        }
    }

    /// The error for field `position` (0-based in `columns`) of the record at `line`.
    func invalid(line: Int, position: Int, expected: String, found: String) -> ReportError {
        .invalidField(
            file: fileName, line: line, column: indices[position] + 1, expected: expected, found: found)
    }
}
