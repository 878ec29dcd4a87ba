/// The period an indicators.csv row covers: a full year, a year clipped to the review
/// window, the review date (`as_of`) or the whole window (`term`) (SPEC "Computation
/// rules", Periods).
public enum Period: Hashable, Sendable, CustomStringConvertible {
    /// A whole calendar year, written `2017`.
    case year(Int)
    /// A year clipped to the window, written `2018-01-01..2018-06-30`.
    case clippedYear(first: Day, last: Day)
    /// The review date AS_OF, written `as_of`.
    case asOf
    /// The whole window, written `term`.
    case term

    /// Parses the indicators.csv form; nil for anything else.
    public init?(_ text: String) {
        switch text {
        case "as_of":
            self = .asOf
        case "term":
            self = .term
        default:
            // A year, on most rows, without copying its bytes out.
            if text.utf8.count == 4, let year = Int(text), year > 0 {
                self = .year(year)
                return
            }
            let utf8 = Array(text.utf8)
            if utf8.count == 22, utf8[10] == UInt8(ascii: "."), utf8[11] == UInt8(ascii: "."),
                let first = Day(iso: String(decoding: utf8[0..<10], as: UTF8.self)),
                let last = Day(iso: String(decoding: utf8[12..<22], as: UTF8.self)),
                first.year == last.year, first <= last
            {
                self = .clippedYear(first: first, last: last)
            } else {
                return nil
            }
        }
    }

    /// The indicators.csv form: `2017`, `2018-01-01..2018-06-30`, `as_of`, `term`.
    public var description: String {
        switch self {
        case .year(let year): String(year)
        case .clippedYear(let first, let last): "\(first)..\(last)"
        case .asOf: "as_of"
        case .term: "term"
        }
    }

    /// The calendar year of a per-year period; nil for `as_of` and `term`.
    public var year: Int? {
        switch self {
        case .year(let year): year
        case .clippedYear(let first, _): first.year
        case .asOf, .term: nil
        }
    }

    /// Whether the period is a whole calendar year (the only per-year periods with a status).
    public var isFullYear: Bool {
        if case .year = self { return true }
        return false
    }

    /// Whether the period is a year clipped to the window (its status is empty).
    public var isPartialYear: Bool {
        if case .clippedYear = self { return true }
        return false
    }

    /// The first day of a per-year period.
    public var firstDay: Day? {
        switch self {
        case .year(let year): Day.firstOfYear(year)
        case .clippedYear(let first, _): first
        case .asOf, .term: nil
        }
    }

    /// Sorts periods chronologically, `as_of` after the years and `term` last (SPEC "Order").
    public var sortKey: Int {
        switch self {
        case .year(let year): year
        case .clippedYear(let first, _): first.year
        case .asOf: Int.max - 1
        case .term: Int.max
        }
    }

    /// The key two reviews' rows are matched on: the year for per-year periods (a clipped
    /// year grows from one quarter to the next but is still that year), else the period.
    public var comparisonKey: Period {
        if let year { return .year(year) }
        return self
    }
}
