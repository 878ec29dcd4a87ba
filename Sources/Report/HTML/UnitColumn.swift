import ChiboCore

/// A period column of a district unit's table: one per year, and one for `as_of` and `term`
/// together when no indicator has both (each indicator has one or the other), which keeps
/// the table narrow enough for A4.
struct UnitColumn: Sendable {
    /// The periods whose rows the column shows.
    var periods: [Period]

    /// The column heading: `2017`, `2018 (01/01–30/06)`, `Tại 31/12/2020 / cả kỳ`.
    func heading(asOf: Day) -> String {
        periods.map { period in
            switch period {
            case .year(let year): String(year)
            case .clippedYear(let first, let last):
                "\(first.year) (\(Period.vietnameseDate(first).prefix(5))–\(Period.vietnameseDate(last).prefix(5)))"
            case .asOf: "Tại " + Period.vietnameseDate(asOf)
            case .term: "Cả kỳ"
            }
        }.joined(separator: " / ")
    }

    /// The columns for `rows`: the years in order, then `as_of` and `term`.
    static func columns(of rows: [IndicatorRow]) -> [UnitColumn] {
        var byIndicator: [String: Set<Period>] = [:]
        // Field by field, and the periods of a run of rows of one code gathered apart: a
        // million rows are neither copied nor each looked up.
        var run: (indicator: String, periods: Set<Period>)?
        for index in rows.indices {
            if run?.indicator != rows[index].indicator {
                if let run { byIndicator[run.indicator, default: []].formUnion(run.periods) }
                run = (rows[index].indicator, [])
            }
            run!.periods.insert(rows[index].period)
        }
        if let run { byIndicator[run.indicator, default: []].formUnion(run.periods) }
        let periods = byIndicator.values.reduce(into: Set<Period>()) { $0.formUnion($1) }
        let hasBoth = byIndicator.values.contains { $0.contains(.asOf) && $0.contains(.term) }
        let years = periods.filter { $0.year != nil }.sorted { $0.sortKey < $1.sortKey }
        var columns = years.map { UnitColumn(periods: [$0]) }
        let ends = [Period.asOf, .term].filter(periods.contains)
        if hasBoth {
            columns += ends.map { UnitColumn(periods: [$0]) }
        } else if !ends.isEmpty {
            columns.append(UnitColumn(periods: ends))
        }
        return columns
    }
}
