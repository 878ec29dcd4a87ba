import ChiboCore

/// Turns the computed tallies into the rows of indicators.csv, in SPEC order: catalog
/// order, then the province before the districts (by `unit_id`), then periods
/// chronologically with `term` last.
struct IndicatorTable {
    /// The rows in output order.
    let rows: [IndicatorRow]

    /// Builds the rows of `results`.
    init(results: IndicatorResults, context: ComputationContext) {
        let dataset = context.dataset
        let matcher = TargetMatcher(targets: dataset.targets)
        var rows: [IndicatorRow] = []
        // Each unit's id and name made once, not once per row.
        let unitIDs = dataset.units.map { dataset.organizationIDs.string(at: $0) }
        let unitNames = dataset.units.map { dataset.organizationNames[Int($0)] }
        for code in IndicatorCode.allCases {
            guard let tallies = results.tallies[code] else {
                preconditionFailure("no family computed \(code.rawValue)")
            }
            for unit in dataset.units.indices {
                let isProvince = unit == 0
                for tally in tallies {
                    let rule = matcher.target(
                        for: code, period: tally.period, isProvince: isProvince, window: context.window)
                    rows.append(
                        IndicatorTable.row(
                            tally, unit: unit, unitID: unitIDs[unit], unitName: unitNames[unit], rule: rule))
                }
            }
        }
        self.rows = rows
    }

    /// One row: the values of `unit` in `tally`, with the target and the status.
    static func row(
        _ tally: IndicatorTally, unit: Int, unitID: String, unitName: String, rule: TargetRule?
    ) -> IndicatorRow {
        var numerator = tally.numerator.counts[unit]
        var denominator: Int?
        let hundredths: Int?
        if let count = tally.denominator?.counts[unit] {
            hundredths = Percentage.hundredths(numerator: numerator, denominator: count)
            denominator = count
            if count == 0 { numerator = 0 }
        } else {
            hundredths = numerator * 100
        }
        let value = hundredths.map(DecimalNumber.init(hundredths:))
        var status: IndicatorRow.Status?
        if let target = rule?.target, let value, !tally.period.isPartialYear {
            status = target.isMet(by: value) ? .met : .notMet
        }
        return IndicatorRow(
            indicator: tally.code.rawValue, scope: unit == 0 ? .province : .district, unitID: unitID,
            unitName: unitName, period: tally.period, numerator: numerator, denominator: denominator,
            value: value, target: rule?.target, status: status)
    }
}
