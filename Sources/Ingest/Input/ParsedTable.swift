import ChiboCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The parsed rows of one input file and its file-level notices.
struct ParsedTable {
    /// Which file.
    let entity: Entity
    /// The file name for diagnostics.
    let fileName: String
    /// Where each canonical column is in the file.
    let mapping: HeaderMapping
    /// The detected encoding and separator, empty when an optional file is absent.
    let encodingName: String
    let delimiterName: String
    /// Every data record, in physical order.
    var rows: RowStore
    /// File-level notices.
    var notices: [Diagnostic]
    /// Makes column diagnostics.
    let normalizer: RowNormalizer
    /// `sortedAcceptedRowIndices()`, kept once no rule can reject a row any more, so that
    /// tables sorted for the attendance ranks are not sorted again for the output.
    var sortedAcceptedRows: [Int32]? = nil
    /// An empty store for the rows of `file`, keeping their values as read as `init`
    /// says.
    private static func rowStore(entity: Entity, file: InputFile?, rawFolder: String?) -> RowStore {
        let columnCount = entity.columns.count
        guard let file, let rawFolder else { return RowStore(columnCount: columnCount) }
        // A reader opened on bytes or without its path (tests) has no file to read again.
        guard !file.path.isEmpty else { return RowStore(columnCount: columnCount, rawFolder: rawFolder) }
        guard let markLength = file.encoding.utf8MarkLength else {
            return RowStore(columnCount: columnCount, rawFolder: rawFolder)
        }
        let source = RawRecordStore.Source(
            path: file.path, fileName: file.fileName, markLength: markLength, delimiter: file.delimiter,
            fieldPositions: file.mapping.fieldIndices.map { $0 ?? -1 })
        return RowStore(columnCount: columnCount, rereadingFrom: source)
    }

    /// The summary and diagnostics, kept when the rows were freed (`releaseRows()`).
    private var released: (summary: FileSummary, diagnostics: [Diagnostic])? = nil

    /// Reads and normalizes every record of `file` (no rows when it is absent); when
    /// `rawFolder` is given, the values as read are not kept in memory: a UTF-8 file's are
    /// read again from the file when a diagnostic quotes one, another encoding's go to an
    /// owner-only temporary file in `rawFolder`; the reader passes `gate`, if any, every
    /// 64 Ki records.
    init(entity: Entity, file: InputFile?, rawFolder: String? = nil, gate: PauseGate? = nil)
        throws(IngestError)
    {
        self.entity = entity
        self.fileName = entity.fileName
        self.mapping =
            file?.mapping
            ?? HeaderMapping(fieldIndices: [Int?](repeating: nil, count: entity.columns.count), ignored: [])
        self.encodingName = file?.encodingName ?? ""
        self.delimiterName = file?.delimiterName ?? ""
        var normalizer = RowNormalizer(entity: entity, fileName: entity.fileName, mapping: mapping)
        var rows = Self.rowStore(entity: entity, file: file, rawFolder: rawFolder)
        var recordsRead = 0
        while let file, let record = try file.nextRow() {
            recordsRead += 1
            if recordsRead & 0xFFFF == 0 { gate?.pass() }
            let problem = file.wholeRowProblem(record)
            normalizer.normalize(record, problem: problem.map { (code: $0.0, value: $0.1) }, into: &rows)
        }
        normalizer.finishReading()
        normalizer.applyFileEncoding(to: &rows)
        self.rows = rows
        self.notices = (file?.notices ?? []) + normalizer.legacyNotices()
        self.normalizer = normalizer
    }

    /// Frees every row once the table's normalized file is written, keeping what the
    /// summary and the rejects need. The rows are freed on another thread
    /// (`BackgroundRelease`): this one goes on to the next file.
    mutating func releaseRows() {
        released = (summary(), diagnostics())
        let written = rows
        rows = RowStore(columnCount: entity.columns.count)
        BackgroundRelease.drop(consume written)
        sortedAcceptedRows = nil
    }

    /// The index of canonical column `name`.
    func column(_ name: String) -> Int {
        guard let index = entity.columns.firstIndex(of: name) else {
            preconditionFailure("\(entity.fileName) has no column \(name)")
        }
        return index
    }

