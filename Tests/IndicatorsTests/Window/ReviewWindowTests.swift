import ChiboCore
import Testing

@testable import Indicators

@Suite struct ReviewWindowTests {
    @Test(arguments: [
        ("2018-Q1", "2018-03-31"), ("2018-Q2", "2018-06-30"), ("2018-Q3", "2018-09-30"),
        ("2018-Q4", "2018-12-31"), ("2020-Q1", "2020-03-31"),
    ])
    func quarterEndsOnItsLastDay(quarter: String, asOf: String) {
        #expect(ReviewWindow.lastDay(ofQuarter: quarter)?.description == asOf)
    }

    @Test(arguments: ["2018Q2", "2018-Q5", "2018-Q0", "18-Q2", "2018-q2", "2018-Q22", ""])
    func malformedQuarterIsRejected(quarter: String) {
        #expect(ReviewWindow.lastDay(ofQuarter: quarter) == nil)
    }

    @Test func termStartAfterAsOfIsAUsageError() {
        #expect(throws: IndicatorsError.self) {
            try ReviewWindow(quarter: "2018-Q2", termStart: Day(iso: "2018-07-01")!)
        }
    }

    @Test(arguments: [
        // (quarter, TERM_START, window start, clipped years, rated years) worked by hand:
        // the year to date, not before TERM_START; ratings only for a year ended by AS_OF.
        ("2018-Q2", "2016-01-01", "2018-01-01", ["2018-01-01..2018-06-30"], [Int]()),
        ("2018-Q4", "2016-01-01", "2018-01-01", ["2018"], [2018]),
        ("2016-Q3", "2016-03-15", "2016-03-15", ["2016-03-15..2016-09-30"], []),
        ("2019-Q1", "2018-07-01", "2019-01-01", ["2019-01-01..2019-03-31"], []),
    ])
    func theQuarterlyWindowIsTheYearToDate(
        quarter: String, termStart: String, start: String, years: [String], rated: [Int]
    ) throws {
        let window = try ReviewWindow(review: .quarterly, quarter: quarter, termStart: Day(iso: termStart)!)
        #expect(window.start.description == start)
        #expect(window.years.map(\.period.description) == years)
        #expect(window.ratedYears.map(\.year) == rated)
        // A sơ kết or tổng kết at the same quarter covers the term.
        for review in [ReviewKind.midTerm, .final] {
            let term = try ReviewWindow(review: review, quarter: quarter, termStart: Day(iso: termStart)!)
            #expect(term.start.description == termStart)
        }
    }

    @Test func yearsAreClippedToTheWindow() throws {
        // 2016-01-01 .. 2018-06-30: 2016 and 2017 are full, 2018 stops at AS_OF.
        let window = try ReviewWindow(quarter: "2018-Q2", termStart: Day(iso: "2016-01-01")!)
        #expect(window.asOf.description == "2018-06-30")
        #expect(window.years.map(\.period.description) == ["2016", "2017", "2018-01-01..2018-06-30"])
        #expect(window.years.map(\.isFull) == [true, true, false])
    }

    @Test func termStartMidYearClipsTheFirstYear() throws {
        // 2016-03-15 .. 2016-12-31: one partial year whose whole months are April–December,
        // whose whole quarters are Q2–Q4 and whose only whole half-year is July–December.
        let window = try ReviewWindow(quarter: "2016-Q4", termStart: Day(iso: "2016-03-15")!)
        let year = try #require(window.years.first)
        #expect(window.years.count == 1)
        #expect(year.period.description == "2016-03-15..2016-12-31")
        #expect(!year.isFull)
        #expect(year.wholeMonths == Array(4...12))
        #expect(year.wholeQuarterMasks == [0b0000_0011_1000, 0b0001_1100_0000, 0b1110_0000_0000])
        #expect(year.wholeHalfYearMasks == [0b1111_1100_0000])
    }

    @Test func aWindowInsideOneMonthHasNoWholeMonth() throws {
        // 2018-03-15 .. 2018-03-31: March is not whole, so nothing is.
        let window = try ReviewWindow(quarter: "2018-Q1", termStart: Day(iso: "2018-03-15")!)
        let year = try #require(window.years.first)
        #expect(year.wholeMonths.isEmpty)
        #expect(year.wholeQuarterMasks.isEmpty)
        #expect(year.wholeHalfYearMasks.isEmpty)
    }

    @Test func quarterMidYearKeepsTheWholeSpansBeforeAsOf() throws {
        // 2018-01-01 .. 2018-09-30: months 1–9, quarters Q1–Q3, half-year H1 only.
        let window = try ReviewWindow(quarter: "2018-Q3", termStart: Day(iso: "2018-01-01")!)
        let year = try #require(window.years.first)
        #expect(year.wholeMonths == Array(1...9))
        #expect(year.wholeQuarterMasks.count == 3)
        #expect(year.wholeHalfYearMasks == [0b0000_0011_1111])
        #expect(year.period.description == "2018-01-01..2018-09-30")
    }

    @Test func yearIndexPlacesDaysInsideTheWindowOnly() throws {
        let window = try ReviewWindow(quarter: "2018-Q2", termStart: Day(iso: "2016-03-01")!)
        #expect(window.yearIndex(of: Day(iso: "2016-02-29")!) == nil)
        #expect(window.yearIndex(of: Day(iso: "2016-03-01")!) == 0)
        #expect(window.yearIndex(of: Day(iso: "2017-12-31")!) == 1)
        #expect(window.yearIndex(of: Day(iso: "2018-06-30")!) == 2)
        #expect(window.yearIndex(of: Day(iso: "2018-07-01")!) == nil)
    }

    @Test func clippedYearsArePeriods() throws {
        let window = try ReviewWindow(quarter: "2018-Q2", termStart: Day(iso: "2017-01-01")!)
        #expect(window.years[0].period == .year(2017))
        #expect(window.years[1].period.description == "2018-01-01..2018-06-30")
        #expect(window.years[1].period.isPartialYear)
    }

    @Test func theCatalogPeriodsOfAWindow() throws {
        let window = try ReviewWindow(quarter: "2018-Q2", termStart: Day(iso: "2016-07-01")!)
        let years = ["2016-07-01..2016-12-31", "2017", "2018-01-01..2018-06-30"]
        #expect(window.periods(of: .admissions).map(\.description) == years + ["term"])
        #expect(window.periods(of: .attendanceRate).map(\.description) == years)
        // Ratings of 2018 are not due before 31 December 2018.
        #expect(window.periods(of: .weakOrganizations).map(\.description) == Array(years.prefix(2)))
        #expect(window.periods(of: .membersTotal) == [.asOf])
        #expect(window.periods(of: .cellsInspectedTerm) == [.term])
    }
}
