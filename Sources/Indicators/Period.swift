/// The period an indicators.csv row covers.
public enum Period: Sendable, Hashable {
    /// A (possibly clipped) year of the window.
    case year(ClippedYear)
    /// The single day AS_OF.
    case asOf
    /// The whole window.
    case term

    /// The `period` column: `2017`, `2018-01-01..2018-06-30`, `as_of` or `term`.
    public var label: String {
        switch self {
        case .year(let clipped): clipped.label
        case .asOf: "as_of"
        case .term: "term"
        }
    }

    /// Whether the period is a clipped year that is not a full year (its status is empty).
    public var isPartialYear: Bool {
        if case .year(let clipped) = self { !clipped.isFull } else { false }
    }

    /// The year a target's [from_year, to_year] is checked against.
    public func targetYear(in window: ReviewWindow) -> Int {
        if case .year(let clipped) = self { clipped.year } else { window.asOf.year }
    }
}