    /// Adds an error of `code` about column `index` to row `row`.
    mutating func reject(_ row: Int, _ code: ProblemCode, column index: Int?, message: String? = nil) {
        let line = rows.line(row)
        if let index {
            rows.addError(
                row,
                normalizer.diagnostic(
                    code, line: line, column: index, value: rows.raw(row, index), message: message))
        } else {
            rows.addError(row, code.diagnostic(file: fileName, line: line, message: message))
        }
    }

    /// Adds a warning of `code` about column `index` to row `row`.
    mutating func warn(_ row: Int, _ code: ProblemCode, column index: Int, message: String? = nil) {
        rows.addWarning(
            row,
            normalizer.diagnostic(
                code, line: rows.line(row), column: index, value: rows.raw(row, index), message: message))
    }

    /// Gives each non-empty value of key column `column` to the first row (in physical
    /// order) that carries it and rejects every later row with the same value; returns
    /// the owners.
    ///
    /// The first row claims its key even when it is rejected for another reason: which
    /// of two rows is meant cannot be known, so the later one is never silently promoted.
    mutating func claimKeys(column: Int, code: ProblemCode) -> KeyOwners {
        let values = rows.values[column]
        let empty = values.lookUp("")
        var owners = [Int32](repeating: -1, count: values.count)
        precondition(rows.count < Int(Int32.max), "too many rows")
        for row in rows.indices {
            let number = rows.cell(row, column)
            if number == empty { continue }
            if owners[Int(number)] < 0 {
                owners[Int(number)] = Int32(row)
            } else {
                reject(row, code, column: column)
            }
        }
        return KeyOwners(values: values, rows: owners)
    }

    /// Gives each combination of non-empty values of `columns` to the first row that
    /// carries it and rejects every later row with the same combination, as
    /// `claimKeys(column:code:)` does for one column.
    mutating func claimKeys(columns: [Int], code: ProblemCode) {
        let empties = columns.map { rows.values[$0].lookUp("") }
        // A combination is one number: the value numbers in mixed radix, so a row costs
        // 8 bytes, not an array and a set entry (tens of millions of member ratings).
        var radix: UInt64 = 1
        var radixes: [UInt64] = []
        for column in columns.reversed() {
            radixes.insert(radix, at: 0)
            let (product, overflow) = radix.multipliedReportingOverflow(by: UInt64(rows.values[column].count))
            precondition(!overflow && product < RepeatedKeys.none, "too many combinations of key values")
            radix = product
        }
        let repeated = RepeatedKeys.laterRows(count: rows.count) { [rows] row in
            var key: UInt64 = 0
            for (position, column) in columns.enumerated() {
                let number = rows.cell(row, column)
                if number == empties[position] { return RepeatedKeys.none }
                key += UInt64(number) * radixes[position]
            }
            return key
        }
        for row in repeated {
            rows.addError(
                row,
                code.diagnostic(
                    file: fileName, line: rows.line(row),
                    value: columns.map { rows.field(row, $0) }.joined(separator: ",")))
        }
    }

    /// The accepted rows' ids (column `column`) mapped to `target` of their row; a row
    /// whose target is nil counts as unknown.
    func acceptedKeys<Target>(column: Int = 0, _ target: (Int) -> Target?) -> IdLookup<Target> {
        var targets = [Target?](repeating: nil, count: rows.values[column].count)
        for row in rows.indices where !rows.isRejected(row) {
            if let value = target(row) { targets[Int(rows.cell(row, column))] = value }
        }
        return IdLookup(values: rows.values[column], targets: targets)
    }

    /// The accepted rows' normalized fields, sorted by the entity's key then the
    /// remaining columns, bytewise field by field.
    func sortedAcceptedFields() -> [[String]] {
        sortedAcceptedRowIndices().map { row in (0..<rows.columnCount).map { rows.field(Int(row), $0) } }
    }

