import ChiboCore

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
        self.rows = rows
        self.notices = (file?.notices ?? []) + normalizer.legacyNotices()
        self.normalizer = normalizer
    }

    /// Frees the raw values once every rule of the file has run: the diagnostics already
    /// hold the values they quote, and only normalized fields are written.
    mutating func releaseRawValues() {
        for index in rows.indices { rows[index].raw = [] }
    }

    /// The index of canonical column `name`.
    func column(_ name: String) -> Int {
        guard let index = entity.columns.firstIndex(of: name) else {
            preconditionFailure("\(entity.fileName) has no column \(name)")
        }
        return index
    }

    /// Adds an error of `code` about column `index` to row `row`.
    mutating func reject(_ row: Int, _ code: RuleCode, column index: Int?, message: String? = nil) {
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
    mutating func warn(_ row: Int, _ code: RuleCode, column index: Int, message: String? = nil) {
        rows[row].warnings.append(
            normalizer.diagnostic(
                code, line: rows[row].line, column: index, value: rows[row].raw[index], message: message))
    }

    /// Gives each non-empty key to the first row (in physical order) that carries it and
    /// rejects every later row with the same key; returns key → first row.
    ///
    /// The first row claims its key even when it is rejected for another reason: which
    /// of two rows is meant cannot be known, so the later one is never silently promoted.
    mutating func claimKeys(columns: [Int], code: RuleCode) -> [String: Int] {
        var owners: [String: Int] = [:]
        for index in rows.indices {
            let parts = columns.count == 1 ? [rows[index][columns[0]]] : columns.map { rows[index][$0] }
            if parts.contains(where: \.isEmpty) { continue }
            let key = columns.count == 1 ? parts[0] : parts.joined(separator: "\u{1F}")
            if owners[key] == nil {
                owners[key] = index
            } else if columns.count == 1 {
                reject(index, code, column: columns[0])
            } else {
                rows[index].errors.append(
                    code.diagnostic(
                        file: fileName, line: rows[index].line, value: parts.joined(separator: ",")))
            }
        }
        return owners
    }

    /// The accepted rows' normalized fields, sorted by the entity's key then the
    /// remaining columns, bytewise field by field.
    func sortedAcceptedFields() -> [[String]] {
        let order =
            entity.sortKeyColumns + (0..<entity.columns.count).filter { !entity.sortKeyColumns.contains($0) }
        let accepted = rows.indices.filter { !rows[$0].isRejected }
        return accepted.sorted { left, right in
            let lhs = rows[left].fields
            let rhs = rows[right].fields
            for index in order {
                let comparison = Bytewise.compare(lhs[index], rhs[index])
                if comparison != 0 { return comparison < 0 }
            }
            return false
        }.map { rows[$0].fields }
    }

    /// Every diagnostic of the file: notices, errors of rejected rows, warnings of kept rows.
    func diagnostics() -> [Diagnostic] {
        var result = notices
        for row in rows {
            result += row.isRejected ? row.errors : row.warnings
        }
        return result
    }

    /// Rows read, accepted, rejected and warnings, for the summary.
    func summary() -> FileSummary {
        let rejected = rows.filter(\.isRejected).count
        let warnings = rows.reduce(0) { $0 + ($1.isRejected ? 0 : $1.warnings.count) }
        return FileSummary(
            fileName: fileName, encoding: encodingName, delimiter: delimiterName,
            rowsRead: rows.count, rowsAccepted: rows.count - rejected, rowsRejected: rejected,
            warnings: warnings)
    }
}
