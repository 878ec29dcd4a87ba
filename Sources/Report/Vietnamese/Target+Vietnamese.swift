import ChiboCore

extension Target {
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
}
