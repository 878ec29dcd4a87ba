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
        /// Each district unit's rows by unit id, periods in order, while the series is read;
        /// emptied into `districtRows` once the units are known.
        fileprivate var districts: [String: [IndicatorRow]]
        /// Each district unit's rows, periods in order, by the unit's position in
        /// `ReportFigures.units` (none when the unit has no row of this indicator): the
        /// page reads them unit by unit for every indicator, ten thousand units at
        /// national size, without looking an id up each time.
        private(set) var districtRows: [[IndicatorRow]] = []
        /// The position in `districtRows` of each unit's row at the main period; -1 for none.
        fileprivate var mainPositions: [Int32] = []
        /// Each unit's mark at the main period, by the unit's position.
        private(set) var mainAssessments: [Assessment] = []
        /// Whether any row of any period carries a target.
        private(set) var hasTarget = false
        /// Whether any row at the main period carries a target, so the grid has a column for it.
        private(set) var hasMainTarget = false

        /// `3. Kết nạp đảng viên mới`.
        var heading: String { indicator.heading }

        /// The short column heading of the grid: the number, or the code.
        var shortHeading: String { indicator.number.map(String.init) ?? indicator.code }

        /// The province's row at the main period.
        var provinceMain: IndicatorRow? { province.first { $0.period == mainPeriod } }

        /// The row at the main period of the district unit at position `unit` of
        /// `ReportFigures.units`.
        func main(at unit: Int) -> IndicatorRow? {
            let position = mainPositions[unit]
            return position < 0 ? nil : districtRows[unit][Int(position)]
        }

        /// `main(at: unit)?.value`, read in place.
        func mainValue(at unit: Int) -> DecimalNumber? {
            let position = mainPositions[unit]
            return position < 0 ? nil : districtRows[unit][Int(position)].value
        }

        /// `main(at: unit)?.target`, read in place.
        func mainTarget(at unit: Int) -> Target? {
            let position = mainPositions[unit]
            return position < 0 ? nil : districtRows[unit][Int(position)].target
        }

        /// The per-year rows of the province, oldest first.
        var provinceYears: [IndicatorRow] { province.filter { $0.period.year != nil } }

        /// Lays the district rows out by the position of their unit in `units`.
        fileprivate mutating func arrange(units: [Unit], positions: [String: Int]) {
            var rows = [[IndicatorRow]](repeating: [], count: units.count)
            for (id, unitRows) in districts {
                rows[positions[id]!] = unitRows
            }
            districts = [:]
            mainPositions = rows.map { rows in
                Int32(rows.firstIndex { $0.period == mainPeriod } ?? -1)
            }
            mainAssessments = units.indices.map { unit in
                let position = mainPositions[unit]
                return position < 0 ? .notAssessed : rows[unit][Int(position)].assessment
            }
            hasTarget =
                province.contains { $0.target != nil } || rows.contains { $0.contains { $0.target != nil } }
            hasMainTarget =
                provinceMain?.target != nil
                || rows.contains { rows in rows.contains { $0.period == mainPeriod && $0.target != nil } }
            districtRows = rows
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
        self.init(indicators: indicators, mainPeriods: WideSheet.mainPeriods(of: indicators))
    }

    /// `init(indicators:)` with `WideSheet.mainPeriods(of: indicators)` worked out already.
    init(indicators: [IndicatorRow], mainPeriods: [String: Period]) {
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
        var positions: [String: Int] = [:]
        for (position, id) in ids.enumerated() { positions[id] = position }
        series = codes.map { seriesByCode[$0]! }
        for index in series.indices { series[index].arrange(units: units, positions: positions) }
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
