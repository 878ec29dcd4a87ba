/// What the catalog says about one indicator (SPEC "Indicator catalog"): its kind, its
/// periods, whether it is a rating, its Vietnamese name and definition, and its source.
///
/// Every stage and every output reads these facts from `IndicatorCode.definition`, the
/// one place they are stated.
public struct IndicatorDefinition: Sendable, Equatable {
    /// Whether an indicator's value is a count or a percentage.
    public enum Kind: Sendable, Equatable {
        /// `value` is the numerator; no denominator.
        case count
        /// `value` is 100 × numerator / denominator.
        case ratio
    }

    /// Which periods an indicator has rows for.
    public enum Periods: Sendable, Equatable {
        /// One row at AS_OF.
        case asOf
        /// One row per clipped year of the window.
        case perYear
        /// One row per clipped year, then one for the whole window.
        case perYearAndTerm
        /// One row for the whole window.
        case term
    }

    /// Count or ratio.
    public var kind: Kind
    /// The periods the indicator has rows for.
    public var periods: Periods
    /// Whether it is a rating indicator: no per-year row for a year whose 31 December is
    /// after AS_OF.
    public var isRating: Bool
    /// The name boards and staff read.
    public var vietnameseName: String
    /// One Vietnamese sentence saying what is counted.
    public var vietnameseDefinition: String
    /// The SPEC catalog's source clause (`002 B.I`, `Điều lệ art. 8`).
    public var source: String

    /// Creates a definition; `isRating` defaults to false.
    public init(
        _ kind: Kind, _ periods: Periods, isRating: Bool = false, name: String, definition: String,
        source: String
    ) {
        self.kind = kind
        self.periods = periods
        self.isRating = isRating
        vietnameseName = name
        vietnameseDefinition = definition
        self.source = source
    }

    /// Whether the value is a percentage.
    public var isRatio: Bool { kind == .ratio }
}
