import ChiboCore

/// The member lists that may be read only under `restricted/` (they name members).
public struct RestrictedLists: Sendable, Equatable {
    /// The columns of probation_overdue.csv.
    public static let probationOverdueColumns = [
        "member_id", "full_name", "org_id", "org_name", "admitted_on", "probation_deadline",
    ]
    /// The columns of absence_removal_candidates.csv.
    public static let absenceRemovalCandidateColumns = [
        "period", "member_id", "full_name", "org_id", "org_name", "unexcused_months",
    ]

    /// probation_overdue.csv records, sorted by org_id then member_id.
    public var probationOverdue: [[String]]
    /// absence_removal_candidates.csv records, sorted by period, org_id, member_id.
    public var absenceRemovalCandidates: [[String]]

    /// Builds the records of `results`.
    init(results: IndicatorResults, dataset: Dataset) throws(IndicatorsError) {
        let listed = Set(results.probationOverdue.map(\.member) + results.absenceCandidates.map(\.member))
        let names = try dataset.memberNames(of: listed)
        func organization(of member: Int32) -> (id: String, name: String) {
            let organization = dataset.memberOrganizations[Int(member)]
            guard organization >= 0 else { return ("", "") }
            return (
                dataset.organizationIDs.string(at: organization), dataset.organizationNames[Int(organization)]
            )
        }
        func precedes(_ lhs: [String], _ rhs: [String], keys: [Int]) -> Bool {
            for key in keys where lhs[key] != rhs[key] {
                return lhs[key].utf8.lexicographicallyPrecedes(rhs[key].utf8)
            }
            return false
        }
        probationOverdue = results.probationOverdue.map { entry in
            let (organizationID, organizationName) = organization(of: entry.member)
            return [
                dataset.memberIDs.string(at: entry.member), names[entry.member] ?? "", organizationID,
                organizationName, Day(number: dataset.admitted[Int(entry.member)]).description,
                entry.deadline.description,
            ]
        }.sorted { precedes($0, $1, keys: [2, 0]) }
        let candidates = results.absenceCandidates.map { candidate in
            let (organizationID, organizationName) = organization(of: candidate.member)
            let months = (1...12).filter { candidate.months & (1 << ($0 - 1)) != 0 }.map { month in
                "\(candidate.year.year)-" + (month < 10 ? "0\(month)" : "\(month)")
            }
            let record = [
                candidate.year.period.description, dataset.memberIDs.string(at: candidate.member),
                names[candidate.member] ?? "", organizationID, organizationName,
                months.joined(separator: ";"),
            ]
            return (year: candidate.year.year, record: record)
        }
        // Periods chronologically, then org_id, member_id.
        absenceRemovalCandidates = candidates.sorted { lhs, rhs in
            lhs.year != rhs.year ? lhs.year < rhs.year : precedes(lhs.record, rhs.record, keys: [3, 1])
        }.map(\.record)
    }
}
