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
    static func figures(_ rows: [IndicatorRow], asOf: Day) -> [IndicatorFigure] {
        let mainPeriods = WideSheet.mainPeriods(of: rows)
        return rows.map { $0.figure(asOf: asOf, isMainPeriod: mainPeriods[$0.indicator] == $0.period) }
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
