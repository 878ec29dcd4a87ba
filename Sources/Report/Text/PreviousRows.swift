import ChiboCore

/// The rows of the review compared with, looked up by the row of this review they
/// compare with: same indicator, scope and unit, and the period in the same place in
/// its window: `as_of` with `as_of`, `term` with `term`, and a year with the year
/// `yearShift` earlier (1 for a quarterly review's same period a year before, whose
/// year to date is clipped the same way; 0 for a sơ kết or tổng kết, whose years are
/// matched as years, a clipped year with its later full or clipped self).
struct PreviousRows {
    private struct Key: Hashable {
        var indicator: String
        var scope: TargetScope
        var unitID: String
        var period: Period
    }

    private var rows: [Key: IndicatorRow] = [:]
    /// How many years earlier the matching year is.
    let yearShift: Int

    /// Indexes `rows` (the earlier review's indicators.csv).
    init(_ rows: [IndicatorRow], yearShift: Int) {
        self.yearShift = yearShift
        for row in rows {
            let key = Key(
                indicator: row.indicator, scope: row.scope, unitID: row.unitID,
                period: row.period.comparisonKey)
            if self.rows[key] == nil { self.rows[key] = row }
        }
    }

    /// The earlier row `row` compares with, nil when there is none.
    func row(for row: IndicatorRow) -> IndicatorRow? {
        var period = row.period.comparisonKey
        if let year = period.year { period = .year(year - yearShift) }
        return rows[Key(indicator: row.indicator, scope: row.scope, unitID: row.unitID, period: period)]
    }

    /// Whether there is no earlier row at all.
    var isEmpty: Bool { rows.isEmpty }
}
