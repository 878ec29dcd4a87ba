import ChiboCore

/// The review window [TERM_START, AS_OF] and its clipped years (SPEC "Review window").
public struct ReviewWindow: Sendable {
    /// The first day of the resolution's term.
    public let termStart: Day
    /// The last day of the review quarter.
    public let asOf: Day
    /// Each year from year(TERM_START) to year(AS_OF), clipped to the window, in order.
    public let years: [ClippedYear]

    /// Creates the window; `termStart` must not be after `asOf`.
    public init(termStart: Day, asOf: Day) throws(IndicatorsError) {
        guard termStart <= asOf else {
            throw .usage("expected a term start on or before \(asOf), found '\(termStart)'")
        }
        self.termStart = termStart
        self.asOf = asOf
        years = (termStart.year...asOf.year).map {
            ClippedYear(year: $0, windowStart: termStart, windowEnd: asOf)
        }
    }

    /// Creates the window ending on the last day of `quarter` (`2018-Q2`).
    public init(quarter: String, termStart: Day) throws(IndicatorsError) {
        guard let asOf = ReviewWindow.lastDay(ofQuarter: quarter) else {
            throw .usage("expected a quarter like 2018-Q2, found '\(quarter)'")
        }
        try self.init(termStart: termStart, asOf: asOf)
    }

    /// The last day of a quarter written `yyyy-Qn`, or nil when malformed.
    public static func lastDay(ofQuarter quarter: String) -> Day? {
        Quarter(quarter)?.lastDay
    }

    /// The years whose ratings count: those whose 31 December is on or before AS_OF
    /// (SPEC "Review window"), a prefix of `years`.
    public var ratedYears: [ClippedYear] { years.filter { Day.lastOfYear($0.year) <= asOf } }

    /// The periods the catalog lists for `code` in this window, in row order.
    public func periods(of code: IndicatorCode) -> [Period] {
        let definition = code.definition
        let years = (definition.isRating ? ratedYears : years).map(\.period)
        switch definition.periods {
        case .asOf: return [.asOf]
        case .perYear: return years
        case .perYearAndTerm: return years + [.term]
        case .term: return [.term]
        }
    }

    /// The index in `years` of the clipped year holding `day`, or nil outside the window.
    public func yearIndex(of day: Day) -> Int? {
        guard termStart <= day && day <= asOf else { return nil }
        return day.year - termStart.year
    }

    /// Whether `day` is inside the window.
    public func contains(_ day: Day) -> Bool { termStart <= day && day <= asOf }
}
