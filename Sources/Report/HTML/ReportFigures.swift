import ChiboCore
import HTMLDocument

/// indicators.csv regrouped the way the web page reads it: by indicator, then by unit, each
/// indicator judged on one main period (see `WideSheet.mainPeriods(of:)`).
struct ReportFigures: Sendable {
    /// A unit of the report: the province or a district unit, with its anchor in the page.
    struct Unit: Sendable {
        /// The organization id.
        var id: String
        /// The organization's name.
        var name: String
        /// The id of its section in the page (`unit-3`), made from its position so that no
        /// character of the data reaches a URL fragment.
        var anchor: String
    }

    /// One indicator's rows.
    struct Series: Sendable {
        /// The catalog entry.
        var indicator: PageIndicator
        /// The id of its section in the page (`indicator-3`).
        var anchor: String
        /// The period the indicator is judged on in one-period views.
        var mainPeriod: Period
        /// The province's rows, periods in order.
        var province: [IndicatorRow]
        /// Each district unit's rows by unit id, periods in order.
        var districts: [String: [IndicatorRow]]

        /// `3. Kết nạp đảng viên mới`.
        var heading: String { indicator.heading }

        /// The short column heading of the grid: the number, or the code.
        var shortHeading: String { indicator.number.map(String.init) ?? indicator.code }

        /// The province's row at the main period.
        var provinceMain: IndicatorRow? { province.first { $0.period == mainPeriod } }

        /// A district's row at the main period.
        func main(of unitID: String) -> IndicatorRow? {
            districts[unitID]?.first { $0.period == mainPeriod }
        }

        /// The per-year rows of the province, oldest first.
        var provinceYears: [IndicatorRow] { province.filter { $0.period.year != nil } }

        /// Whether any row of any period carries a target.
        var hasTarget: Bool {
            province.contains { $0.target != nil }
                || districts.values.contains { $0.contains { $0.target != nil } }
        }

        /// Whether any row at the main period carries a target, so the grid has a column for it.
        var hasMainTarget: Bool {
            provinceMain?.target != nil
                || districts.values.contains { rows in
                    rows.contains { $0.period == mainPeriod && $0.target != nil }
                }
        }
    }

    /// The province (the root), if indicators.csv has a province row.
    var province: Unit?
    /// The district units, by unit id bytewise.
    var units: [Unit]
    /// The indicators in catalog order.
    var series: [Series]

    /// Groups `indicators` (in SPEC order).
    init(indicators: [IndicatorRow]) {
        let mainPeriods = WideSheet.mainPeriods(of: indicators)
        var seriesByCode: [String: Series] = [:]
        var codes: [String] = []
        var unitNames: [String: String] = [:]
        // Rows of one code are consecutive (SPEC order): its series is filled in a local
        // variable and stored when the code changes, rather than looked up on every row.
        var current: Series?
        // Likewise a district unit's rows of the current code.
        var unitRows: (id: String, rows: [IndicatorRow])?
        func storeUnit() {
            if let unitRows { current!.districts[unitRows.id, default: []] += unitRows.rows }
            unitRows = nil
        }
        func store() {
            storeUnit()
            if let current { seriesByCode[current.indicator.code] = current }
        }
        for row in indicators {
            if current?.indicator.code != row.indicator {
                store()
                if let known = seriesByCode.removeValue(forKey: row.indicator) {
                    current = known
                } else {
                    codes.append(row.indicator)
                    current = Series(
                        indicator: row.pageIndicator,
                        anchor: "indicator-\(codes.count)",
                        mainPeriod: mainPeriods[row.indicator] ?? row.period,
                        province: [], districts: [:])
                }
            }
            switch row.scope {
            case .province:
                current!.province.append(row)
                if province == nil { province = Unit(id: row.unitID, name: row.unitName, anchor: "province") }
            case .district:
                if unitRows?.id != row.unitID {
                    storeUnit()
                    unitRows = (row.unitID, [])
                    if unitNames[row.unitID] == nil { unitNames[row.unitID] = row.unitName }
                }
                unitRows!.rows.append(row)
            }
        }
        store()
        let ids = unitNames.keys.sorted { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }
        units = ids.enumerated().map { Unit(id: $1, name: unitNames[$1]!, anchor: "unit-\($0 + 1)") }
        series = codes.map { seriesByCode[$0]! }
    }

    /// The indicators that have a grid column: a target at their main period.
    var targetSeries: [Series] { series.filter(\.hasMainTarget) }
}

extension IndicatorRow {
    /// The row's standing for the page's marks: met, not met, no target, or a target with no
    /// verdict (partial year, empty value).
    var assessment: Assessment {
        switch status {
        case .met: .met
        case .notMet: .notMet
        case nil: target == nil ? .notAssessed : .unavailable
        }
    }
}

extension Optional where Wrapped == IndicatorRow {
    /// A missing row reads as no target.
    var assessment: Assessment { self?.assessment ?? .notAssessed }
}
