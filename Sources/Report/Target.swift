import ChiboCore

/// A target as written in indicators.csv's `target` column: a comparator and a value
/// (`>=75`, `=0`, `>84`).
public struct Target: Hashable, Sendable {
    /// How the result is compared with the value.
    public var comparator: Comparator
    /// The value to reach.
    public var value: FixedDecimal

    /// Creates a target.
    public init(comparator: Comparator, value: FixedDecimal) {
        self.comparator = comparator
        self.value = value
    }

    /// Parses `comparator value`; nil for anything else.
    public init?(_ text: String) {
        // Two-character comparators first, so `>=` is not read as `>` then `=75`.
        let ordered: [Comparator] = [.atLeast, .atMost, .greaterThan, .lessThan, .equal]
        for comparator in ordered where text.hasPrefix(comparator.rawValue) {
            guard let value = FixedDecimal(text.dropFirst(comparator.rawValue.count)) else { return nil }
            self.init(comparator: comparator, value: value)
            return
        }
        return nil
    }

    /// The comparator as the mathematical sign a reader expects: `≥`, `>`, `≤`, `<`, `=`.
    public var sign: String {
        switch comparator {
        case .atLeast: "≥"
        case .greaterThan: ">"
        case .atMost: "≤"
        case .lessThan: "<"
        case .equal: "="
        }
    }

    /// The indicators.csv form, `>=75`.
    public var code: String { comparator.rawValue + value.plain }
}
