import ChiboCore

/// The records of one file after normalization, held compactly: each normalized value is
/// a 32-bit number into its column's `InternedValues`, the values as read are in a
/// `RawRecordStore` (out of memory on big files), and the problems, which few rows have,
/// are kept by row in dictionaries.
///
/// A member row costs its 1- to 4-byte cells, its line, the start of its raw record and a flag,
/// instead of two heap objects holding every value twice and two arrays of diagnostics.
struct RowStore: RandomAccessCollection {
    /// The number of canonical columns.
    let columnCount: Int
    /// The physical line of each row less its index, as narrow as the lines allow: the
    /// difference only grows with the lines of multi-line records and blank lines, so it
    /// takes one byte a row in most files, not four.
    private var lineOffsets = NarrowNumbers()
    /// The value number of each row, per column, as narrow as the column's count of
    /// distinct values allows.
    private var cells: [NarrowNumbers]
    /// The distinct normalized values, per column.
    private(set) var values: [InternedValues]
    /// The values as read.
    private let raw: RawRecordStore
    /// Whether each row has an error.
    private var rejected: [Bool] = []
    /// The errors of the rejected rows, by row.
    private var errorsByRow: [Int: [Diagnostic]] = [:]
    /// The warnings, by row (rejected rows included: they report none).
    private var warningsByRow: [Int: [Diagnostic]] = [:]

    /// No rows, of `columnCount` columns; values as read spill to `rawFolder` if given.
    init(columnCount: Int, rawFolder: String? = nil) {
        self.init(columnCount: columnCount, raw: RawRecordStore(folder: rawFolder))
    }

    /// No rows, of `columnCount` columns, whose values as read are read again from
    /// `source` (a UTF-8 file) when one is wanted.
    init(columnCount: Int, rereadingFrom source: RawRecordStore.Source) {
        precondition(source.fieldPositions.count == columnCount, "one field position per column")
        self.init(columnCount: columnCount, raw: RawRecordStore(source: source))
    }

    private init(columnCount: Int, raw: RawRecordStore) {
        self.columnCount = columnCount
        self.values = Array(repeating: InternedValues(), count: columnCount)
        self.cells = Array(repeating: NarrowNumbers(), count: columnCount)
        self.raw = raw
    }

    var startIndex: Int { 0 }
    var endIndex: Int { lineOffsets.count }

    /// A view of row `index`.
    subscript(index: Int) -> ParsedRow { ParsedRow(store: self, index: index) }

    /// Appends a row read at `line`: its normalized `fields` and values as read `raws`
    /// (one per column), and its problems.
    mutating func append(
        line: Int, fields: [String], raws: [String], errors: [Diagnostic], warnings: [Diagnostic]
    ) {
        precondition(fields.count == columnCount && raws.count == columnCount, "wrong number of values")
        precondition(raw.source == nil, "values as read are given only to a store that keeps them")
        let row = lineOffsets.count
        precondition(row < Int(Int32.max) && line <= Int(UInt32.max), "more than 2^31 rows in one file")
        precondition(line >= row, "a row starts before its line")
        lineOffsets.append(UInt32(line - row))
        for (column, field) in fields.enumerated() { cells[column].append(values[column].number(of: field)) }
        raw.append(raws)
        rejected.append(!errors.isEmpty)
        if !errors.isEmpty { errorsByRow[row] = errors }
        if !warnings.isEmpty { warningsByRow[row] = warnings }
    }

    /// The number of `bytes` among the values of column `column`, added if new: the
    /// normalizer numbers each value as it reads it, then appends the row by its numbers.
    mutating func number(of bytes: UnsafeBufferPointer<UInt8>, column: Int) -> UInt32 {
        values[column].number(of: bytes)
    }

    /// The number of `bytes`, whose hash is `hash` (`InternedValues.hash(of:)`), among the
    /// values of column `column`, added if new.
    mutating func number(of bytes: UnsafeBufferPointer<UInt8>, column: Int, hash: UInt64) -> UInt32 {
        values[column].number(of: bytes, hash: hash)
    }

