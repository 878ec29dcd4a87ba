import Testing

@testable import ChiboCore

@Suite struct PeriodTests {
    @Test(arguments: ["2017", "2018-01-01..2018-06-30", "2016-03-01..2016-12-31", "as_of", "term"])
    func parsesAndWritesTheSameForm(text: String) throws {
        #expect(try #require(Period(text)).description == text)
    }

    @Test(arguments: ["", "17", "2018-01-01", "2018-01-01..2019-01-01", "2018-06-30..2018-01-01", "asof"])
    func rejects(text: String) {
        #expect(Period(text) == nil)
    }

    @Test func sortsYearsThenAsOfThenTerm() throws {
        let texts = ["term", "as_of", "2018-01-01..2018-06-30", "2016", "2017"]
        let sorted = try texts.map { try #require(Period($0)) }.sorted { $0.sortKey < $1.sortKey }
        #expect(sorted.map(\.description) == ["2016", "2017", "2018-01-01..2018-06-30", "as_of", "term"])
    }

    @Test func aClippedYearMatchesItsYearAcrossQuarters() throws {
        let march = try #require(Period("2018-01-01..2018-03-31"))
        let june = try #require(Period("2018-01-01..2018-06-30"))
        #expect(march.comparisonKey == june.comparisonKey)
        #expect(Period.asOf.comparisonKey == .asOf)
        #expect(march.isPartialYear && !march.isFullYear && march.year == 2018)
        #expect(Period.year(2017).isFullYear && Period.term.year == nil)
    }
}
