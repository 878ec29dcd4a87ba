/// Percentages as printed in indicators.csv: 100 × numerator / denominator rounded
/// half-up to 2 decimals, computed in integers so that no binary fraction can tip a
/// half-way case.
public enum Percentage {
    /// The value in hundredths of a percent, rounded half-up; nil when `denominator` is 0.
    public static func hundredths(numerator: Int, denominator: Int) -> Int? {
        guard denominator > 0 else { return nil }
        // round(10000·n/d) = floor((20000·n + d) / (2·d)) for n, d ≥ 0.
        return (20000 * numerator + denominator) / (2 * denominator)
    }

    /// `hundredths` / 100 printed with a `.` point and no trailing zeros (`75`, `84.5`, `91.27`).
    public static func format(hundredths: Int) -> String {
        let whole = hundredths / 100
        let fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        if fraction % 10 == 0 { return "\(whole).\(fraction / 10)" }
        return fraction < 10 ? "\(whole).0\(fraction)" : "\(whole).\(fraction)"
    }
}
