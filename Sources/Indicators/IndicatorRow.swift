/// One row of indicators.csv.
public struct IndicatorRow: Sendable, Equatable {
    /// The indicator code.
    public var indicator: String
    /// `province` or `district`.
    public var scope: String
    /// The unit's org_id.
    public var unitID: String
    /// The unit's name.
    public var unitName: String
    /// `2017`, `2018-01-01..2018-06-30`, `as_of` or `term`.
    public var period: String
    /// The count or the ratio's numerator.
    public var numerator: String
    /// The ratio's denominator; empty for counts.
    public var denominator: String
    /// The count, or the percentage with at most 2 decimals; empty for a zero denominator.
    public var value: String
    /// The applicable target (`>=75`) or empty.
    public var target: String
    /// `met`, `not_met` or empty.
    public var status: String

    /// The columns of indicators.csv.
    public static let columns = [
        "indicator", "scope", "unit_id", "unit_name", "period", "numerator", "denominator", "value", "target",
        "status",
    ]

    /// The fields in column order.
    public var fields: [String] {
        [indicator, scope, unitID, unitName, period, numerator, denominator, value, target, status]
    }
}
