import ChiboCore
import Testing

@testable import Report

@Suite struct DataCoverageTests {
    /// The coverage of a quarterly review whose AS_OF is `asOf` on data ending `until`.
    static func coverage(until: String?, asOf: String) -> DataCoverage {
        let day = Day(iso: asOf)!
        let quarter = Quarter(year: day.year, number: (day.month - 1) / 3 + 1)
        precondition(quarter.lastDay == day, "AS_OF is the last day of a quarter")
        return DataCoverage(
            record: ReviewRecord(
                review: ReviewName(kind: .quarterly, quarter: quarter),
                windowStart: Day.firstOfYear(day.year),
                meetingDeadlineDay: 10, previous: nil, inputSHA256: "",
                dataUntil: until.flatMap { Day(iso: $0) }))
    }

    @Test(arguments: [
        // Data up to 28 June 2018: complete for 2018-Q2, incomplete for 2018-Q3 and later.
        ("2018-06-28", "2018-06-30", false), ("2018-06-28", "2018-09-30", true),
        ("2020-12-31", "2025-12-31", true), ("2018-04-01", "2018-06-30", false),
        // A date in a later quarter than AS_OF (a meeting typed in the future) is complete.
        ("2019-01-05", "2018-12-31", false),
    ])
    func isIncompleteWhenAsOfIsAfterTheQuarterOfTheLastMeeting(until: String, asOf: String, incomplete: Bool)
    {
        let coverage = Self.coverage(until: until, asOf: asOf)
        #expect(coverage.isIncomplete == incomplete)
        #expect((coverage.warning != nil) == incomplete)
    }

    @Test func theWarningNamesTheDateTheDataEndAndThatLaterFiguresAreIncomplete() throws {
        let coverage = Self.coverage(until: "2020-12-28", asOf: "2025-12-31")
        #expect(
            coverage.statement
                == "Dữ liệu đến ngày 28/12/2020 (buổi sinh hoạt chi bộ muộn nhất được tiếp nhận).")
        let warning = try #require(coverage.warning)
        #expect(warning.contains("chỉ có đến ngày 28/12/2020"))
        #expect(warning.contains("chưa đầy đủ"))
        #expect(warning.contains("31/12/2025"))
    }

    @Test func noMeetingAtAllIsIncomplete() {
        let coverage = Self.coverage(until: nil, asOf: "2018-06-30")
        #expect(coverage.isIncomplete)
        #expect(coverage.statement.contains("không có buổi sinh hoạt chi bộ nào"))
    }
}

@Suite struct DataCoverageOfAnEarlierReviewTests {
    @Test func dataReachingPastTheReviewDateAreSaidToCountOnlyUpToIt() {
        let coverage = DataCoverageTests.coverage(until: "2020-12-31", asOf: "2018-06-30")
        #expect(!coverage.isIncomplete)
        #expect(coverage.statement.contains("có đến ngày 31/12/2020"))
        #expect(coverage.statement.contains("chỉ tính đến ngày 30/06/2018"))
    }
}
