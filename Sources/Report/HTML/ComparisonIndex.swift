import ChiboCore

/// The entries of a comparison by indicator, scope, unit and period, for lookups per cell.
struct ComparisonIndex: Sendable {
    private struct Key: Hashable {
        var indicator: String
        var scope: TargetScope
        var unitID: String?
        var period: Period
    }

    private var entries: [Key: IndicatorComparison.Entry] = [:]

    /// Indexes `comparison`'s entries.
    init(_ comparison: IndicatorComparison) {
        for entry in comparison.entries {
            let row = entry.row
            let key = Key(
                indicator: row.indicator, scope: row.scope, unitID: row.scope == .province ? nil : row.unitID,
                period: row.period.comparisonKey)
            entries[key] = entry
        }
    }

    /// The entry of `indicator` for the province (`unitID` nil) or a district at `period`.
    func entry(_ indicator: String, scope: TargetScope, unitID: String?, period: Period)
        -> IndicatorComparison.Entry?
    {
        entries[Key(indicator: indicator, scope: scope, unitID: unitID, period: period.comparisonKey)]
    }
}
