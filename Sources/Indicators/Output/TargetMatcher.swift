import ChiboCore

/// Finds the target that applies to a row (SPEC "Computation rules", Targets): the first
/// target in file order for the indicator whose years hold the row's year and whose
/// scope allows the row.
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
