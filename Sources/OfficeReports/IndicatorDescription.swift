/// One indicator of the catalog, as the documents name and explain it.
public struct IndicatorDescription: Sendable, Equatable {
    /// The code written in indicators.csv (`admissions`).
    public var code: String
    /// The 1-based position in the catalog; nil for a code outside it.
    public var number: Int?
    /// The Vietnamese name.
    public var name: String
    /// One Vietnamese sentence saying what is counted; empty when not known.
    public var definition: String
    /// The source clause (`002 B.I`); empty when not known.
    public var source: String
    /// Whether the value is a percentage (0–100) rather than a count.
    public var isRatio: Bool

    /// Creates a description.
    public init(code: String, number: Int?, name: String, definition: String, source: String, isRatio: Bool) {
        self.code = code
        self.number = number
        self.name = name
        self.definition = definition
        self.source = source
        self.isRatio = isRatio
    }

    /// `%` for a ratio, `số lượng` for a count.
    public var unitOfMeasure: String { isRatio ? "%" : "số lượng" }
}
