import ChiboCore

/// Reads years and decimal numbers.
enum NumberNormalizer {
    /// A four-digit year, nil when empty; throws `year.invalid`.
    static func year(from raw: String) throws(ProblemCode) -> Int? {
        let text = TextNormalizer.trimmed(raw)
        if text.isEmpty { return nil }
        let bytes = Array(text.utf8)
        guard bytes.count == 4, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), bytes[0] != 0x30 else {
            throw .yearInvalid
        }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// A decimal number, nil when empty; `,` is accepted as the decimal point and
    /// thousands may be grouped. Throws `number.invalid`.
    static func decimal(from raw: String) throws(ProblemCode) -> DecimalNumber? {
        let text = TextNormalizer.trimmed(raw)
        if text.isEmpty { return nil }
        var bytes = Array(text.utf8)[...]
        // With both separators, the last one is the decimal point and the other groups
        // thousands: "1.234,5" (Vietnamese) and "1,234.5" are both 1234.5.
        if let comma = bytes.lastIndex(of: UInt8(ascii: ",")),
            let dot = bytes.lastIndex(of: UInt8(ascii: "."))
        {
            let grouping = comma > dot ? UInt8(ascii: ".") : UInt8(ascii: ",")
            let point = max(comma, dot)
            let groups = bytes[..<point].split(separator: grouping, omittingEmptySubsequences: false)
            guard groups.count > 1, groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                throw .numberInvalid
            }
            bytes = (bytes[..<point].filter { $0 != grouping } + bytes[point...])[...]
        }
        var isNegative = false
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            isNegative = sign == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        let integerPart = bytes.prefix(while: isDigit)
        var fraction = bytes.dropFirst(integerPart.count)
        if let point = fraction.first {
            guard point == UInt8(ascii: ".") || point == UInt8(ascii: ",") else { throw .numberInvalid }
            fraction = fraction.dropFirst()
            guard !fraction.isEmpty, fraction.allSatisfy(isDigit) else { throw .numberInvalid }
        }
        guard !integerPart.isEmpty || !fraction.isEmpty else { throw .numberInvalid }
        return DecimalNumber(isNegative: isNegative, integerDigits: integerPart, fractionDigits: fraction)
    }
}