    /// Reads the slot where a lookup of a value hashed `hash` in column `column` starts
    /// (`InternedValues.touch(_:)`).
    @inline(__always)
    func touch(column: Int, hash: UInt64) -> UInt32 {
        values[column].touch(hash)
    }

    /// The number of `value` among the values of column `column`, added if new.
    mutating func number(of value: String, column: Int) -> UInt32 {
        values[column].number(of: value)
    }

    /// Appends a row read at `line` whose normalized values are `numbers` (one per
    /// column, from `number(of:column:)`), whose record starts at `textOffset` in its
    /// file's text and whose value as read of column `i` is `rawField(i)` (kept only
    /// where the values are not read again from the file), and its problems.
    mutating func append(
        line: Int, textOffset: Int, numbers: UnsafeBufferPointer<UInt32>, errors: [Diagnostic],
        warnings: [Diagnostic], rawField: (Int) -> UnsafeBufferPointer<UInt8>
    ) {
        precondition(numbers.count == columnCount, "wrong number of values")
        let row = lineOffsets.count
        precondition(row < Int(Int32.max) && line <= Int(UInt32.max), "more than 2^31 rows in one file")
        precondition(line >= row, "a row starts before its line")
        lineOffsets.append(UInt32(line - row))
        cells.withUnsafeMutableBufferPointer { cells in
            for column in 0..<columnCount { cells[column].append(numbers[column]) }
        }
        if raw.source == nil {
            raw.append(count: columnCount, rawField)
        } else {
            raw.append(recordAt: textOffset)
        }
        rejected.append(!errors.isEmpty)
        if !errors.isEmpty { errorsByRow[row] = errors }
        if !warnings.isEmpty { warningsByRow[row] = warnings }
    }

    /// The physical line where row `row` starts.
    func line(_ row: Int) -> Int { row + Int(lineOffsets[row]) }

    /// Whether row `row` has an error.
    func isRejected(_ row: Int) -> Bool { rejected[row] }

    /// The value number of column `column` in row `row`.
    func cell(_ row: Int, _ column: Int) -> UInt32 { cells[column][row] }

    /// The normalized value of column `column` in row `row` ("" when empty or invalid).
    func field(_ row: Int, _ column: Int) -> String { values[column].string(cell(row, column)) }

    /// Whether the normalized value of column `column` in row `row` is empty.
    func isEmpty(_ row: Int, _ column: Int) -> Bool { values[column].length(of: cell(row, column)) == 0 }

    /// Calls `body` with the bytes of the normalized value of column `column` in row `row`.
    func withField<Result>(_ row: Int, _ column: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result)
        -> Result
    {
        values[column].withBytes(of: cell(row, column), body)
    }

    /// Calls `body` with a view of every column, through which the bytes of millions of
    /// fields are read without retaining the store's arrays field by field.
    func withColumnViews<Result>(_ body: ([ColumnView]) -> Result) -> Result {
        var views: [ColumnView] = []
        views.reserveCapacity(columnCount)
        return withColumnViews(from: 0, &views, body)
    }

    private func withColumnViews<Result>(
        from column: Int, _ views: inout [ColumnView], _ body: ([ColumnView]) -> Result
    ) -> Result {
        guard column < columnCount else { return body(views) }
        return cells[column].withUnsafeBytes { cells in
            values[column].withUnsafeStorage { bytes, starts in
                views.append(
                    ColumnView(cells: cells, width: self.cells[column].width, bytes: bytes, starts: starts))
                return withColumnViews(from: column + 1, &views, body)
            }
        }
    }

    /// The normalized date of column `column` in row `row`, nil when empty or invalid.
    func day(_ row: Int, _ column: Int) -> Day? {
        withField(row, column) { $0.isEmpty ? nil : Day(iso: $0) }
    }

