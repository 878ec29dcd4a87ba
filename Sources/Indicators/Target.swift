import ChiboCore

/// A target (chỉ tiêu) of the resolution, as read from targets.csv.
public struct Target: Sendable, Equatable {
    /// The indicator it applies to.
    public var code: IndicatorCode
    /// How the value is compared.
    public var comparator: Comparator
    /// The target value as written (a plain decimal with `.`).
    public var value: String
    /// The first year it applies to; nil = open.
    public var fromYear: Int?
    /// The last year it applies to; nil = open.
    public var toYear: Int?
    /// The rows it is limited to; nil = province and district rows.
    public var scope: TargetScope?

    /// Creates a target.
    public init(
        code: IndicatorCode, comparator: Comparator, value: String, fromYear: Int? = nil, toYear: Int? = nil,
        scope: TargetScope? = nil
    ) {
        self.code = code
        self.comparator = comparator
        self.value = value
        self.fromYear = fromYear
        self.toYear = toYear
        self.scope = scope
    }

    /// The `target` column: the comparator then the value (`>=75`).
    public var text: String { comparator.rawValue + value }

    /// Whether a value of `hundredths` / 100 satisfies the target; nil when the target
    /// value is not a decimal number.
    public func isMet(byHundredths hundredths: Int) -> Bool? {
        guard let order = Target.compare(hundredths: hundredths, with: value) else { return nil }
        switch comparator {
        case .atLeast: return order >= 0
        case .greaterThan: return order > 0
        case .atMost: return order <= 0
        case .lessThan: return order < 0
        case .equal: return order == 0
        }
    }

    /// The sign of `hundredths / 100 − decimal`, computed exactly; nil when `decimal` is not
    /// a plain decimal number.
    static func compare(hundredths: Int, with decimal: String) -> Int? {
        var bytes = Array(decimal.utf8)
        var isNegative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            isNegative = first == UInt8(ascii: "-")
            bytes.removeFirst()
        }
        let point = bytes.firstIndex(of: UInt8(ascii: ".")) ?? bytes.count
        let whole = bytes[..<point]
        let fraction = point < bytes.count ? bytes[(point + 1)...] : []
        guard !(whole.isEmpty && fraction.isEmpty),
            (whole + fraction).allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        // The target as T/100 + r with T whole hundredths and 0 ≤ r < 1/100.
        var targetHundredths = 0
        var isHuge = false
        for byte in whole.drop(while: { $0 == UInt8(ascii: "0") }) {
            if targetHundredths > Int.max / 1000 {
                isHuge = true
                break
            }
            targetHundredths = targetHundredths * 10 + Int(byte - UInt8(ascii: "0"))
        }
        let fractionDigits = Array(fraction)
        for position in 0..<2 {
            let digit =
                position < fractionDigits.count ? Int(fractionDigits[position] - UInt8(ascii: "0")) : 0
            targetHundredths = targetHundredths * 10 + digit
        }
        let hasRemainder = fractionDigits.dropFirst(2).contains { $0 != UInt8(ascii: "0") }
        // Values are never negative, so any negative target is below them.
        if isNegative && (isHuge || targetHundredths != 0 || hasRemainder) { return 1 }
        if isHuge || hundredths < targetHundredths { return -1 }
        if hundredths > targetHundredths { return 1 }
        return hasRemainder ? -1 : 0
    }
}
