/// The parent graph of organizations: it must have exactly one root and no cycle.
enum OrganizationTree {
    /// Checks the graph of the rows that own their `org_id` (`owners`: id → row);
    /// throws the first fatal problem.
    static func check(_ table: ParsedTable, owners: KeyOwners) throws(IngestError) {
        let idColumn = table.column("org_id")
        let parentColumn = table.column("parent_id")
        let parentField = (table.mapping.fieldIndices[parentColumn] ?? 0) + 1
        let ownerRows = owners.ownerRows
        let roots = ownerRows.filter { table.rows[$0][parentColumn].isEmpty }
        if roots.count != 1 {
            let line = roots.count > 1 ? table.rows[roots[1]].line : 0
            throw .rootCount(
                file: table.fileName, line: line, fieldNumber: roots.count > 1 ? parentField : 0,
                roots: roots.map { table.rows[$0][idColumn] }.sorted(by: Bytewise.less))
        }
        // 0 unvisited, 1 on the current path, 2 done.
        var state = [UInt8](repeating: 0, count: table.rows.count)
        var cycles: [[Int]] = []
        for start in ownerRows where state[start] == 0 {
            var path: [Int] = []
            var current: Int? = start
            while let row = current, state[row] == 0 {
                state[row] = 1
                path.append(row)
                current = owners[table.rows[row][parentColumn]]
            }
            if let row = current, state[row] == 1, let position = path.firstIndex(of: row) {
                cycles.append(Array(path[position...]))
            }
            for row in path { state[row] = 2 }
        }
        guard !cycles.isEmpty else { return }
        // Report the cycle holding the bytewise-smallest id, starting from it, so the
        // message does not depend on the row order.
        let named = cycles.map { cycle -> [Int] in
            let ids = cycle.map { table.rows[$0][idColumn] }
            let first = ids.indices.min { Bytewise.less(ids[$0], ids[$1]) }!
            return Array(cycle[first...] + cycle[..<first])
        }
        let chosen = named.min {
            Bytewise.less(table.rows[$0[0]][idColumn], table.rows[$1[0]][idColumn])
        }!
        throw .cycle(
            file: table.fileName, line: table.rows[chosen[0]].line, fieldNumber: parentField,
            ids: chosen.map { table.rows[$0][idColumn] })
    }
}
