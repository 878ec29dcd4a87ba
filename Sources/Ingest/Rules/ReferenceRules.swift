import ChiboCore

/// The references of the files read after organizations, villages and members:
/// meetings, ratings, trainings and inspections point at accepted rows only.
enum ReferenceRules {
    /// Rejects rows whose `column` is not a key of `known` (rows referencing a rejected
    /// row count as unknown), or, with `accepts`, whose target fails it.
    static func check<Target>(
        _ table: inout ParsedTable, column name: String, known: IdLookup<Target>, code: ProblemCode,
        accepts: ((Target) -> ProblemCode?)? = nil
    ) {
        check(&table, column: name, code: code, accepts: accepts) { known.target(for: $0) }
    }

    /// Rejects rows whose `column` is not one of the ranked ids `known` (the accepted
    /// members: no second table of their ids is needed).
    static func check(_ table: inout ParsedTable, column name: String, known: RankedIds, code: ProblemCode) {
        check(&table, column: name, code: code) { known.rank(of: $0) }
    }

    /// Rejects rows whose `column` has no `target` (of its bytes), or whose target fails
    /// `accepts`.
    private static func check<Target>(
        _ table: inout ParsedTable, column name: String, code: ProblemCode,
        accepts: ((Target) -> ProblemCode?)? = nil, target: (UnsafeBufferPointer<UInt8>) -> Target?
    ) {
        let column = table.column(name)
        // Each distinct id looked up once, then each row by its value number.
        let values = table.rows.values[column]
        let targets = (0..<values.count).map { number in
            values.withBytes(of: UInt32(number)) { target($0) }
        }
        let empty = values.lookUp("")
        for index in table.rows.indices {
            let number = table.rows.cell(index, column)
            if number == empty { continue }
            guard let target = targets[Int(number)] else {
                table.reject(index, code, column: column)
                continue
            }
            if let problem = accepts?(target) { table.reject(index, problem, column: column) }
        }
    }

    /// A meeting's chi bộ must be an accepted chi bộ.
    static func checkMeetings(_ meetings: inout ParsedTable, organizations: IdLookup<OrganizationLevel>) {
        check(&meetings, column: "org_id", known: organizations, code: .unknownOrganization) { level in
            level.isPartyCell ? nil : .notPartyCell
        }
    }

    /// A rating's subject must exist; a second rating of a subject for a year is an error.
    static func checkRatings(_ ratings: inout ParsedTable, subjects: IdLookup<Bool>, code: ProblemCode) {
        check(&ratings, column: ratings.entity.columns[1], known: subjects, code: code)
        ratings.claimKeys(columns: [0, 1], code: .ratingDuplicate)
    }

    /// `checkRatings(_:subjects:code:)` with the subjects' ranked ids.
    static func checkRatings(_ ratings: inout ParsedTable, subjects: RankedIds, code: ProblemCode) {
        check(&ratings, column: ratings.entity.columns[1], known: subjects, code: code)
        ratings.claimKeys(columns: [0, 1], code: .ratingDuplicate)
    }

    /// A target's year range must not be reversed.
    static func checkTargets(_ targets: inout ParsedTable) {
        let from = targets.column("from_year")
        let to = targets.column("to_year")
        for index in targets.rows.indices {
            if let first = Int(targets.rows.field(index, from)),
                let last = Int(targets.rows.field(index, to)),
                first > last
            {
                targets.reject(index, .targetYearRange, column: to)
            }
        }
    }
}
