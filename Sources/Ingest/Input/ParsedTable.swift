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
    var rows: [ParsedRow]
    /// File-level notices.
    var notices: [Diagnostic]
    /// Makes column diagnostics.
    let normalizer: RowNormalizer
    /// `sortedAcceptedRowIndices()`, kept once no rule can reject a row any more, so that
    /// tables sorted for the attendance ranks are not sorted again for the output.
    var sortedAcceptedRows: [Int]? = nil
    /// The summary and diagnostics, kept when the rows were freed (`releaseRows()`).
    private var released: (summary: FileSummary, diagnostics: [Diagnostic])? = nil

    /// Reads and normalizes every record of `file` (no rows when it is absent).
    init(entity: Entity, file: InputFile?) throws(IngestError) {
        self.entity = entity
        self.fileName = entity.fileName
        self.mapping =
            file?.mapping
            ?? HeaderMapping(fieldIndices: [Int?](repeating: nil, count: entity.columns.count), ignored: [])
        self.encodingName = file?.encodingName ?? ""
        self.delimiterName = file?.delimiterName ?? ""
        var normalizer = RowNormalizer(entity: entity, fileName: entity.fileName, mapping: mapping)
        var rows: [ParsedRow] = []
        while let file, let record = try file.nextRow() {
            let problem = file.wholeRowProblem(record)
            rows.append(normalizer.normalize(record, problem: problem.map { (code: $0.0, value: $0.1) }))
        }
        normalizer.applyFileEncoding(to: &rows)
        self.rows = rows
        self.notices = (file?.notices ?? []) + normalizer.legacyNotices()
        self.normalizer = normalizer
    }

    /// Frees the raw values once every rule of the file has run: the diagnostics already
    /// hold the values they quote, and only normalized fields are written.
    mutating func releaseRawValues() {
        for index in rows.indices { rows[index].raw = PackedStrings() }
    }

    /// Frees every row once the table's normalized file is written, keeping what the
    /// summary and the rejects need.
    mutating func releaseRows() {
        released = (summary(), diagnostics())
        rows = []
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
        let line = rows[row].line
        if let index {
            rows[row].errors.append(
                normalizer.diagnostic(
                    code, line: line, column: index, value: rows[row].raw[index], message: message))
        } else {
            rows[row].errors.append(code.diagnostic(file: fileName, line: line, message: message))
        }
    }

    /// Adds a warning of `code` about column `index` to row `row`.
    mutating func warn(_ row: Int, _ code: ProblemCode, column index: Int, message: String? = nil) {
        rows[row].warnings.append(
            normalizer.diagnostic(
                code, line: rows[row].line, column: index, value: rows[row].raw[index], message: message))
    }

    /// Gives each non-empty key to the first row (in physical order) that carries it and
    /// rejects every later row with the same key; returns key → first row.
    ///
    /// The first row claims its key even when it is rejected for another reason: which
    /// of two rows is meant cannot be known, so the later one is never silently promoted.
    mutating func claimKeys(columns: [Int], code: ProblemCode) -> [String: Int] {
        var owners: [String: Int] = [:]
        // Sized once: growing a dictionary of millions of keys rehashes every key each time.
        owners.reserveCapacity(rows.count)
        for index in rows.indices {
            let key: String
            if columns.count == 1 {
                key = rows[index].fields[columns[0]]
                if key.isEmpty { continue }
            } else {
                // Built without an array of parts: a year and an id fit in a small
                // string, so most keys allocate nothing.
                var composite = ""
                var hasEmptyPart = false
                for (position, column) in columns.enumerated() {
                    let part = rows[index][column]
                    if part.isEmpty {
                        hasEmptyPart = true
                        break
                    }
                    if position > 0 { composite += "\u{1F}" }
                    composite += part
                }
                if hasEmptyPart { continue }
                key = composite
            }
            // One hash per row: duplicates are rare, so the first owner is put back then.
            guard let owner = owners.updateValue(index, forKey: key) else { continue }
            owners[key] = owner
            if columns.count == 1 {
                reject(index, code, column: columns[0])
            } else {
                rows[index].errors.append(
                    code.diagnostic(
                        file: fileName, line: rows[index].line,
                        value: columns.map { rows[index][$0] }.joined(separator: ",")))
            }
        }
        return owners
    }

    /// The accepted rows' normalized fields, sorted by the entity's key then the
    /// remaining columns, bytewise field by field.
    func sortedAcceptedFields() -> [[String]] {
        sortedAcceptedRowIndices().map { rows[$0].fields.strings }
    }

    /// The indices of the accepted rows, in the order of `sortedAcceptedFields()`.
    func sortedAcceptedRowIndices() -> [Int] {
        let order =
            entity.sortKeyColumns + (0..<entity.columns.count).filter { !entity.sortKeyColumns.contains($0) }
        let accepted = rows.indices.filter { !rows[$0].isRejected }
        // Each row's fields in sort order, each followed by a 0 byte, in one arena: with no 0
        // byte inside a field, comparing these keys bytewise compares field by field (a
        // field that is a prefix of the other ends first, on the 0), with no String and no
        // reference counting in the comparisons.
        var length = 0
        for index in accepted {
            for column in order { length += rows[index].fields.withBytes(at: column) { $0.count } + 1 }
        }
        var starts: [Int] = [0]
        starts.reserveCapacity(accepted.count + 1)
        var hasZeroByte = false
        // Copied in place: appending hundreds of thousands of short fields one by one
        // costs more than the sort.
        let arena = [UInt8](unsafeUninitializedCapacity: length) { arena, count in
            var position = 0
            for index in accepted {
                for column in order {
                    rows[index].fields.withBytes(at: column) { bytes in
                        if let base = bytes.baseAddress, !bytes.isEmpty {
                            if memchr(base, 0, bytes.count) != nil { hasZeroByte = true }
                            (arena.baseAddress! + position).initialize(from: base, count: bytes.count)
                            position += bytes.count
                        }
                    }
                    arena[position] = 0
                    position += 1
                }
                starts.append(position)
            }
            count = position
        }
        guard !hasZeroByte else {
            return accepted.sorted { left, right in
                let lhs = rows[left].fields
                let rhs = rows[right].fields
                for index in order {
                    let comparison = Bytewise.compare(lhs[index], rhs[index])
                    if comparison != 0 { return comparison < 0 }
                }
                return false
            }
        }
        var positions = Array(0..<accepted.count)
        arena.withUnsafeBufferPointer { arena in
            starts.withUnsafeBufferPointer { starts in
                positions.sort { left, right in
                    let leftCount = starts[left + 1] - starts[left]
                    let rightCount = starts[right + 1] - starts[right]
                    let result = memcmp(
                        arena.baseAddress! + starts[left], arena.baseAddress! + starts[right],
                        min(leftCount, rightCount))
                    return result != 0 ? result < 0 : leftCount < rightCount
                }
            }
        }
        return positions.map { accepted[$0] }
    }

    /// Every diagnostic of the file: notices, errors of rejected rows, warnings of kept rows.
    func diagnostics() -> [Diagnostic] {
        if let released { return released.diagnostics }
        var result = notices
        for row in rows {
            result += row.isRejected ? row.errors : row.warnings
        }
        return result
    }

    /// Rows read, accepted, rejected and warnings, for the summary.
    func summary() -> FileSummary {
        if let released { return released.summary }
        let rejected = rows.filter(\.isRejected).count
        let warnings = rows.reduce(0) { $0 + ($1.isRejected ? 0 : $1.warnings.count) }
        return FileSummary(
            fileName: fileName, encoding: encodingName, delimiter: delimiterName,
            rowsRead: rows.count, rowsAccepted: rows.count - rejected, rowsRejected: rejected,
            warnings: warnings)
    }
}
