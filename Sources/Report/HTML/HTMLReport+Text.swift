import ChiboCore
import HTMLDocument

extension HTMLReport {
    /// The words of the page's marks.
    static let words = AssessmentWords(
        met: "đạt", notMet: "không đạt", notAssessed: "không có chỉ tiêu",
        unavailable: "chưa đánh giá (năm chưa trọn hoặc không có số liệu)")

    /// A value as the page shows it: ratios with two decimals and `%` (`84,50%`), counts
    /// grouped (`2.300`), `–` when empty.
    static func valueText(_ value: DecimalNumber?, isRatio: Bool) -> String {
        guard let value else { return "–" }
        return isRatio ? value.vietnameseAtLeastTwoDecimals + "%" : value.vietnamese
    }

    /// The row's value as the page shows it.
    static func valueText(_ row: IndicatorRow?) -> String {
        guard let row else { return "–" }
        return valueText(row.value, isRatio: row.pageIndicator.isRatio)
    }

    /// A difference of two values: signed, ratios in percentage points (`+1,50 điểm %`).
    static func deltaText(_ delta: DecimalNumber, isRatio: Bool) -> String {
        var text = valueText(delta, isRatio: isRatio)
        if isRatio { text = text.dropLast() + " điểm %" }
        return (!delta.isNegative && !delta.isZero ? "+" : "") + text
    }

    /// The target as the page shows it: `≥ 90%`, `= 0`, `≥ 2.300`; empty when none.
    static func targetText(_ target: Target?, isRatio: Bool) -> String {
        guard let target else { return "" }
        return target.sign + " " + target.value.vietnamese + (isRatio ? "%" : "")
    }

    /// `338/400` for a ratio; empty for a count.
    static func fractionText(_ row: IndicatorRow) -> String {
        guard let denominator = row.denominator else { return "" }
        return DecimalText.vietnamese(units: Int64(row.numerator ?? 0), scale: 0) + "/"
            + DecimalText.vietnamese(units: Int64(denominator), scale: 0)
    }

    /// The verdict with its symbol, `✓ đạt`; empty when there is no target.
    static func statusText(_ row: IndicatorRow?) -> String {
        statusText(row.assessment)
    }

    /// `statusText(_:)` of a row whose mark is `assessment`.
    static func statusText(_ assessment: Assessment) -> String {
        if assessment == .notAssessed { return "" }
        if assessment == .unavailable { return "chưa đánh giá" }
        return assessment.symbol + " " + words.word(for: assessment)
    }

    /// A period in a table or chart: `Năm 2017`, `01/01-30/06/2018 (chưa trọn năm)`, `Tại 31/12/2020`.
    func periodText(_ period: Period) -> String {
        if case .clippedYear = period { return period.label(asOf: asOf) + " (chưa trọn năm)" }
        return period.label(asOf: asOf)
    }

    /// The main period in running text, lower-case: `năm 2019`, `tại 31/12/2020`.
    func mainPeriodText(_ period: Period) -> String {
        let text = periodText(period)
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
