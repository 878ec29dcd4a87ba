/// Numbers written the Vietnamese way (`84,50`, `2.300`, `-1.234,5`) and as SVG coordinates
/// (`12.5`), from integers only, so the text never depends on the locale or on how a
/// platform prints a floating-point number.
public enum DecimalText {
    /// `units / 10^scale` with a `,` before the decimals and a `.` between groups of three
    /// digits; trailing zeros dropped below `minimumFractionDigits` decimals.
    ///
    /// `vietnamese(units: 84_500_000, scale: 6, minimumFractionDigits: 2)` is `84,50`.
    public static func vietnamese(units: Int64, scale: Int, minimumFractionDigits: Int = 0) -> String {
        formatted(
            units: units, scale: scale, minimumFractionDigits: minimumFractionDigits,
            decimalMark: ",", groupSeparator: ".")
    }

    /// `value` rounded half away from zero to `fractionDigits` decimals, Vietnamese style,
    /// with exactly that many decimals: `vietnamese(12.5, fractionDigits: 0)` is `13`.
    public static func vietnamese(_ value: Double, fractionDigits: Int) -> String {
        vietnamese(
            units: rounded(value, fractionDigits: fractionDigits), scale: fractionDigits,
            minimumFractionDigits: fractionDigits)
    }

    /// An SVG coordinate or length: at most one decimal, `.` as the mark, no `-0`.
    public static func coordinate(_ value: Double) -> String {
        formatted(
            units: rounded(value, fractionDigits: 1), scale: 1, minimumFractionDigits: 0,
            decimalMark: ".", groupSeparator: nil)
    }

    /// `value × 10^fractionDigits` rounded half away from zero; non-finite values are 0.
    static func rounded(_ value: Double, fractionDigits: Int) -> Int64 {
        var scaled = value
        for _ in 0..<fractionDigits { scaled *= 10 }
        guard scaled.isFinite, scaled.magnitude < 9e17 else { return 0 }
        return Int64(scaled.rounded(.toNearestOrAwayFromZero))
    }

    private static func formatted(
        units: Int64, scale: Int, minimumFractionDigits: Int, decimalMark: Character,
        groupSeparator: Character?
    ) -> String {
        precondition(scale >= 0 && scale <= 18 && minimumFractionDigits <= scale, "invalid scale")
        var divisor: UInt64 = 1
        for _ in 0..<scale { divisor *= 10 }
        let magnitude = units.magnitude
        var fraction = magnitude % divisor
        var fractionDigits = scale
        while fractionDigits > minimumFractionDigits, fraction % 10 == 0 {
            fraction /= 10
            fractionDigits -= 1
        }
        let digits = Array(String(magnitude / divisor))
        var text = units < 0 && (magnitude / divisor != 0 || fraction != 0) ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if let groupSeparator, index > 0, (digits.count - index) % 3 == 0 { text.append(groupSeparator) }
            text.append(digit)
        }
        if fractionDigits > 0 {
            let fractionText = String(fraction)
            text.append(decimalMark)
            text += String(repeating: "0", count: fractionDigits - fractionText.count) + fractionText
        }
        return text
    }
}
