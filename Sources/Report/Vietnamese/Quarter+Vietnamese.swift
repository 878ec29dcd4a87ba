import ChiboCore

extension Quarter {
    /// The Roman numeral used in Vietnamese titles: `I` … `IV`.
    public var romanNumeral: String { ["I", "II", "III", "IV"][number - 1] }
}
