import ChiboCore

/// One calendar year of the review window, clipped to the window (SPEC "Review window").
public struct ClippedYear: Sendable, Hashable {
    /// The calendar year.
    public let year: Int
    /// The first day of the year inside the window.
    public let start: Day
    /// The last day of the year inside the window.
    public let end: Day

    /// Creates the year `year` clipped to `[windowStart, windowEnd]`.
    public init(year: Int, windowStart: Day, windowEnd: Day) {
        self.year = year
        start = max(Day.firstOfYear(year), windowStart)
        end = min(Day.lastOfYear(year), windowEnd)
    }

    /// Whether both 1 January and 31 December are inside the window.
    public var isFull: Bool { start == Day.firstOfYear(year) && end == Day.lastOfYear(year) }

    /// The period of indicators.csv: `2017` for a full year, `2018-01-01..2018-06-30` for a
    /// clipped one.
    public var period: Period { isFull ? .year(year) : .clippedYear(first: start, last: end) }

    /// Whether `day` lies in the clipped year.
    public func contains(_ day: Day) -> Bool { start <= day && day <= end }

    /// The months (bit `m - 1` for month `m`) wholly inside the clipped year.
    public var wholeMonthMask: UInt16 {
        var mask: UInt16 = 0
        for month in 1...12 {
            let first = Day(year: year, month: month, day: 1)!
            let last = Day(year: year, month: month, day: Day.daysInMonth(year: year, month: month))!
            if start <= first && last <= end { mask |= 1 << (month - 1) }
        }
        return mask
    }

    /// The whole months of the clipped year, 1–12.
    public var wholeMonths: [Int] { (1...12).filter { wholeMonthMask & (1 << ($0 - 1)) != 0 } }

    /// The month masks of the quarters (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec) wholly inside it.
    public var wholeQuarterMasks: [UInt16] { wholeSpans(ofMonths: 3) }

    /// The month masks of the half-years (Jan–Jun, Jul–Dec) wholly inside it.
    public var wholeHalfYearMasks: [UInt16] { wholeSpans(ofMonths: 6) }

    private func wholeSpans(ofMonths length: Int) -> [UInt16] {
        let months = wholeMonthMask
        var spans: [UInt16] = []
        for first in stride(from: 0, to: 12, by: length) {
            let span = UInt16((1 << length) - 1) << first
            if months & span == span { spans.append(span) }
        }
        return spans
    }
}
