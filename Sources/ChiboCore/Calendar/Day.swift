/// A calendar day in the proleptic Gregorian calendar, stored as the number of days
/// since 1970-01-01, so that comparisons and differences are integer operations.
///
/// Time zones never enter: a day is a date, not an instant.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public var number: Int32

    /// Days compare by their day numbers.
    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }

    /// Creates a day from its day number.
    public init(number: Int32) { self.number = number }

    /// Creates a day from its components, or returns nil when they do not name a real day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= Day.daysInMonth(year: year, month: month)
        else { return nil }
        self.number = Int32(Day.daysFromCivil(year: year, month: month, day: day))
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month of a year.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    // Howard Hinnant's days_from_civil: exact for every Gregorian date.
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The year, month and day of this day.
    public var components: (year: Int, month: Int, day: Int) {
        let z = Int(number) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// The year of this day.
    public var year: Int { components.year }

    /// The month (1–12) of this day.
    public var month: Int { components.month }

    /// The day of the month (1–31).
    public var dayOfMonth: Int { components.day }

    /// This day moved by `months` calendar months, keeping the day of the month and
    /// clamping it to the target month's last day (31 January + 1 month = 28/29 February).
    public func adding(months: Int) -> Day {
        let (year, month, day) = components
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        let newDay = min(day, Day.daysInMonth(year: newYear, month: newMonth))
        return Day(number: Int32(Day.daysFromCivil(year: newYear, month: newMonth, day: newDay)))
    }

    /// This day moved by `years` calendar years, clamped (29 February + 1 year = 28 February).
    public func adding(years: Int) -> Day { adding(months: years * 12) }

    /// This day moved by `days` days.
    public func adding(days: Int) -> Day { Day(number: number + Int32(days)) }

    /// The ISO 8601 form `yyyy-mm-dd`.
    public var description: String {
        let (year, month, day) = components
        return Day.pad(year, 4) + "-" + Day.pad(month, 2) + "-" + Day.pad(day, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// 1 January of `year`.
    public static func firstOfYear(_ year: Int) -> Day { Day(year: year, month: 1, day: 1)! }

    /// 31 December of `year`.
    public static func lastOfYear(_ year: Int) -> Day { Day(year: year, month: 12, day: 31)! }

    /// The first day of this day's month.
    public var firstOfMonth: Day {
        let (year, month, _) = components
        return Day(year: year, month: month, day: 1)!
    }

    /// Parses the ISO form `yyyy-mm-dd` exactly, as written in normalized files.
    public init?(iso bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            return nil
        }
        // No array of parts: this runs for every date of the big files.
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for position in range {
                let digit = bytes[position] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
            return nil
        }
        self.init(year: year, month: month, day: day)
    }

    /// Parses the ISO form `yyyy-mm-dd` exactly.
    public init?(iso text: String) {
        var text = text
        guard
            let day = text.withUTF8({ buffer in Day(iso: buffer) })
        else { return nil }
        self = day
    }
}
