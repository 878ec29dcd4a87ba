import ChiboCore

/// Resolves the references among organizations, villages and members, which point at
/// each other (an organization's village, a village's commune and head, a member's chi
/// bộ and village), to the largest set of rows whose references all reach accepted rows.
///
/// A row referencing an unknown or rejected row is rejected, and so on transitively:
/// an organization whose ancestor chain is broken is rejected too.
enum ReferenceResolver {
    private struct Reference {
        /// The referencing column.
        let column: Int
        /// The referenced table: 0 organizations, 1 villages, 2 members.
        let target: Int
        /// The rule reported when the reference does not resolve.
        let code: ProblemCode
        /// The referenced row per referencing row: -2 for an empty value, -1 for an unknown id.
        let rows: [Int32]
        /// Whether the referenced organization must be a chi bộ.
        let needsPartyCell: Bool
    }

    /// Rejects the rows of the three tables whose references do not resolve.
    static func resolve(
        organizations: inout ParsedTable, villages: inout ParsedTable, members: inout ParsedTable,
        owners: (organizations: KeyOwners, villages: KeyOwners, members: KeyOwners)
    ) {
        func references(
            _ table: ParsedTable, _ column: String, _ target: Int, _ code: ProblemCode, cell: Bool = false
        )
            -> Reference
        {
            let index = table.column(column)
            let keys = [owners.organizations, owners.villages, owners.members][target]
            // Each distinct value looked up once, then each row by its value number.
            let values = table.rows.values[index]
            let targets = (0..<values.count).map { number -> Int32 in
                values.withBytes(of: UInt32(number)) { bytes in
                    bytes.isEmpty ? -2 : keys.row(for: bytes).map { Int32($0) } ?? -1
                }
            }
            let rows = table.rows.indices.map { targets[Int(table.rows.cell($0, index))] }
            return Reference(column: index, target: target, code: code, rows: rows, needsPartyCell: cell)
        }
        let levelColumn = organizations.column("level")
        let levels = organizations.rows.values[levelColumn]
        let isPartyCellValue = (0..<levels.count).map {
            OrganizationLevel(rawValue: levels.string(UInt32($0)))?.isPartyCell ?? false
        }
        let isPartyCell = organizations.rows.indices.map {
            isPartyCellValue[Int(organizations.rows.cell($0, levelColumn))]
        }
        let referencesByTable: [[Reference]] = [
            [
                references(organizations, "parent_id", 0, .unknownOrganization),
                references(organizations, "village_id", 1, .unknownVillage),
            ],
            [
                references(villages, "commune_org_id", 0, .unknownOrganization),
                references(villages, "head_member_id", 2, .unknownMember),
            ],
            [
                references(members, "org_id", 0, .unknownOrganization, cell: true),
                references(members, "village_id", 1, .unknownVillage),
            ],
        ]
        var accepted = [organizations, villages, members].map { table in
            table.rows.indices.map { !table.rows.isRejected($0) }
        }

        func problem(_ reference: Reference, row: Int) -> ProblemCode? {
            let target = Int(reference.rows[row])
            if target == -2 { return nil }
            if target < 0 || !accepted[reference.target][target] { return reference.code }
            if reference.needsPartyCell && !isPartyCell[target] { return .notPartyCell }
            return nil
        }

        var changed = true
        while changed {
            changed = false
            for table in 0..<3 {
                for row in accepted[table].indices where accepted[table][row] {
                    if referencesByTable[table].contains(where: { problem($0, row: row) != nil }) {
                        accepted[table][row] = false
                        changed = true
                    }
                }
            }
        }
        func report(_ table: inout ParsedTable, _ references: [Reference]) {
            for row in table.rows.indices {
                for reference in references {
                    if let code = problem(reference, row: row) {
                        table.reject(row, code, column: reference.column)
                    }
                }
            }
        }
        report(&organizations, referencesByTable[0])
        report(&villages, referencesByTable[1])
        report(&members, referencesByTable[2])
    }
}