    /// The indices of the accepted rows, in the order of `sortedAcceptedFields()` (32-bit:
    /// the order of a table of millions of rows is kept until it is written).
    ///
    /// Rows compare by the bytewise ranks of their values, column by column; the ranks of
    /// the columns after the first are only worked out when two rows tie on it (never
    /// for tables whose accepted keys are distinct). When the ranks of every column fit in
    /// 32 bits together (member ratings: a year, a member, a rating), a row sorts as one
    /// number, its ranks and its index, as rows with distinct keys do: 8 bytes a row, not
    /// a comparison closure over copies of 8-byte indices (tens of millions of ratings).
    func sortedAcceptedRowIndices() -> [Int32] {
        let order =
            entity.sortKeyColumns + (0..<entity.columns.count).filter { !entity.sortKeyColumns.contains($0) }
        precondition(rows.count < Int(Int32.max), "too many rows")
        guard hasTie(column: order[0]) else { return acceptedRowsByDistinctKey(column: order[0]) }
        let ranks = order.map { rows.values[$0].bytewiseRanks() }
        // The ranks of a row in mixed radix, the first column most significant.
        var radixes = [UInt64](repeating: 1, count: order.count)
        var combinations: UInt64 = 1
        for position in order.indices.reversed() {
            radixes[position] = combinations
            let (product, overflow) = combinations.multipliedReportingOverflow(
                by: UInt64(max(rows.values[order[position]].count, 1)))
            combinations = overflow ? .max : product
        }
        if combinations <= 1 << 32 {
            var keys = packedKeys { row in
                var combined: UInt64 = 0
                for (position, column) in order.enumerated() {
                    combined += UInt64(ranks[position][Int(rows.cell(row, column))]) * radixes[position]
                }
                return combined
            }
            RadixSort.sort(&keys)
            return keys.map { Int32(truncatingIfNeeded: $0) }
        }
        var accepted = rows.indices.filter { !rows.isRejected($0) }.map { Int32($0) }
        accepted.sort { left, right in
            for (position, column) in order.enumerated() {
                let leftRank = ranks[position][Int(rows.cell(Int(left), column))]
                let rightRank = ranks[position][Int(rows.cell(Int(right), column))]
                if leftRank != rightRank { return leftRank < rightRank }
            }
            return left < right
        }
        return accepted
    }

    /// The accepted rows in the bytewise order of their values of `column`, which no two
    /// accepted rows share: each row is put at the rank of its value, then the ranks no
    /// accepted row holds are squeezed out, in place. No sort of the rows, and 8 bytes a
    /// value at most (31 million meetings: the 64-bit keys and their copy cost 12 a row).
    private func acceptedRowsByDistinctKey(column: Int) -> [Int32] {
        // The ranks first: working them out takes more memory than they keep.
        var ranks = rows.values[column].bytewiseRanks()
        var rowsByRank = [Int32](repeating: -1, count: ranks.count)
        for row in rows.indices where !rows.isRejected(row) {
            rowsByRank[Int(ranks[Int(rows.cell(row, column))])] = Int32(row)
        }
        ranks = []
        rowsByRank.removeAll { $0 < 0 }
        return rowsByRank
    }

    /// Whether two accepted rows have the same value in column `column`: one bit a value.
    private func hasTie(column: Int) -> Bool {
        var seen = [UInt64](repeating: 0, count: (rows.values[column].count + 63) / 64)
        for row in rows.indices where !rows.isRejected(row) {
            let number = Int(rows.cell(row, column))
            let bit: UInt64 = 1 << (number % 64)
            if seen[number / 64] & bit != 0 { return true }
            seen[number / 64] |= bit
        }
        return false
    }

    /// Each accepted row as one number: its `key` (below 2^32) in the top 32 bits and its
    /// index below, so that sorting sorts by key, then physical order.
    private func packedKeys(_ key: (Int) -> UInt64) -> [UInt64] {
        var keys: [UInt64] = []
        keys.reserveCapacity(rows.count - rows.rejectedCount)
        for row in rows.indices where !rows.isRejected(row) { keys.append(key(row) << 32 | UInt64(row)) }
        return keys
    }

    /// Every diagnostic of the file: notices, errors of rejected rows, warnings of kept rows.
    func diagnostics() -> [Diagnostic] {
        if let released { return released.diagnostics }
        return notices + rows.diagnostics
    }

    /// Rows read, accepted, rejected and warnings, for the summary.
    func summary() -> FileSummary {
        if let released { return released.summary }
        let rejected = rows.rejectedCount
        let warnings = rows.keptWarningCount
        return FileSummary(
            fileName: fileName, encoding: encodingName, delimiter: delimiterName,
            rowsRead: rows.count, rowsAccepted: rows.count - rejected, rowsRejected: rejected,
            warnings: warnings)
    }
}
