import ChiboCore

/// One row of indicators.csv: an indicator's result for one unit and one period.
public struct IndicatorRow: Hashable, Sendable {
    /// Whether the status column says the target is met.
    public enum Status: String, Hashable, Sendable {
        /// Đạt.
        case met
        /// Không đạt.
        case notMet = "not_met"

        /// The Vietnamese word: `đạt`, `không đạt`.
        public var vietnamese: String { self == .met ? "đạt" : "không đạt" }
    }

    /// The indicator code.
    public var indicator: String
    /// The province row or a district unit's row.
    public var scope: TargetScope
    /// The unit's organization id.
    public var unitID: String
    /// The unit's name.
    public var unitName: String
    /// The period the row covers.
    public var period: Period
    /// The numerator (the count for counts); nil when empty.
    public var numerator: Int?
    /// The denominator; nil for counts.
    public var denominator: Int?
    /// The value; nil when empty (a ratio with a zero denominator).
    public var value: FixedDecimal?
    /// The target that applies, if any.
    public var target: Target?
    /// Met or not met; nil when there is no target, the year is partial or the value is empty.
    public var status: Status?

    /// Creates a row.
    public init(
        indicator: String, scope: TargetScope, unitID: String, unitName: String, period: Period,
        numerator: Int? = nil, denominator: Int? = nil, value: FixedDecimal? = nil, target: Target? = nil,
        status: Status? = nil
    ) {
        self.indicator = indicator
        self.scope = scope
        self.unitID = unitID
        self.unitName = unitName
        self.period = period
        self.numerator = numerator
        self.denominator = denominator
        self.value = value
        self.target = target
        self.status = status
    }

    /// The catalog entry of the row's indicator.
    public var label: IndicatorLabel {
        IndicatorLabel.entry(for: indicator, hasDenominator: denominator != nil)
    }

    /// Sorts rows as SPEC orders indicators.csv: catalog order, the province before the
    /// districts, districts by unit id bytewise, periods chronologically with `term` last.
    public static func precedes(_ lhs: IndicatorRow, _ rhs: IndicatorRow) -> Bool {
        // Codes outside the catalog go last, by code.
        let leftNumber = IndicatorLabel.number(of: lhs.indicator) ?? Int.max
        let rightNumber = IndicatorLabel.number(of: rhs.indicator) ?? Int.max
        if leftNumber != rightNumber { return leftNumber < rightNumber }
        if lhs.indicator != rhs.indicator {
            return Array(lhs.indicator.utf8).lexicographicallyPrecedes(rhs.indicator.utf8)
        }
        if lhs.scope != rhs.scope { return lhs.scope == .province }
        if lhs.unitID != rhs.unitID {
            return Array(lhs.unitID.utf8).lexicographicallyPrecedes(rhs.unitID.utf8)
        }
        return lhs.period.sortKey < rhs.period.sortKey
    }
}
