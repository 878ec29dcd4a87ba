import OfficeOpenXML
import OfficeReports

/// A small review by hand: a province (`001`) and two districts (`0300`, and `1E5` named
/// like a formula), a ratio judged in 2017 and as a main period, and a count without
/// target.
enum Fixtures {
    static let ratio = IndicatorDescription(
        code: "village_head_member_ratio", number: 8, name: "Tỷ lệ trưởng thôn, tổ dân phố là đảng viên",
        definition: "Thôn có trưởng thôn là đảng viên, trên tổng số thôn.", source: "002 B.I", isRatio: true)
    static let count = IndicatorDescription(
        code: "members_total", number: 1, name: "Tổng số đảng viên", definition: "", source: "002",
        isRatio: false)

    static func figure(
        _ indicator: IndicatorDescription, unit: String, name: String, period: String, isMain: Bool,
        numerator: Int?, denominator: Int?, value: String?, target: String = "",
        status: IndicatorFigure.Status? = nil
    ) -> IndicatorFigure {
        IndicatorFigure(
            indicator: indicator, isProvince: unit == "001", unitID: unit, unitName: name, periodCode: period,
            periodLabel: period == "as_of" ? "Tại 31/12/2020" : "Năm \(period)", isMainPeriod: isMain,
            numerator: numerator, denominator: denominator, value: value.flatMap(NumberLiteral.init),
            targetCode: target.isEmpty ? "" : ">=75", targetText: target, status: status)
    }

    static let figures: [IndicatorFigure] = [
        figure(
            count, unit: "001", name: "Đảng bộ tỉnh Sơn Hà", period: "as_of", isMain: true, numerator: 2882,
            denominator: nil, value: "2882"),
        figure(
            count, unit: "0300", name: "Đảng bộ huyện Tràng An", period: "as_of", isMain: true,
            numerator: 1500, denominator: nil, value: "1500"),
        figure(
            count, unit: "1E5", name: "=SUM(A1)", period: "as_of", isMain: true, numerator: 1382,
            denominator: nil, value: "1382"),
        figure(
            ratio, unit: "001", name: "Đảng bộ tỉnh Sơn Hà", period: "2016", isMain: false, numerator: 60,
            denominator: 100, value: "60", target: "từ 75 trở lên", status: .notMet),
        figure(
            ratio, unit: "001", name: "Đảng bộ tỉnh Sơn Hà", period: "2017", isMain: true, numerator: 169,
            denominator: 200, value: "84.5", target: "từ 75 trở lên", status: .met),
        figure(
            ratio, unit: "0300", name: "Đảng bộ huyện Tràng An", period: "2017", isMain: true, numerator: 70,
            denominator: 100, value: "70", target: "từ 75 trở lên", status: .notMet),
        figure(
            ratio, unit: "1E5", name: "=SUM(A1)", period: "2017", isMain: true, numerator: 0, denominator: 0,
            value: nil, target: "từ 75 trở lên", status: nil),
    ]

    static let workbook = IndicatorWorkbook(
        title: "BÁO CÁO TỔNG KẾT", figures: figures, catalog: [count, ratio])
}
