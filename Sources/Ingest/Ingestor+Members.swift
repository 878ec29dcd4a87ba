import ChiboCore

extension Ingestor {
    /// What later files are checked against once organizations, villages and members are
    /// checked: handed to the meetings' thread before the three tables are written.
    struct CheckedMembers {
        /// The level of each accepted organization.
        var organizationLevels: IdLookup<OrganizationLevel>
        var acceptedOrganizations: IdLookup<Bool>
        /// The accepted members, ranked: also what ratings and trainings are checked
        /// against, so that no lookup table keeps the members' id column.
        var rankedMembers: AttendanceValidator.Members
        /// Chi bộ numbers of the ranked members, to number the meetings' alike.
        var organizationNumbers: AttendanceValidator.OrganizationNumbers
    }

    /// Reads organizations and villages, waits for `parsedMembers`, checks the three
    /// against one another, ranks the members and hands what later files are checked
    /// against to `checked`; then warns of possible duplicates and, with a `stream`,
    /// writes the three tables and frees
    /// their rows, while the meetings are checked on another thread. Returns the three
    /// tables; a fatal problem is the first one in that order, thrown before anything is
    /// handed to `checked` (which the caller then withdraws).
    static func checkMembers(
        organizations organizationsFile: InputFile?, villages villagesFile: InputFile?,
        members parsedMembers: BackgroundWork<Result<ParsedTable, IngestError>>,
        checked: PendingValue<CheckedMembers>, stream: NormalizedTableStream?
    ) throws(IngestError) -> [ParsedTable] {
        var organizations = try ParsedTable(entity: .organizations, file: organizationsFile)
        let organizationOwners = organizations.claimKeys(column: 0, code: .idDuplicate)
        try OrganizationTree.check(organizations, owners: organizationOwners)
        var villages = try ParsedTable(entity: .villages, file: villagesFile)
        let villageOwners = villages.claimKeys(column: 0, code: .idDuplicate)
        // Taken, not copied: a copy left in the box or the result would keep every row
        // of the table alive after it is written and released.
        var members = try parsedMembers.takeValue().get()
        let memberOwners = members.claimKeys(column: 0, code: .idDuplicate)
        MemberRules.checkRows(&members)
        ReferenceResolver.resolve(
            organizations: &organizations, villages: &villages, members: &members,
            owners: (organizationOwners, villageOwners, memberOwners))
        // The accepted rows are final here (a possible duplicate is only warned of): the
        // possible duplicates are looked for on another core while the rows are sorted by
        // id and ranked, and warned of once what the meetings wait for is handed over.
        let possibleDuplicates = BackgroundWork.startingNow { [members] in
            MemberRules.possibleDuplicates(in: members)
        }
        members.sortedAcceptedRows = members.sortedAcceptedRowIndices()

        let levelColumn = organizations.column("level")
        let organizationLevels = organizations.acceptedKeys { [rows = organizations.rows] row in
            OrganizationLevel(rawValue: rows.field(row, levelColumn))
        }
        var organizationNumbers = AttendanceValidator.OrganizationNumbers()
        let rankedMembers = AttendanceValidator.rank(members: members, organizations: &organizationNumbers)
        checked.provide(
            CheckedMembers(
                organizationLevels: organizationLevels,
                acceptedOrganizations: organizationLevels.mapTargets { _ in true },
                rankedMembers: rankedMembers,
                organizationNumbers: organizationNumbers))
        MemberRules.warnPossibleDuplicates(&members, possibleDuplicates.takeValue())
        if let stream {
            stream.write(&organizations)
            stream.write(&villages)
            stream.write(&members)
            stream.returnFreedMemory()
        }
        return [organizations, villages, members]
    }
}
