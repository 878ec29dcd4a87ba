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
            let row = members.rows[index]
            if row.day(left) != nil && TextNormalizer.trimmed(row.raw[reason]).isEmpty {
                members.reject(index, .valueRequired, column: reason)
            }
            guard let admittedOn = row.day(admitted) else { continue }
            if let birthDate = row.day(birth), admittedOn < birthDate.adding(years: 18) {
                members.reject(index, .memberUnder18, column: admitted)
            }
            if let officialOn = row.day(official) {
                if officialOn < admittedOn {
                    members.reject(index, .memberOfficialBeforeAdmitted, column: official)
                } else if officialOn < admittedOn.adding(months: 12) {
                    members.warn(index, .memberShortProbation, column: official)
                }
            }
            if let leftOn = row.day(left), leftOn < admittedOn {
                members.reject(index, .memberLeftBeforeAdmitted, column: left)
            }
        }
    }

    /// Warns on each accepted member whose normalized name and birth date equal those of
    /// an earlier accepted member under another id.
    static func checkPossibleDuplicates(_ members: inout ParsedTable) {
        let id = members.column("member_id")
        let name = members.column("full_name")
        let birth = members.column("birth_date")
        var firstIds: [ByteKey: String] = [:]
        for index in members.rows.indices where !members.rows[index].isRejected {
            let row = members.rows[index]
            let key = ByteKey(row[name] + "\u{1F}" + row[birth])
            if let firstId = firstIds[key] {
                if firstId != row[id] {
                    members.warn(
                        index, .memberPossibleDuplicate, column: name,
                        message: ProblemCode.memberPossibleDuplicate.message + " với \(firstId)")
                }
            } else {
                firstIds[key] = row[id]
            }
        }
    }
}
