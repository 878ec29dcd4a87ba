import ChiboCore

/// Everything ingest computed, held in memory until every output is written.
struct IngestResult {
    /// The parsed tables of every file but attendance, in `Entity` order.
    var tables: [ParsedTable]
    /// The attendance outcome.
    var attendance: AttendanceValidator.Result
    /// The input's digest and the latest accepted meeting, for `normalized/ingest.csv`.
    var record: IngestRecord
    /// The `file.ignored` notices of the input folder.
    var folderNotices: [Diagnostic] = []

    /// One summary per input file, in `Entity` order.
    var summaries: [FileSummary] {
        Entity.allCases.map { entity in
            entity == .attendance ? attendance.summary : tables.first { $0.entity == entity }!.summary()
        }
    }

    /// Every diagnostic sorted by file (in `Entity` order), line, column, code.
    var sortedDiagnostics: [Diagnostic] { Self.sorted(collectedDiagnostics { _, _ in true }) }

    /// The diagnostics of rejects.csv after `head`'s, sorted; nil when they do not all
    /// sort after them, or `head` was made from other diagnostics than those its tables hold
    /// now (then the head is not used, and every diagnostic is sorted here).
    func sortedDiagnostics(after head: RejectsHead, count: Int) -> [Diagnostic]? {
        var headCount = 0
        let rest = collectedDiagnostics { entity, diagnostic in
            guard head.tableEntities.contains(entity), RejectsHead.isInHead(diagnostic) else { return true }
            headCount += 1
            return false
        }
        guard headCount == count, !rest.contains(where: RejectsHead.isInHead) else { return nil }
        return Self.sorted(rest)
    }

    /// Every diagnostic, in the order collected: attendance's, the folder's notices, then
    /// each table's in `tables` order, those of a table only where `isKept` (given the
    /// table's entity) keeps them.
    private func collectedDiagnostics(_ isKept: (Entity, Diagnostic) -> Bool) -> [Diagnostic] {
        var all = attendance.diagnostics + folderNotices
        for table in tables { all += table.diagnostics().filter { isKept(table.entity, $0) } }
        return all
    }

    /// `diagnostics` sorted by file (in `Entity` order), line, column, code, value and
    /// message; ties keep the order given, as a stable sort does.
    static func sorted(_ all: [Diagnostic]) -> [Diagnostic] {
        // Each diagnostic's file position and line worked out once, not at every comparison
        // (hundreds of thousands of warnings on the national year).
        let keys = all.map { (filePosition(of: $0), $0.line) }
        var indices = Array(all.indices)
        indices.sort { left, right in
            if keys[left] != keys[right] { return keys[left] < keys[right] }
            let (lhs, rhs) = (all[left], all[right])
            var comparison = Bytewise.compare(lhs.columnName, rhs.columnName)
            if comparison == 0 { comparison = Bytewise.compare(lhs.code, rhs.code) }
            if comparison == 0 { comparison = Bytewise.compare(lhs.value, rhs.value) }
            if comparison == 0 { comparison = Bytewise.compare(lhs.message, rhs.message) }
            return comparison != 0 ? comparison < 0 : left < right
        }
        return indices.map { all[$0] }
    }

    /// The position in `Entity` order of the file `diagnostic` is about; a file outside
    /// `Entity` (a folder notice) comes last.
    static func filePosition(of diagnostic: Diagnostic) -> Int {
        filePositions[diagnostic.file] ?? Int.max
    }

    private static let filePositions = Dictionary(
        uniqueKeysWithValues: Entity.allCases.enumerated().map { ($1.fileName, $0) })

    /// Rows rejected across all files.
    var rejectedCount: Int { summaries.reduce(0) { $0 + $1.rowsRejected } }
}
