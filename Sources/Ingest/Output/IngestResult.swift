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
    var sortedDiagnostics: [Diagnostic] {
        var all = attendance.diagnostics + folderNotices
        for table in tables { all += table.diagnostics() }
        let order = Dictionary(uniqueKeysWithValues: Entity.allCases.enumerated().map { ($1.fileName, $0) })
        return all.sorted { lhs, rhs in
            let left = (order[lhs.file] ?? Int.max, lhs.line)
            let right = (order[rhs.file] ?? Int.max, rhs.line)
            if left != right { return left < right }
            for (a, b) in [
                (lhs.columnName, rhs.columnName), (lhs.code, rhs.code), (lhs.value, rhs.value),
                (lhs.message, rhs.message),
            ] {
                let comparison = Bytewise.compare(a, b)
                if comparison != 0 { return comparison < 0 }
            }
            return false
        }
    }

    /// Rows rejected across all files.
    var rejectedCount: Int { summaries.reduce(0) { $0 + $1.rowsRejected } }
}
