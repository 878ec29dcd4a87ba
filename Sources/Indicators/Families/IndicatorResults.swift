import ChiboCore

/// Everything the indicator families compute, before it is turned into rows.
struct IndicatorResults {
    /// The tallies of each indicator, in period order.
    var tallies: [IndicatorCode: [IndicatorTally]] = [:]
    /// The restricted list of probation overdue members.
    var probationOverdue: [ProbationOverdueEntry] = []
    /// The restricted list of absence removal candidates.
    var absenceCandidates: [AbsenceCandidate] = []

    /// Records the tally of one indicator and period.
    mutating func record(
        _ code: IndicatorCode, _ period: Period, numerator: UnitTally, denominator: UnitTally? = nil
    ) {
        tallies[code, default: []].append(
            IndicatorTally(code: code, period: period, numerator: numerator, denominator: denominator))
    }

    /// Adds the results of families other than those recorded here.
    mutating func add(_ other: IndicatorResults) {
        tallies.merge(other.tallies) { _, _ in preconditionFailure("an indicator computed by two families") }
        probationOverdue += other.probationOverdue
        absenceCandidates += other.absenceCandidates
    }

    /// The indicators whose recorded periods are not the ones the catalog lists for
    /// `window`, in catalog order; empty when every family recorded what the catalog says.
    func codesDifferingFromCatalog(in window: ReviewWindow) -> [IndicatorCode] {
        IndicatorCode.allCases.filter { code in
            tallies[code]?.map(\.period) != window.periods(of: code)
        }
    }
}
