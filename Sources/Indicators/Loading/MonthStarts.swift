import ChiboCore

/// The day numbers of the first day of every month of the years 1900–2199, so that a
/// date of the normalized files (three a member) is its month's start plus its day,
/// checked against the month's length, instead of Gregorian arithmetic with divisions.
/// The table is made with `Day` itself; other years take `Day`'s way.
enum MonthStarts {
    static let firstYear = 1900
    static let yearCount = 300

    /// `starts[(year - firstYear) * 12 + month - 1]`, then the first day after the last
    /// month.
    static let starts: [Int32] = {
        var starts: [Int32] = []
        starts.reserveCapacity(yearCount * 12 + 1)
        for year in firstYear..<(firstYear + yearCount) {
            for month in 1...12 { starts.append(Day(year: year, month: month, day: 1)!.number) }
        }
        starts.append(Day(year: firstYear + yearCount, month: 1, day: 1)!.number)
        return starts
    }()

    /// The day number of `year`-`month`-`day`, as `Day(year:month:day:)` gives it; nil
    /// when that is not a real day.
    @inline(__always)
    static func number(year: Int, month: Int, day: Int) -> Int32? {
        let yearOffset = year &- firstYear
        guard yearOffset >= 0, yearOffset < yearCount, month >= 1, month <= 12 else {
            return Day(year: year, month: month, day: day)?.number
        }
        return starts.withUnsafeBufferPointer { starts in
            let slot = yearOffset &* 12 &+ month &- 1
            let start = starts[slot]
            guard day >= 1, day <= Int(starts[slot &+ 1] &- start) else { return nil }
            return start &+ Int32(truncatingIfNeeded: day &- 1)
        }
    }
}
