import ChiboCore

/// The numerators (and, for ratios, denominators) of one indicator over one period, per unit.
struct IndicatorTally: Sendable {
    /// The indicator.
    var code: IndicatorCode
    /// The period.
    var period: Period
    /// The count or the ratio's numerator, per unit.
    var numerator: UnitTally
    /// The ratio's denominator per unit; nil for a count.
    var denominator: UnitTally?
}
