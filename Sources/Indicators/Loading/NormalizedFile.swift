import CSV
import ChiboCore

/// A normalized file being read (the contract of COMMON "The normalized files"): its
/// header checked against `Entity.columns`, and typed field parsers that report a
/// malformed field as `file:line:column: error: expected …, found '…'`.
final class NormalizedFile {
    /// The path used in diagnostics.
    let path: String
    private let reader: CSVReader
    private let columns: [String]
    /// Shown on a terminal while the rows are read; none for a second reader.
    private let progress: ProgressLine?
    private var columnCount: Int { columns.count }
    /// A row handed back by `putBack(_:)`, returned again by the next `nextRow()`.
    private var heldRow: CSVRow?
    /// The length of the byte order mark (file offset minus text offset); nil when the
    /// file is not UTF-8, so that no second reader can start inside it.
    let markLength: Int?

    /// Columns whose values identify a member: a diagnostic never echoes them, since
    /// stderr is not a restricted output.
    static let memberDataColumns: Set<String> = ["member_id", "full_name", "head_member_id", "head_name"]

    /// Opens the file of `entity` in `directory`, its progress shown on a terminal unless
    /// `isProgressHidden` (a file read beside another); nil when it is absent and optional.
    static func open(_ entity: Entity, in directory: String, isProgressHidden: Bool = false)
        throws(IndicatorsError) -> NormalizedFile?
    {
        let path = directory.hasSuffix("/") ? directory + entity.fileName : directory + "/" + entity.fileName
        guard Directory.exists(path) else {
            if entity.isRequired { throw .missingFile(path: path) }
            return nil
        }
        return try NormalizedFile(path: path, columns: entity.columns, isProgressHidden: isProgressHidden)
    }

    private init(path: String, columns: [String], isProgressHidden: Bool) throws(IndicatorsError) {
        self.path = path
        self.progress = isProgressHidden ? nil : ProgressLine(label: "indicators: " + path)
        do {
            reader = try CSVReader(path: path, fileName: path, delimiter: UInt8(ascii: ","))
        } catch {
            throw .unreadable(error)
        }
        self.columns = columns
        markLength = reader.encoding.utf8MarkLength
        let header: CSVRow?
        do { header = try reader.nextRow() } catch { throw .unreadable(error) }
        guard let header else {
            throw .malformed(
                file: path, line: 1, column: 1, expected: "tiêu đề " + columns.joined(separator: ","),
                found: "")
        }
        for (index, name) in columns.enumerated() {
            let found = header.string(at: index)
            if found != name {
                throw .malformed(
                    file: path, line: header.line, column: index + 1, expected: "cột '\(name)'",
                    found: found)
            }
        }
        if header.count > columns.count {
            throw .malformed(
                file: path, line: header.line, column: columns.count + 1, expected: "hết tiêu đề",
                found: header.string(at: columns.count))
        }
    }

    /// A second reader of the same file from byte `offset` on, where a record is
    /// believed to start; its rows report the text offsets of a reader of the whole file,
    /// but not its lines (the caller checks that reader meets a record there).
    private init(continuing file: NormalizedFile, at offset: Int, markLength: Int) throws(IndicatorsError) {
        path = file.path
        columns = file.columns
        progress = nil
        self.markLength = markLength
        do {
            reader = try CSVReader(
                path: file.path, fileName: file.path, continuingAt: offset, textOffset: offset - markLength,
                line: 1, delimiter: file.reader.delimiter)
        } catch {
            throw .unreadable(error)
        }
    }

    /// A second reader starting at the first line start after byte `offset` (just past
    /// a line feed at or after it, not at a blank line); nil when the file is not UTF-8
    /// or has no such line start.
    func reader(near offset: Int) throws(IndicatorsError) -> NormalizedFile? {
        guard let markLength, let start = FileBytes(path: path)?.lineStart(from: max(offset, markLength))
        else {
            return nil
        }
        return try NormalizedFile(continuing: self, at: start, markLength: markLength)
    }

    /// The size of the file in bytes; 0 when it cannot be told.
    var size: Int { FileBytes(path: path)?.size ?? 0 }

    /// Clears the progress line of a file whose rows are not all read by this reader.
    func finishProgress() {
        progress?.finish()
    }

    /// Hands `row` back: the next `nextRow()` returns it again (it must be the last row read).
    func putBack(_ row: CSVRow) {
        heldRow = row
    }

