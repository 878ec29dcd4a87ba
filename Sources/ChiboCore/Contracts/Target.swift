/// A target (chỉ tiêu) as written in indicators.csv's `target` column: a comparator and a
/// value (`>=75`, `=0`, `>84`).
public struct Target: Hashable, Sendable, CustomStringConvertible {
    /// How the result is compared with the value.
    public var comparator: Comparator
    /// The value to reach.
    public var value: DecimalNumber

    /// Creates a target.
    public init(comparator: Comparator, value: DecimalNumber) {
        self.comparator = comparator
        self.value = value
    }

    /// Parses `comparator value`; nil for anything else.
    public init?(_ text: String) {
        // Two-character comparators first, so `>=` is not read as `>` then `=75`.
        let ordered: [Comparator] = [.atLeast, .atMost, .greaterThan, .lessThan, .equal]
        for comparator in ordered where text.hasPrefix(comparator.rawValue) {
            guard let value = DecimalNumber(text.dropFirst(comparator.rawValue.count)) else { return nil }
            self.init(comparator: comparator, value: value)
            return
        }
        return nil
    }

    /// Whether `result` satisfies the target, compared exactly.
    public func isMet(by result: DecimalNumber) -> Bool {
        switch comparator {
        case .atLeast: result >= value
        case .greaterThan: result > value
        case .atMost: result <= value
        case .lessThan: result < value
        case .equal: result == value
        }
    }

    /// The indicators.csv form, `>=75`.
    public var description: String { comparator.rawValue + value.plain }
}
