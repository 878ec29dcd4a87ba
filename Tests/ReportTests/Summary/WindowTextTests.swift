import ChiboCore
import Testing

@testable import Report

@Suite struct WindowTextTests {
    static func record(_ review: String, start: String) -> ReviewRecord {
        ReviewRecord(
            review: ReviewName(review)!, windowStart: Day(iso: start)!, meetingDeadlineDay: 10, previous: nil,
            inputSHA256: "", dataUntil: nil)
    }

    @Test(arguments: [
        ("2016-01-01", "2018-06-30", "2 năm 6 tháng"), ("2018-01-01", "2018-06-30", "6 tháng"),
        ("2016-01-01", "2020-12-31", "5 năm"), ("2016-03-15", "2016-03-31", "17 ngày"),
    ])
    func lengthInYearsAndMonths(start: String, end: String, length: String) {
        #expect(WindowText.length(from: Day(iso: start)!, to: Day(iso: end)!) == length)
    }

    @Test func aQuarterlyReviewAndTheSameQuarterAYearEarlierDoNotDiffer() {
        #expect(
            WindowText.difference(
                current: Self.record("quy/2019-Q3", start: "2019-01-01"),
                previous: Self.record("quy/2018-Q3", start: "2018-01-01")) == nil)
    }

    @Test func windowsOfAnotherLengthOrStartAreSaidToDiffer() throws {
        let length = try #require(
            WindowText.difference(
                current: Self.record("tong-ket/2020-Q4", start: "2016-01-01"),
                previous: Self.record("so-ket/2018-Q2", start: "2016-01-01")))
        #expect(length.contains("dài khác nhau (5 năm so với 2 năm 6 tháng)"))
        #expect(!length.contains("bắt đầu"))
        // Another TERM_START: both the start and the length differ.
        let start = try #require(
            WindowText.difference(
                current: Self.record("so-ket/2018-Q2", start: "2016-01-01"),
                previous: Self.record("so-ket/2018-Q2", start: "2016-03-01")))
        #expect(start.contains("bắt đầu khác ngày (01/01/2016 so với 01/03/2016)"))
        #expect(start.contains("dài khác nhau"))
        // A year to date that starts at TERM_START in the earlier year.
        let quarterly = try #require(
            WindowText.difference(
                current: Self.record("quy/2017-Q2", start: "2017-01-01"),
                previous: Self.record("quy/2016-Q2", start: "2016-03-01")))
        #expect(quarterly.contains("bắt đầu khác ngày"))
    }
}
