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
        // Dates and the limits they set, worked out once per distinct value.
        let birthDays = members.rows.daysOfValues(birth)
        let adulthoods = birthDays.map { $0?.adding(years: 18) }
        let admittedDays = members.rows.daysOfValues(admitted)
        let probationEnds = admittedDays.map { $0?.adding(months: 12) }
        let officialDays = members.rows.daysOfValues(official)
        let leftDays = members.rows.daysOfValues(left)
        for index in members.rows.indices {
            let leftOn = leftDays[Int(members.rows.cell(index, left))]
            // A normalized reason is never empty when its raw text is not blank: the raw
            // text is read (from the spill) only for the few rows left without a reason.
            if leftOn != nil && members.rows.isEmpty(index, reason)
                && TextNormalizer.trimmed(members.rows.raw(index, reason)).isEmpty
            {
                members.reject(index, .valueRequired, column: reason)
            }
            let admittedNumber = Int(members.rows.cell(index, admitted))
            guard let admittedOn = admittedDays[admittedNumber] else { continue }
            let birthNumber = Int(members.rows.cell(index, birth))
            if let adulthood = adulthoods[birthNumber], admittedOn < adulthood {
                members.reject(index, .memberUnder18, column: admitted)
            }
            if let officialOn = officialDays[Int(members.rows.cell(index, official))] {
                if officialOn < admittedOn {
                    members.reject(index, .memberOfficialBeforeAdmitted, column: official)
                } else if officialOn < probationEnds[admittedNumber]! {
                    members.warn(index, .memberShortProbation, column: official)
                }
            }
            if let leftOn, leftOn < admittedOn {
                members.reject(index, .memberLeftBeforeAdmitted, column: left)
            }
        }
    }

    /// Warns on each accepted member whose normalized name and birth date equal those of
    /// an earlier accepted member under another id.
    static func checkPossibleDuplicates(_ members: inout ParsedTable) {
        warnPossibleDuplicates(&members, possibleDuplicates(in: members))
    }

    /// A possible duplicate: an accepted member's row and the earliest accepted row with the
    /// same normalized name and birth date, under another id.
    struct PossibleDuplicate: Sendable, Equatable {
        var row: Int32
        var firstRow: Int32
    }

    /// The possible duplicates among `members`, in the order their warnings are given.
    ///
    /// Found by sorting (name, birth date, row) as value numbers rather than with a
    /// dictionary of name strings: the first accepted row of each pair is the earliest.
    /// Reads the table only, so that it can run on another thread while the table is
    /// ranked; the warnings are added by `warnPossibleDuplicates(_:_:)`.
    static func possibleDuplicates(in members: ParsedTable) -> [PossibleDuplicate] {
        let id = members.column("member_id")
        let name = members.column("full_name")
        let birth = members.column("birth_date")
        var keys: [(pair: UInt64, row: Int32)] = []
        let values = members.rows.values
        let (birthBits, rowBits) = (bits(values[birth].count), bits(members.rows.count))
        if bits(values[name].count) + birthBits + rowBits <= 64 {
            // Name, birth date and row packed in one number, sorted as plain integers by
            // their bytes (`RadixSort`): a fraction of the time of sorting the pairs with a
            // comparison closure.
            var packed: [UInt64] = []
            for index in members.rows.indices where !members.rows.isRejected(index) {
                let nameNumber = members.rows.cell(index, name)
                let pair = UInt64(nameNumber) << birthBits | UInt64(members.rows.cell(index, birth))
                packed.append(pair << rowBits | UInt64(index))
            }
            RadixSort.sort(&packed)
            keys = packed.map { ($0 >> rowBits, Int32(truncatingIfNeeded: $0 & (1 << rowBits &- 1))) }
        } else {
            for index in members.rows.indices where !members.rows.isRejected(index) {
                let nameNumber = members.rows.cell(index, name)
                let pair = UInt64(nameNumber) << 32 | UInt64(members.rows.cell(index, birth))
                keys.append((pair, Int32(index)))
            }
            keys.sort { $0.pair != $1.pair ? $0.pair < $1.pair : $0.row < $1.row }
        }
        var duplicates: [PossibleDuplicate] = []
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
                duplicates.append(PossibleDuplicate(row: Int32(row), firstRow: Int32(firstRow)))
            }
        }
        return duplicates
    }

    /// Warns on the row of each of `duplicates`, naming the id of its first row.
    static func warnPossibleDuplicates(_ members: inout ParsedTable, _ duplicates: [PossibleDuplicate]) {
        let id = members.column("member_id")
        let name = members.column("full_name")
        for duplicate in duplicates {
            members.warn(
                Int(duplicate.row), .memberPossibleDuplicate, column: name,
                message: ProblemCode.memberPossibleDuplicate.message
                    + " với \(members.rows.field(Int(duplicate.firstRow), id))")
        }
    }

    /// The bits needed to hold the numbers below `count`.
    private static func bits(_ count: Int) -> Int {
        count <= 1 ? 0 : Int.bitWidth - (count - 1).leadingZeroBitCount
    }
}
