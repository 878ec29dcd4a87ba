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
        for code in Catalog.codes {
            guard let tallies = results.tallies[code] else {
                preconditionFailure("no family computed \(code.rawValue)")
            }
            for (unit, organization) in dataset.units.enumerated() {
                let isProvince = unit == 0
                for tally in tallies {
                    let target = matcher.target(
                        for: code, period: tally.period, isProvince: isProvince, window: context.window)
                    rows.append(
                        IndicatorTable.row(
                            tally, unit: unit, unitID: dataset.organizationIDs.string(at: organization),
                            unitName: dataset.organizationNames[Int(organization)], target: target))
                }
            }
        }
        self.rows = rows
    }

    /// One row: the values of `unit` in `tally`, with the target and the status.
    static func row(
        _ tally: IndicatorTally, unit: Int, unitID: String, unitName: String, target: Target?
    ) -> IndicatorRow {
        let numerator = tally.numerator.counts[unit]
        var numeratorText = String(numerator)
        var denominatorText = ""
        let hundredths: Int?
        if let denominator = tally.denominator?.counts[unit] {
            hundredths = Percentage.hundredths(numerator: numerator, denominator: denominator)
            denominatorText = String(denominator)
            if denominator == 0 { numeratorText = "0" }
        } else {
            hundredths = numerator * 100
        }
        var status = ""
        if let target, let hundredths, !tally.period.isPartialYear,
            let isMet = target.isMet(byHundredths: hundredths)
        {
            status = isMet ? "met" : "not_met"
        }
        return IndicatorRow(
            indicator: tally.code.rawValue, scope: unit == 0 ? "province" : "district", unitID: unitID,
            unitName: unitName, period: tally.period.label, numerator: numeratorText,
            denominator: denominatorText, value: hundredths.map(Percentage.format(hundredths:)) ?? "",
            target: target?.text ?? "", status: status)
    }
}
