import ChiboCore
import OfficeOpenXML
import OfficeReports

extension IndicatorRow {
    /// The row as the Office documents take it.
    func figure(asOf: Day, isMainPeriod: Bool) -> IndicatorFigure {
        IndicatorFigure(
            indicator: IndicatorLabel.description(of: indicator, isRatio: label.isRatio),
            isProvince: scope == .province,
            unitID: unitID, unitName: unitName, periodCode: period.code,
            periodLabel: period.label(asOf: asOf),
            isMainPeriod: isMainPeriod, numerator: numerator, denominator: denominator,
            value: value.flatMap { NumberLiteral($0.plain) }, targetCode: target?.code ?? "",
            targetText: target.map { WideSheet.targetText($0, decimalMark: ",") } ?? "",
            status: status.map { $0 == .met ? .met : .notMet })
    }

    /// Every row as a figure, the main period of each indicator marked.
    static func figures(_ rows: [IndicatorRow], asOf: Day) -> [IndicatorFigure] {
        let mainPeriods = WideSheet.mainPeriods(of: rows)
        return rows.map { $0.figure(asOf: asOf, isMainPeriod: mainPeriods[$0.indicator] == $0.period) }
    }
}

extension IndicatorLabel {
    /// The catalog entry of `code` as the Office documents show it. Definitions and
    /// source clauses are not in this catalog yet; the documents leave them out.
    static func description(of code: String, isRatio: Bool) -> IndicatorDescription {
        let entry = catalog.first { $0.code == code }
        return IndicatorDescription(
            code: code, number: number(of: code), name: entry?.label ?? code, definition: "", source: "",
            isRatio: entry?.isRatio ?? isRatio)
    }
}
