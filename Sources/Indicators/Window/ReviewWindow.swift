import ChiboCore

/// The review window and its clipped years (SPEC "Review window"): [TERM_START, AS_OF]
/// for a sơ kết or tổng kết, the year to date [max(1 January of year(AS_OF), TERM_START),
/// AS_OF] for a quarterly review.
public struct ReviewWindow: Sendable {
    /// The first day of the window.
    public let start: Day
    /// The last day of the review quarter.
    public let asOf: Day
    /// Each year from year(TERM_START) to year(AS_OF), clipped to the window, in order.
    public let years: [ClippedYear]

    /// Creates the window [`start`, `asOf`]; `start` must not be after `asOf`.
    public init(start: Day, asOf: Day) throws(IndicatorsError) {
        guard start <= asOf else {
            throw .usage(
                "ngày bắt đầu nhiệm kỳ (TERM_START) phải không sau \(asOf), nhận được '\(start)'")
        }
        self.start = start
        self.asOf = asOf
        years = (start.year...asOf.year).map {
            ClippedYear(year: $0, windowStart: start, windowEnd: asOf)
        }
    }

    /// Creates the window of a sơ kết or tổng kết ending on the last day of `quarter`
    /// (`2018-Q2`): the whole term so far.
    public init(quarter: String, termStart: Day) throws(IndicatorsError) {
        try self.init(review: .midTerm, quarter: quarter, termStart: termStart)
    }

    /// Creates the window of `review` ending on the last day of `quarter`: the term so far,
    /// or the year to date (not before `termStart`) for a quarterly review.
    public init(review: ReviewKind, quarter: String, termStart: Day) throws(IndicatorsError) {
        guard let asOf = ReviewWindow.lastDay(ofQuarter: quarter) else {
            throw .usage("QUARTER phải có dạng NĂM-Qn, ví dụ 2018-Q2; nhận được '\(quarter)'")
        }
        guard review == .quarterly, termStart <= asOf else {
            try self.init(start: termStart, asOf: asOf)
            return
        }
        try self.init(start: max(Day.firstOfYear(asOf.year), termStart), asOf: asOf)
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
        guard start <= day && day <= asOf else { return nil }
        return day.year - start.year
    }

    /// Whether `day` is inside the window.
    public func contains(_ day: Day) -> Bool { start <= day && day <= asOf }
}
