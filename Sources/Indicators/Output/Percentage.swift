import ChiboCore

/// Percentages as computed for indicators.csv (printed as `DecimalNumber(hundredths:)`): 100 × numerator / denominator rounded
/// half-up to 2 decimals, computed in integers so that no binary fraction can tip a
/// half-way case.
public enum Percentage {
    /// The value in hundredths of a percent, rounded half-up; nil when `denominator` is 0.
    public static func hundredths(numerator: Int, denominator: Int) -> Int? {
        guard denominator > 0 else { return nil }
        // round(10000·n/d) = floor((20000·n + d) / (2·d)) for n, d ≥ 0.
        return (20000 * numerator + denominator) / (2 * denominator)
    }
}
