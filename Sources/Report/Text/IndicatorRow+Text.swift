import ChiboCore

extension IndicatorRow {
    /// The value for report.txt: `84,5%` for a ratio, `2.300` for a count, `-` when empty.
    var valueText: String {
        guard let value else { return "-" }
        return value.vietnamese + (isRatio ? "%" : "")
    }

    /// `numerator/denominator` for a ratio (`338/400`); empty for a count.
    var fractionText: String {
        guard let denominator else { return "" }
        let numerator = DecimalNumber(numerator ?? 0).vietnamese
        return numerator + "/" + DecimalNumber(denominator).vietnamese
    }

    /// The target for report.txt: `≥ 75%`, `= 0`, `≥ 2.300`; empty when none.
    var targetText: String {
        guard let target else { return "" }
        return target.sign + " " + target.value.vietnamese + (isRatio ? "%" : "")
    }

    /// `đạt`, `không đạt` or empty.
    var statusText: String { status?.vietnamese ?? "" }

    /// The catalog heading of the row's indicator: `3. Kết nạp đảng viên mới [admissions]`.
    var indicatorHeading: String {
        let number = code.map { "\($0.catalogNumber). " } ?? ""
        return number + vietnameseName + " [" + indicator + "]"
    }

    /// The scope in Vietnamese.
    var scopeText: String { scope == .province ? "tỉnh" : "huyện" }
}
