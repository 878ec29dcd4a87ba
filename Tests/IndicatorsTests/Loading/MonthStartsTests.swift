import ChiboCore
import Testing

@testable import Indicators

@Suite struct MonthStartsTests {
    @Test func everyDayIsNumberedAsDayNumbersIt() {
        // Every year of the table and one on each side, every month and one on each side,
        // every day of a month and those around it (29 February of leap and other years).
        for year in (MonthStarts.firstYear - 1)...(MonthStarts.firstYear + MonthStarts.yearCount) {
            for month in 0...13 {
                for day in -1...32 {
                    let expected = Day(year: year, month: month, day: day)?.number
                    #expect(
                        MonthStarts.number(year: year, month: month, day: day) == expected,
                        "\(year)-\(month)-\(day)")
                }
            }
        }
        for year in [0, 1, 1582, 9999, 10000] {
            #expect(
                MonthStarts.number(year: year, month: 3, day: 1) == Day(year: year, month: 3, day: 1)?.number)
        }
    }
}
