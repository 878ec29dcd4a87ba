import ChiboCore

extension DecimalNumber {
    /// The Vietnamese form used in the text report: `84,5`, `2.300`, `-1.234,5`.
    public var vietnamese: String { formatted(decimalMark: ",", groupSeparator: ".") }

    /// The Vietnamese form with an explicit sign, for differences: `+6`, `-2,5`, `0`.
    public var signedVietnamese: String { !isNegative && !isZero ? "+" + vietnamese : vietnamese }

    /// The number rounded half away from zero to two decimals.
    public var roundedToHundredths: DecimalNumber {
        guard fractionDigits.count > 2 else { return self }
        let truncated = DecimalNumber(
            isNegative: isNegative, integerDigits: integerDigits, fractionDigits: fractionDigits.prefix(2))
        guard fractionDigits[2] >= UInt8(ascii: "5") else { return truncated }
        return truncated + DecimalNumber(hundredths: isNegative ? -1 : 1)
    }

    /// The Vietnamese form with exactly two decimals, as every percentage of the report is
    /// printed so that a column of them lines up on the comma: `92,10`, `95,00`, `1.234,50`.
    public var vietnameseTwoDecimals: String {
        let rounded = roundedToHundredths
        var text = rounded.vietnamese
        let decimals = rounded.fractionDigits.count
        if decimals == 0 { text += "," }
        text += String(repeating: "0", count: 2 - decimals)
        return text
    }

    /// The Vietnamese form with at least two decimals and never rounded, for targets,
    /// which the report must show exactly as the resolution states them: `75,00`,
    /// `75,1234567`.
    public var vietnameseAtLeastTwoDecimals: String {
        fractionDigits.count > 2 ? vietnamese : vietnameseTwoDecimals
    }

    /// A percentage: `92,10%`, `95,00%`, `0,00%`.
    public var vietnamesePercent: String { vietnameseTwoDecimals + "%" }

    /// A difference of percentages, in percentage points with a sign: `+3,33`, `-0,50`,
    /// `0,00`.
    public var signedVietnameseTwoDecimals: String {
        let rounded = roundedToHundredths
        return (!rounded.isNegative && !rounded.isZero ? "+" : "") + rounded.vietnameseTwoDecimals
    }
}
