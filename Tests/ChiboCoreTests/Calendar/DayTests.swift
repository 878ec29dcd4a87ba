import Testing

@testable import ChiboCore

@Suite struct DayTests {
    @Test(arguments: [
        (year: 1970, month: 1, day: 1, number: 0),
        (year: 1969, month: 12, day: 31, number: -1),
        (year: 2000, month: 3, day: 1, number: 11_017),
        (year: 2016, month: 1, day: 1, number: 16_801),
        (year: 1900, month: 1, day: 1, number: -25_567),
    ])
    func dayNumbersMatchTheCalendar(year: Int, month: Int, day: Int, number: Int32) throws {
        let value = try #require(Day(year: year, month: month, day: day))
        #expect(value.number == number)
        #expect(value.components == (year, month, day))
    }

    @Test func everyDayOfFourCenturiesRoundTrips() {
        // 1900-01-01 … 2299-12-31 covers both the 100- and the 400-year leap rules.
        let first = Day(year: 1900, month: 1, day: 1)!.number
        let last = Day(year: 2299, month: 12, day: 31)!.number
        var expected = (year: 1900, month: 1, day: 1)
        for number in first...last {
            let components = Day(number: number).components
            #expect(components == expected)
            if components != expected { break }
            expected.day += 1
            if expected.day > Day.daysInMonth(year: expected.year, month: expected.month) {
                expected.day = 1
                expected.month += 1
                if expected.month > 12 {
                    expected.month = 1
                    expected.year += 1
                }
            }
        }
    }

    @Test(arguments: [
        (text: "2018-02-29", isValid: false),
        (text: "2016-02-29", isValid: true),
        (text: "1900-02-29", isValid: false),
        (text: "2000-02-29", isValid: true),
        (text: "2018-04-31", isValid: false),
        (text: "2018-13-01", isValid: false),
        (text: "2018-00-10", isValid: false),
        (text: "2018-1-01", isValid: false),
    ])
    func isoParsingRejectsImpossibleDays(text: String, isValid: Bool) {
        #expect((Day(iso: text) != nil) == isValid)
        if isValid { #expect(Day(iso: text)?.description == text) }
    }

    @Test(arguments: [
        // SPEC, Calendar: 29 February + 1 year = 28 February.
        (start: "2016-02-29", months: 12, expected: "2017-02-28"),
        (start: "2016-02-29", months: 48, expected: "2020-02-29"),
        (start: "2018-01-31", months: 1, expected: "2018-02-28"),
        (start: "2020-01-31", months: 1, expected: "2020-02-29"),
        (start: "2018-03-31", months: -1, expected: "2018-02-28"),
        (start: "2018-10-15", months: 3, expected: "2019-01-15"),
        (start: "2000-02-29", months: 18 * 12, expected: "2018-02-28"),
    ])
    func addingMonthsClampsToTheMonthEnd(start: String, months: Int, expected: String) throws {
        let day = try #require(Day(iso: start))
        #expect(day.adding(months: months).description == expected)
    }

    @Test func probationDeadlineIsTwelveMonthsAndThirtyDays() throws {
        // 2017-02-28 + 12 months = 2018-02-28, + 30 days = 2018-03-30.
        let admitted = try #require(Day(iso: "2017-02-28"))
        #expect(admitted.adding(months: 12).adding(days: 30).description == "2018-03-30")
    }
}
