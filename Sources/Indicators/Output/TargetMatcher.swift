import ChiboCore

/// Finds the target that applies to a row (SPEC "Computation rules", Targets): the first
/// target in file order for the indicator whose years hold the row's year and whose
/// scope allows the row. A per-year row is judged by its own year; an `as_of` row and the
/// `term` row of a term-only indicator by year(AS_OF); the `term` row of an indicator that
/// also has per-year rows (admissions, a total over several years) has no target.
struct TargetMatcher {
    private let targetsByCode: [IndicatorCode: [TargetRule]]

    /// Creates a matcher over `targets`, in file order.
    init(targets: [TargetRule]) {
        var byCode: [IndicatorCode: [TargetRule]] = [:]
        for target in targets { byCode[target.code, default: []].append(target) }
        targetsByCode = byCode
    }

    /// The target of `code` for `period` in the province row (`isProvince`) or a district row.
    func target(for code: IndicatorCode, period: Period, isProvince: Bool, window: ReviewWindow)
        -> TargetRule?
    {
        if period == .term && code.definition.periods != .term { return nil }
        let year = period.year ?? window.asOf.year
        return targetsByCode[code]?.first { target in
            if let from = target.fromYear, year < from { return false }
            if let to = target.toYear, year > to { return false }
            switch target.scope {
            case .province: return isProvince
            case .district: return !isProvince
            case nil: return true
            }
        }
    }
}
