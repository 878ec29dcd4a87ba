import ChiboCore

extension IndicatorRow {
    /// The value for report.txt: `84,50%` for a ratio (always two decimals), `2.300` for a
    /// count, `-` when empty.
    public var valueText: String { valueText(isRatio: isRatio) }

    /// `valueText` with the row's kind given (looked up once for many rows).
    func valueText(isRatio: Bool) -> String {
        guard let value else { return "-" }
        return isRatio ? value.vietnamesePercent : value.vietnamese
    }

    /// `numerator/denominator` for a ratio (`338/400`); empty for a count.
    public var fractionText: String {
        guard let denominator else { return "" }
        let numerator = DecimalNumber(numerator ?? 0).vietnamese
        return numerator + "/" + DecimalNumber(denominator).vietnamese
    }

    /// The target for report.txt: `≥ 75,00%`, `= 0`, `≥ 2.300`; empty when none.
    public var targetText: String { targetText(isRatio: isRatio) }

    /// `targetText` with the row's kind given (looked up once for many rows).
    func targetText(isRatio: Bool) -> String {
        guard let target else { return "" }
        return target.sign + " "
            + (isRatio ? target.value.vietnameseAtLeastTwoDecimals + "%" : target.value.vietnamese)
    }

    /// `đạt`, `không đạt` or empty.
    public var statusText: String { status?.vietnamese ?? "" }

    /// The catalog heading of the row's indicator: `3. Kết nạp đảng viên mới [admissions]`.
    var indicatorHeading: String {
        let number = code.map { "\($0.catalogNumber). " } ?? ""
        return number + vietnameseName + " [" + indicator + "]"
    }

    /// The numbered name without the code: `3. Kết nạp đảng viên mới`.
    public var numberedName: String {
        (code.map { "\($0.catalogNumber). " } ?? "") + vietnameseName
    }

    /// The scope in Vietnamese.
    var scopeText: String { scope == .province ? "tỉnh" : "huyện" }

    /// The difference `self − previous` as the report prints it: percentage points with
    /// two decimals for a ratio (`+3,33`), a signed count otherwise (`+14`); empty when
    /// either value is missing.
    public func differenceText(from previous: IndicatorRow?) -> String {
        guard let value, let old = previous?.value else { return "" }
        let delta = value - old
        return isRatio ? delta.signedVietnameseTwoDecimals : delta.signedVietnamese
    }
}