    /// The date of each value of column `column` by value number, nil for an empty or
    /// invalid one: a date column holds a few thousand distinct values, so rules reading
    /// millions of rows parse each once (`days[cell(row, column)]`).
    func daysOfValues(_ column: Int) -> [Day?] {
        let values = self.values[column]
        return (0..<values.count).map { number in
            values.withBytes(of: UInt32(number)) { $0.isEmpty ? nil : Day(iso: $0) }
        }
    }

    /// The value of column `column` in row `row` as read.
    func raw(_ row: Int, _ column: Int) -> String { raw.value(row, column: column) }

    /// Replaces the normalized value of column `column` in row `row` (rare: legacy-font repairs).
    mutating func setField(_ row: Int, _ column: Int, _ value: String) {
        cells[column][row] = values[column].number(of: value)
    }

    /// Frees the look-ups of column `column`'s values, which are then read by number only.
    mutating func dropLookUps(column: Int) {
        values[column].dropLookUps()
    }

    /// Adds an error to row `row`, rejecting it.
    mutating func addError(_ row: Int, _ error: Diagnostic) {
        errorsByRow[row, default: []].append(error)
        rejected[row] = true
    }

    /// Adds a warning to row `row`.
    mutating func addWarning(_ row: Int, _ warning: Diagnostic) {
        warningsByRow[row, default: []].append(warning)
    }

    /// Removes the warnings of row `row` that `shouldBeRemoved`.
    mutating func removeWarnings(_ row: Int, where shouldBeRemoved: (Diagnostic) -> Bool) {
        guard var list = warningsByRow[row] else { return }
        list.removeAll(where: shouldBeRemoved)
        warningsByRow[row] = list.isEmpty ? nil : list
    }

    /// The errors of row `row`.
    func errors(_ row: Int) -> [Diagnostic] { errorsByRow[row] ?? [] }

    /// The warnings of row `row`.
    func warnings(_ row: Int) -> [Diagnostic] { warningsByRow[row] ?? [] }

    /// The number of rejected rows.
    var rejectedCount: Int { errorsByRow.count }

    /// The number of warnings of the rows kept.
    var keptWarningCount: Int {
        warningsByRow.reduce(0) { $0 + (rejected[$1.key] ? 0 : $1.value.count) }
    }

    /// The errors of the rejected rows and the warnings of the kept ones, row by row.
    var diagnostics: [Diagnostic] {
        // A row has errors exactly when it is rejected: the rows reporting are those with
        // errors and the kept ones with warnings, each once (no set of hundreds of
        // thousands of rows, no look-up of both tables per row).
        var rows: [(row: Int, isRejected: Bool)] = []
        rows.reserveCapacity(errorsByRow.count + warningsByRow.count)
        for row in errorsByRow.keys { rows.append((row, true)) }
        for row in warningsByRow.keys where !rejected[row] { rows.append((row, false)) }
        rows.sort { $0.row < $1.row }
        var result: [Diagnostic] = []
        result.reserveCapacity(rows.count)
        for (row, isRejected) in rows {
            result += (isRejected ? errorsByRow[row] : warningsByRow[row]) ?? []
        }
        return result
    }
}

/// One row of a `RowStore`, for code that reads a few rows; rules over millions of rows
/// use the store's methods, which copy nothing.
struct ParsedRow {
    private let store: RowStore
    /// The row's index.
    let index: Int

    init(store: RowStore, index: Int) {
        self.store = store
        self.index = index
    }

    /// The physical line where the record starts.
    var line: Int { store.line(index) }

    /// Whether the row has an error.
    var isRejected: Bool { store.isRejected(index) }

    /// The normalized value of column `column`.
    subscript(column: Int) -> String { store.field(index, column) }

    /// The normalized date of column `column`, nil when empty or invalid.
    func day(_ column: Int) -> Day? { store.day(index, column) }

    /// The value of column `column` as read.
    func raw(_ column: Int) -> String { store.raw(index, column) }
}
