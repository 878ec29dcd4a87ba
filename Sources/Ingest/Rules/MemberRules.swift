import ChiboCore

/// The row rules of members.csv that need no other file (SPEC, members.csv).
enum MemberRules {
    /// Age at admission, probation and leaving dates, left_reason.
    static func checkRows(_ members: inout ParsedTable) {
        let birth = members.column("birth_date")
        let admitted = members.column("admitted_on")
        let official = members.column("official_on")
        let left = members.column("left_on")
        let reason = members.column("left_reason")
        for index in members.rows.indices {
            // A normalized reason is never empty when its raw text is not blank: the raw
            // text is read (from the spill) only for the few rows left without a reason.
            if members.rows.day(index, left) != nil && members.rows.isEmpty(index, reason)
                && TextNormalizer.trimmed(members.rows.raw(index, reason)).isEmpty
            {
                members.reject(index, .valueRequired, column: reason)
            }
            guard let admittedOn = members.rows.day(index, admitted) else { continue }
            if let birthDate = members.rows.day(index, birth), admittedOn < birthDate.adding(years: 18) {
                members.reject(index, .memberUnder18, column: admitted)
            }
            if let officialOn = members.rows.day(index, official) {
                if officialOn < admittedOn {
                    members.reject(index, .memberOfficialBeforeAdmitted, column: official)
                } else if officialOn < admittedOn.adding(months: 12) {
                    members.warn(index, .memberShortProbation, column: official)
                }
            }
            if let leftOn = members.rows.day(index, left), leftOn < admittedOn {
                members.reject(index, .memberLeftBeforeAdmitted, column: left)
            }
        }
    }

    /// Warns on each accepted member whose normalized name and birth date equal those of
    /// an earlier accepted member under another id.
    ///
    /// Found by sorting (name, birth date, row) as value numbers rather than with a
    /// dictionary of name strings: the first accepted row of each pair is the earliest.
    static func checkPossibleDuplicates(_ members: inout ParsedTable) {
        let id = members.column("member_id")
        let name = members.column("full_name")
        let birth = members.column("birth_date")
        var keys: [(pair: UInt64, row: Int32)] = []
        for index in members.rows.indices where !members.rows.isRejected(index) {
            let pair = UInt64(members.rows.cell(index, name)) << 32 | UInt64(members.rows.cell(index, birth))
            keys.append((pair, Int32(index)))
        }
        keys.sort { $0.pair != $1.pair ? $0.pair < $1.pair : $0.row < $1.row }
        var first = 0
        for position in keys.indices {
            if keys[position].pair != keys[first].pair {
                first = position
                continue
            }
            guard position != first else { continue }
            let firstRow = Int(keys[first].row)
            let row = Int(keys[position].row)
            if members.rows.cell(firstRow, id) != members.rows.cell(row, id) {
                members.warn(
                    row, .memberPossibleDuplicate, column: name,
                    message: ProblemCode.memberPossibleDuplicate.message
                        + " với \(members.rows.field(firstRow, id))")
            }
        }
    }
}