    /// The next data row, checked to have exactly the header's number of fields.
    func nextRow() throws(IndicatorsError) -> CSVRow? {
        if let row = heldRow {
            heldRow = nil
            return row
        }
        let row: CSVRow?
        do {
            row = try reader.nextRow()
        } catch {
            progress?.finish()
            throw .unreadable(error)
        }
        guard let row else {
            progress?.finish()
            return nil
        }
        progress?.addRow()
        if row.count != columnCount {
            throw .malformed(
                file: path, line: row.line, column: min(row.count, columnCount) + 1,
                expected: "\(columnCount) cột", found: String(row.count))
        }
        return row
    }

    /// A malformed-field error for `row`'s field `index`.
    func malformed(_ row: CSVRow, _ index: Int, expected: String) -> IndicatorsError {
        let isMemberData = index < columns.count && NormalizedFile.memberDataColumns.contains(columns[index])
        return .malformed(
            file: path, line: row.line, column: index + 1, expected: expected,
            found: isMemberData ? "(member data withheld)" : row.string(at: index))
    }

    /// A required identifier.
    func identifier(_ row: CSVRow, _ index: Int) throws(IndicatorsError) -> UnsafeBufferPointer<UInt8> {
        let field = row[index]
        if field.isEmpty { throw malformed(row, index, expected: "một mã") }
        return field
    }

    /// A required ISO date, read as `Day(iso:)` reads it.
    @inline(__always)
    func day(_ row: CSVRow, _ index: Int) throws(IndicatorsError) -> Int32 {
        try dayAndParts(row, index).number
    }

    /// A required ISO date with its year, month and day of the month, as `Day(iso:)`
    /// reads it (its number from `MonthStarts`): the meetings keep the parts, whose day
    /// numbers would otherwise be split back into them.
    @inline(__always)
    func dayAndParts(_ row: CSVRow, _ index: Int) throws(IndicatorsError)
        -> (number: Int32, year: Int, month: Int, day: Int)
    {
        let field = row[index]
        guard field.count == 10, field[4] == UInt8(ascii: "-"), field[7] == UInt8(ascii: "-") else {
            throw malformed(row, index, expected: "một ngày dạng năm-tháng-ngày (yyyy-mm-dd)")
        }
        var parts = (0, 0, 0)
        var isDigits = true
        for position in 0..<10 where position != 4 && position != 7 {
            let digit = field[position] &- UInt8(ascii: "0")
            if digit >= 10 { isDigits = false }
            if position < 4 {
                parts.0 = parts.0 * 10 + Int(digit)
            } else if position < 7 {
                parts.1 = parts.1 * 10 + Int(digit)
            } else {
                parts.2 = parts.2 * 10 + Int(digit)
            }
        }
        guard isDigits, let number = MonthStarts.number(year: parts.0, month: parts.1, day: parts.2) else {
            throw malformed(row, index, expected: "một ngày dạng năm-tháng-ngày (yyyy-mm-dd)")
        }
        return (number, parts.0, parts.1, parts.2)
    }

    /// An optional ISO date, `empty` when the field is empty.
    func day(_ row: CSVRow, _ index: Int, empty: Int32) throws(IndicatorsError) -> Int32 {
        if row[index].isEmpty { return empty }
        return try day(row, index)
    }

    /// A boolean `true`/`false`; empty is false.
    func bool(_ row: CSVRow, _ index: Int) throws(IndicatorsError) -> Bool {
        let field = row[index]
        if field.isEmpty || field.equals("false") { return false }
        if field.equals("true") { return true }
        throw malformed(row, index, expected: "true hoặc false")
    }

    /// A 4-digit year; nil when empty and `isOptional`.
    func year(_ row: CSVRow, _ index: Int, isOptional: Bool = false) throws(IndicatorsError) -> Int? {
        let field = row[index]
        if field.isEmpty && isOptional { return nil }
        guard field.count == 4 else { throw malformed(row, index, expected: "một năm bốn chữ số") }
        var year = 0
        for byte in field {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { throw malformed(row, index, expected: "một năm bốn chữ số") }
            year = year * 10 + Int(digit)
        }
        return year
    }

    /// The index (0-based, in `Value.allCases` order) of a canonical code; nil when empty
    /// and `isOptional`.
    func code<Value: RawRepresentable & CaseIterable>(
        _ row: CSVRow, _ index: Int, as type: Value.Type, isOptional: Bool = false
    ) throws(IndicatorsError) -> Value? where Value.RawValue == String {
        let field = row[index]
        if field.isEmpty && isOptional { return nil }
        for value in Value.allCases {
            // The length first: most codes are told apart by it, without a memcmp.
            var code = value.rawValue
            guard code.utf8.count == field.count else { continue }
            if code.withUTF8({ field.equals($0) }) { return value }
        }
        let names = Value.allCases.map(\.rawValue).joined(separator: ", ")
        throw malformed(row, index, expected: "một trong \(names)")
    }
}
