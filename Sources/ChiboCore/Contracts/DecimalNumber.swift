/// An exact decimal number of any length (`84.5`, `-3`, `75.1234567`), the one decimal
/// type of every stage: ingest writes targets.csv values with it, the indicators stage
/// compares results with targets with it, and the report formats and subtracts with it.
///
/// Held as its digits, normalized (no leading zeros in the integer part, no trailing zeros
/// in the fraction, zero never negative), so equal numbers are equal values and no
/// conversion to binary floating point can round.
public struct DecimalNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Whether the number is below zero.
    public private(set) var isNegative: Bool
    /// The integer part's digits as ASCII bytes, without leading zeros; empty for zero.
    public private(set) var integerDigits: [UInt8]
    /// The fraction's digits as ASCII bytes, without trailing zeros.
    public private(set) var fractionDigits: [UInt8]

    /// Creates a number from its sign and ASCII digits, dropping leading zeros of the
    /// integer part and trailing zeros of the fraction; `-0` becomes `0`.
    public init(
        isNegative: Bool, integerDigits: some Collection<UInt8>, fractionDigits: some Collection<UInt8>
    ) {
        self.integerDigits = Array(integerDigits.drop { $0 == UInt8(ascii: "0") })
        var fraction = Array(fractionDigits)
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        self.fractionDigits = fraction
        self.isNegative = isNegative && !(self.integerDigits.isEmpty && fraction.isEmpty)
    }

    /// Creates a whole number.
    public init(_ integer: Int) {
        self.init(
            isNegative: integer < 0, integerDigits: Array(String(integer.magnitude).utf8), fractionDigits: [])
    }

    /// Creates `hundredths` / 100, the form percentages are computed in.
    public init(hundredths: Int) {
        let digits = Array(String(hundredths.magnitude).utf8)
        let padded = Array(repeating: UInt8(ascii: "0"), count: max(0, 3 - digits.count)) + digits
        self.init(
            isNegative: hundredths < 0, integerDigits: padded.dropLast(2), fractionDigits: padded.suffix(2))
    }

    /// Parses the plain form `-?digits(.digits)?`; nil for anything else.
    public init?(_ text: some StringProtocol) {
        // Straight from the bytes when they are in one piece, as a string's are: a report
        // reads a million of these.
        if let parsed = text.utf8.withContiguousStorageIfAvailable({ DecimalNumber(plainUTF8: $0) }) {
            guard let parsed else { return nil }
            self = parsed
            return
        }
        var utf8 = Substring(text).utf8[...]
        let isNegative = utf8.first == UInt8(ascii: "-")
        if isNegative { utf8 = utf8.dropFirst() }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let integerPart = utf8.prefix(while: isDigit)
        var fraction = utf8.dropFirst(integerPart.count)
        guard !integerPart.isEmpty else { return nil }
        if !fraction.isEmpty {
            guard fraction.first == UInt8(ascii: "."), fraction.count > 1 else { return nil }
            fraction = fraction.dropFirst()
            guard fraction.allSatisfy(isDigit) else { return nil }
        }
        self.init(isNegative: isNegative, integerDigits: integerPart, fractionDigits: fraction)
    }

    /// `init?(_:)` of the UTF-8 bytes `bytes`.
    private init?(plainUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        let isNegative = count > 0 && bytes[0] == UInt8(ascii: "-")
        var index = isNegative ? 1 : 0
        let integerStart = index
        while index < count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            index += 1
        }
        let integerEnd = index
        guard integerEnd > integerStart else { return nil }
        var fractionStart = index
        if index < count {
            guard bytes[index] == UInt8(ascii: "."), count - index > 1 else { return nil }
            index += 1
            fractionStart = index
            while index < count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                index += 1
            }
            guard index == count else { return nil }
        }
        self.init(
            isNegative: isNegative,
            integerDigits: UnsafeBufferPointer(rebasing: bytes[integerStart..<integerEnd]),
            fractionDigits: UnsafeBufferPointer(rebasing: bytes[fractionStart..<count]))
    }

    /// Whether the number is zero.
    public var isZero: Bool { integerDigits.isEmpty && fractionDigits.isEmpty }

    /// Orders by value.
    public static func < (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool {
        if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
        let magnitudeOrder = compareMagnitudes(lhs, rhs)
        return lhs.isNegative ? magnitudeOrder > 0 : magnitudeOrder < 0
    }

    /// The sign of |lhs| − |rhs|.
    private static func compareMagnitudes(_ lhs: DecimalNumber, _ rhs: DecimalNumber) -> Int {
        if lhs.integerDigits.count != rhs.integerDigits.count {
            return lhs.integerDigits.count < rhs.integerDigits.count ? -1 : 1
        }
        if lhs.integerDigits != rhs.integerDigits {
            return lhs.integerDigits.lexicographicallyPrecedes(rhs.integerDigits) ? -1 : 1
        }
        // Without trailing zeros, fractions order as their digit strings do.
        if lhs.fractionDigits == rhs.fractionDigits { return 0 }
        return lhs.fractionDigits.lexicographicallyPrecedes(rhs.fractionDigits) ? -1 : 1
    }

    /// The difference `lhs − rhs`, exact.
    public static func - (lhs: DecimalNumber, rhs: DecimalNumber) -> DecimalNumber {
        var negated = rhs
        negated.isNegative = !rhs.isNegative && !rhs.isZero
        return lhs + negated
    }

    /// The sum `lhs + rhs`, exact.
    public static func + (lhs: DecimalNumber, rhs: DecimalNumber) -> DecimalNumber {
        let fractionCount = max(lhs.fractionDigits.count, rhs.fractionDigits.count)
        let integerCount = max(lhs.integerDigits.count, rhs.integerDigits.count) + 1
        func aligned(_ number: DecimalNumber) -> [Int] {
            let integer = number.integerDigits.map { Int($0 - UInt8(ascii: "0")) }
            let fraction = number.fractionDigits.map { Int($0 - UInt8(ascii: "0")) }
            return Array(repeating: 0, count: integerCount - integer.count) + integer + fraction
                + Array(repeating: 0, count: fractionCount - fraction.count)
        }
        var larger = aligned(lhs)
        var smaller = aligned(rhs)
        var isNegative = lhs.isNegative
        let isSubtraction = lhs.isNegative != rhs.isNegative
        if isSubtraction && compareMagnitudes(lhs, rhs) < 0 {
            swap(&larger, &smaller)
            isNegative = rhs.isNegative
        }
        var carry = 0
        for index in larger.indices.reversed() {
            var digit =
                isSubtraction
                ? larger[index] - smaller[index] - carry : larger[index] + smaller[index] + carry
            carry = 0
            if digit < 0 {
                digit += 10
                carry = 1
            } else if digit > 9 {
                digit -= 10
                carry = 1
            }
            larger[index] = digit
        }
        let bytes = larger.map { UInt8(ascii: "0") + UInt8($0) }
        return DecimalNumber(
            isNegative: isNegative, integerDigits: bytes.prefix(integerCount),
            fractionDigits: bytes.dropFirst(integerCount))
    }

    /// The number with `decimalMark` before the decimals, no trailing zeros, and the integer
    /// part's digits grouped by three with `groupSeparator` when one is given.
    public func formatted(decimalMark: Character = ".", groupSeparator: Character? = nil) -> String {
        // Written straight into the string's storage when every byte is ASCII (the report
        // formats millions of numbers); appending `Character`s costs far more.
        // (A one-byte character is ASCII; `asciiValue` would also take CR LF, as LF.)
        if decimalMark.utf8.count == 1, let mark = decimalMark.utf8.first,
            groupSeparator.map({ $0.utf8.count == 1 }) ?? true,
            integerDigits.allSatisfy({ $0 < 0x80 }), fractionDigits.allSatisfy({ $0 < 0x80 })
        {
            let separator = groupSeparator?.utf8.first
            let integerCount = max(integerDigits.count, 1)
            let separators = separator == nil ? 0 : (integerCount - 1) / 3
            let count =
                (isNegative ? 1 : 0) + integerCount + separators
                + (fractionDigits.isEmpty ? 0 : 1 + fractionDigits.count)
            return String(unsafeUninitializedCapacity: count) { buffer in
                var index = 0
                if isNegative {
                    buffer[0] = UInt8(ascii: "-")
                    index = 1
                }
                if integerDigits.isEmpty {
                    buffer[index] = UInt8(ascii: "0")
                    index += 1
                }
                for (position, digit) in integerDigits.enumerated() {
                    if let separator, position > 0, (integerDigits.count - position) % 3 == 0 {
                        buffer[index] = separator
                        index += 1
                    }
                    buffer[index] = digit
                    index += 1
                }
                if !fractionDigits.isEmpty {
                    buffer[index] = mark
                    index += 1
                    for digit in fractionDigits {
                        buffer[index] = digit
                        index += 1
                    }
                }
                return index
            }
        }
        var text = isNegative ? "-" : ""
        let integer = integerDigits.isEmpty ? [UInt8(ascii: "0")] : integerDigits
        for (index, digit) in integer.enumerated() {
            if let groupSeparator, index > 0, (integer.count - index) % 3 == 0 { text.append(groupSeparator) }
            text.unicodeScalars.append(Unicode.Scalar(digit))
        }
        if !fractionDigits.isEmpty {
            text.append(decimalMark)
            text += String(decoding: fractionDigits, as: UTF8.self)
        }
        return text
    }

    /// The plain form used in machine-readable files: `84.5`, `-3`, `0.25`.
    public var plain: String { formatted() }

    /// The plain form.
    public var description: String { plain }
}
