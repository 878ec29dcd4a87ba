import ChiboCore

extension IndicatorRow {
    /// The Vietnamese name of the row's indicator from the catalog; a code outside the
    /// catalog is named by itself.
    public var vietnameseName: String { code?.definition.vietnameseName ?? indicator }

    /// Whether the value is a percentage: the catalog's kind, or for a code outside the
    /// catalog whether the row has a denominator.
    public var isRatio: Bool { code?.definition.isRatio ?? (denominator != nil) }
}

extension IndicatorRow.Status {
    /// The Vietnamese word: `đạt`, `không đạt`.
    public var vietnamese: String { self == .met ? "đạt" : "không đạt" }
}
