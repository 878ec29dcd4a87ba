/// A decimal number as written in indicators.csv (`84.5`, `-3`, `2300`), held exactly
/// as an integer count of millionths so that deltas and reformatting never round.
public struct FixedDecimal: Hashable, Comparable, Sendable {
    /// The number times one million.
    public var millionths: Int64

    private static let scale: Int64 = 1_000_000
    private static let scaleDigits = 6

    /// Creates a number from its count of millionths.
    public init(millionths: Int64) { self.millionths = millionths }

    /// Creates a whole number.
    public init(_ integer: Int) { self.millionths = Int64(integer) * FixedDecimal.scale }

    /// Parses `-?digits(.digits)?` with at most six decimals; nil for anything else.
    public init?(_ text: some StringProtocol) {
        var utf8 = Substring(text).utf8[...]
        var isNegative = false
        if utf8.first == UInt8(ascii: "-") {
            isNegative = true
            utf8 = utf8.dropFirst()
        }
        var integerPart: Int64 = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var integerDigits = 0
        var isInFraction = false
        for byte in utf8 {
            if byte == UInt8(ascii: "."), !isInFraction {
                isInFraction = true
                continue
            }
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            if isInFraction {
                fractionDigits += 1
                guard fractionDigits <= FixedDecimal.scaleDigits else { return nil }
                fraction = fraction * 10 + Int64(digit)
            } else {
                integerDigits += 1
                guard integerDigits <= 12 else { return nil }
                integerPart = integerPart * 10 + Int64(digit)
            }
        }
        guard integerDigits > 0, !isInFraction || fractionDigits > 0 else { return nil }
        for _ in fractionDigits..<FixedDecimal.scaleDigits { fraction *= 10 }
        let magnitude = integerPart * FixedDecimal.scale + fraction
        millionths = isNegative ? -magnitude : magnitude
    }

    /// Orders by value.
    public static func < (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool { lhs.millionths < rhs.millionths }

    /// The difference `lhs − rhs`.
    public static func - (lhs: FixedDecimal, rhs: FixedDecimal) -> FixedDecimal {
        FixedDecimal(millionths: lhs.millionths - rhs.millionths)
    }

    /// Whether the number is below zero.
    public var isNegative: Bool { millionths < 0 }

    /// The number with `decimalMark` before the decimals, no trailing zeros, and the integer
    /// part's digits grouped by three with `groupSeparator` when one is given.
    public func formatted(decimalMark: Character = ".", groupSeparator: Character? = nil) -> String {
        let magnitude = millionths.magnitude
        let integerPart = magnitude / UInt64(FixedDecimal.scale)
        var fraction = magnitude % UInt64(FixedDecimal.scale)
        var integerText = String(integerPart)
        if let groupSeparator, integerText.count > 3 {
            var grouped = ""
            for (index, digit) in integerText.enumerated() {
                if index > 0, (integerText.count - index) % 3 == 0 { grouped.append(groupSeparator) }
                grouped.append(digit)
            }
            integerText = grouped
        }
        var text = (millionths < 0 ? "-" : "") + integerText
        if fraction != 0 {
            var digits = FixedDecimal.scaleDigits
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            let fractionText = String(fraction)
            text.append(decimalMark)
            text += String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return text
    }

    /// The plain form used in machine-readable files: `84.5`, `-3`.
    public var plain: String { formatted() }

    /// The Vietnamese form used in the text report: `84,5`, `2.300`, `-1.234,5`.
    public var vietnamese: String { formatted(decimalMark: ",", groupSeparator: ".") }

    /// The Vietnamese form with an explicit sign, for differences: `+6`, `-2,5`, `0`.
    public var signedVietnamese: String { millionths > 0 ? "+" + vietnamese : vietnamese }
}
