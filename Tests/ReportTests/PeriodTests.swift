import ChiboCore
import Testing

@testable import Report

@Suite struct PeriodTests {
    private let asOf = Day(year: 2018, month: 6, day: 30)!

    @Test(arguments: [
        ("2017", "Năm 2017"),
        ("2018-01-01..2018-06-30", "01/01-30/06/2018"),
        ("2016-03-01..2016-12-31", "01/03-31/12/2016"),
        ("as_of", "Tại 30/06/2018"),
        ("term", "Cả nhiệm kỳ"),
    ])
    func parsesAndLabels(code: String, label: String) throws {
        let period = try #require(Period(code))
        #expect(period.code == code)
        #expect(period.label(asOf: asOf) == label)
    }

    @Test(arguments: ["", "17", "2018-01-01", "2018-01-01..2019-01-01", "2018-06-30..2018-01-01", "asof"])
    func rejects(code: String) {
        #expect(Period(code) == nil)
    }

    @Test func sortsYearsThenAsOfThenTerm() throws {
        let codes = ["term", "as_of", "2018-01-01..2018-06-30", "2016", "2017"]
        let sorted = try codes.map { try #require(Period($0)) }.sorted { $0.sortKey < $1.sortKey }
        #expect(sorted.map(\.code) == ["2016", "2017", "2018-01-01..2018-06-30", "as_of", "term"])
    }

    @Test func aClippedYearMatchesItsYearAcrossQuarters() throws {
        let march = try #require(Period("2018-01-01..2018-03-31"))
        let june = try #require(Period("2018-01-01..2018-06-30"))
        #expect(march.comparisonKey == june.comparisonKey)
        #expect(Period.asOf.comparisonKey == .asOf)
    }

    @Test func quartersEndOnTheirLastDayAndStepBack() throws {
        let quarter = try #require(Quarter("2018-Q1"))
        #expect(quarter.lastDay == Day(year: 2018, month: 3, day: 31)!)
        #expect(quarter.previous.description == "2017-Q4")
        #expect(Quarter("2018-Q5") == nil)
        #expect(Quarter("18-Q1") == nil)
    }
}
