import ChiboCore
import OfficeOpenXML
import OfficeReports

extension IndicatorRow {
    /// The row as the Office documents take it.
    func figure(asOf: Day, isMainPeriod: Bool) -> IndicatorFigure {
        IndicatorFigure(
            indicator: code.map(IndicatorDescription.init)
                ?? IndicatorDescription(
                    code: indicator, number: nil, name: indicator, definition: "", source: "",
                    isRatio: isRatio),
            isProvince: scope == .province, unitID: unitID, unitName: unitName,
            periodCode: period.description,
            periodLabel: period.label(asOf: asOf), isMainPeriod: isMainPeriod, numerator: numerator,
            denominator: denominator, value: value.flatMap { NumberLiteral($0.plain) },
            targetCode: target?.description ?? "",
            targetText: target.map { WideSheet.targetText($0, decimalMark: ",") } ?? "",
            status: status.map { $0 == .met ? .met : .notMet })
    }

    /// Every row as a figure, the main period of each indicator marked.
    ///
    /// The words that repeat from row to row (an indicator's catalog entry, a period's
    /// label, a target's texts) are made once and shared: a national review has a
    /// million rows.
    static func figures(_ rows: [IndicatorRow], asOf: Day) -> [IndicatorFigure] {
        figures(rows, asOf: asOf, mainPeriods: WideSheet.mainPeriods(of: rows))
    }

    /// `figures(_:asOf:)` with `WideSheet.mainPeriods(of: rows)` worked out already.
    static func figures(_ rows: [IndicatorRow], asOf: Day, mainPeriods: [String: Period]) -> [IndicatorFigure]
    {
        var descriptions: [String: IndicatorDescription] = [:]
        var lastDescription: (indicator: String, hasDenominator: Bool, description: IndicatorDescription)?
        var lastMain: (indicator: String, period: Period?)?
        var periods: [Period: (code: String, label: String)] = [:]
        var lastTarget: (target: Target, code: String, text: String)?
        var figures: [IndicatorFigure] = []
        figures.reserveCapacity(rows.count)
        for index in rows.indices {
            let row = rows[index]
            // A code outside the catalog is described by its row (a ratio when it has a
            // denominator), so only catalog entries are shared.
            if lastDescription?.indicator != row.indicator
                || lastDescription?.hasDenominator != (row.denominator != nil)
            {
                let description: IndicatorDescription
                if let known = descriptions[row.indicator] {
                    description = known
                } else {
                    description = row.officeDescription
                    if row.code != nil { descriptions[row.indicator] = description }
                }
                lastDescription = (row.indicator, row.denominator != nil, description)
            }
            if lastMain?.indicator != row.indicator { lastMain = (row.indicator, mainPeriods[row.indicator]) }
            let period: (code: String, label: String)
            if let known = periods[row.period] {
                period = known
            } else {
                period = (row.period.description, row.period.label(asOf: asOf))
                periods[row.period] = period
            }
            var targetCode = ""
            var targetText = ""
            if let target = row.target {
                if lastTarget?.target != target {
                    lastTarget = (
                        target, target.description, WideSheet.targetText(target, decimalMark: ",")
                    )
                }
                targetCode = lastTarget!.code
                targetText = lastTarget!.text
            }
            figures.append(
                IndicatorFigure(
                    indicator: lastDescription!.description, isProvince: row.scope == .province,
                    unitID: row.unitID, unitName: row.unitName, periodCode: period.code,
                    periodLabel: period.label, isMainPeriod: lastMain!.period == row.period,
                    numerator: row.numerator, denominator: row.denominator,
                    value: row.value.flatMap { NumberLiteral($0.plain) }, targetCode: targetCode,
                    targetText: targetText, status: row.status.map { $0 == .met ? .met : .notMet }))
        }
        return figures
    }

    /// The catalog entry of the row's indicator, or one made from the row for a code
    /// outside the catalog.
    private var officeDescription: IndicatorDescription {
        code.map(IndicatorDescription.init)
            ?? IndicatorDescription(
                code: indicator, number: nil, name: indicator, definition: "", source: "", isRatio: isRatio)
    }
}

extension IndicatorDescription {
    /// The catalog entry of `code`: its number, Vietnamese name and definition, source
    /// clause and kind.
    init(_ code: IndicatorCode) {
        let definition = code.definition
        self.init(
            code: code.rawValue, number: code.catalogNumber, name: definition.vietnameseName,
            definition: definition.vietnameseDefinition, source: definition.source,
            isRatio: definition.isRatio)
    }

    /// The whole catalog, in order.
    static var catalog: [IndicatorDescription] { IndicatorCode.allCases.map(IndicatorDescription.init) }
}
