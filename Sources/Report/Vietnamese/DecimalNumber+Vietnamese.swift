import ChiboCore

extension DecimalNumber {
    /// The Vietnamese form used in the text report: `84,5`, `2.300`, `-1.234,5`.
    public var vietnamese: String { formatted(decimalMark: ",", groupSeparator: ".") }

    /// The Vietnamese form with an explicit sign, for differences: `+6`, `-2,5`, `0`.
    public var signedVietnamese: String { !isNegative && !isZero ? "+" + vietnamese : vietnamese }
}
