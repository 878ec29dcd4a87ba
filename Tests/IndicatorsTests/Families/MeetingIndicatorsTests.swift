import Testing

@testable import Indicators

/// Window 2018-01-01 .. 2018-06-30: one clipped year with whole months January–June,
/// whole quarters Q1–Q2 and the whole half-year H1.
@Suite struct MeetingIndicatorsTests {
    static let year = "2018-01-01..2018-06-30"

    static func fixture() -> NormalizedFixture {
        var fixture = NormalizedFixture.standard()
        // C4 and C5 are not active all the clipped year, C6 is.
        fixture.organization("C4", level: "cell", parent: "G2", ["established_on": "2018-02-01"])
        fixture.organization("C5", level: "cell", parent: "D1", ["dissolved_on": "2018-06-30"])
        fixture.organization("C6", level: "cell", parent: "D1", ["dissolved_on": "2018-07-01"])
        // C1: every month; on time (day ≤ 10) in Jan, Feb, Apr, Jun; all with a resolution;
        // qualities good, fair, average, poor, none, none.
        let c1 = [
            ("2018-01-05", "good"), ("2018-02-10", "fair"), ("2018-03-11", "average"), ("2018-04-01", "poor"),
            ("2018-05-20", ""), ("2018-06-10", ""),
        ]
        for (index, (date, quality)) in c1.enumerated() {
            fixture.meeting(
                "c1-\(index)", org: "C1", date: date, ["has_resolution": "true", "quality": quality])
        }
        // C2: January–May only, all on the 3rd, all good; the first two with a resolution.
        for month in 1...5 {
            fixture.meeting(
                "c2-\(month)", org: "C2", date: "2018-0\(month)-03",
                ["quality": "good", "has_resolution": month <= 2 ? "true" : "false"])
        }
        // Before the window.
        fixture.meeting("c2-old", org: "C2", date: "2017-12-05", ["has_resolution": "true"])
        fixture.meeting("c4-1", org: "C4", date: "2018-03-05", ["superior_attended": "true"])
        fixture.meeting("c5-1", org: "C5", date: "2018-03-01")
        for month in 1...6 {
            fixture.meeting(
                "c6-\(month)", org: "C6", date: "2018-0\(month)-15",
                ["superior_attended": month == 1 ? "true" : "false"])
        }
        // Thematic meetings: C1 in Q1 and Q2; C2 in Q1 only; C6 twice in Q2.
        fixture.meeting("t1", org: "C1", date: "2018-02-14", kind: "thematic")
        fixture.meeting("t2", org: "C1", date: "2018-05-14", kind: "thematic")
        fixture.meeting("t3", org: "C2", date: "2018-01-20", kind: "thematic")
        fixture.meeting("t4", org: "C2", date: "2018-05-20", kind: "extraordinary")
        fixture.meeting("t5", org: "C6", date: "2018-04-01", kind: "thematic")
        fixture.meeting("t6", org: "C6", date: "2018-06-01", kind: "thematic")
        return fixture
    }

    let result = try! fixture().compute(quarter: "2018-Q2", termStart: "2018-01-01")

    @Test func regularityCountsCellsActiveAllYearWithAMeetingEveryWholeMonth() {
        // Active all year: C1, C6 (D1), C2 (D2); C4, C5 are not. Regular: C1, C6.
        #expect(result.cell(.periodicMeetingRegularity, "P", Self.year) == "2/3=66.67")
        #expect(result.cell(.periodicMeetingRegularity, "D1", Self.year) == "2/2=100")
        #expect(result.cell(.periodicMeetingRegularity, "D2", Self.year) == "0/1=0")
        #expect(result.cell(.periodicMeetingRegularity, "D3", Self.year) == "0/0=")
    }

    @Test func onTimeUsesEveryPeriodicMeetingOfTheYear() {
        // Periodic meetings in the year: C1 6, C2 5, C4 1, C5 1, C6 6 = 19 (whatever the
        // chi bộ's state). On time: C1 4, C2 5, C4 1, C5 1, C6 0 = 11 → 57.894… → 57.89.
        #expect(result.cell(.periodicMeetingOnTime, "P", Self.year) == "11/19=57.89")
        // D1: C1 + C5 + C6 = 13 meetings, 5 on time → 38.46. D2: C2 + C4 = 6, all on time.
        #expect(result.cell(.periodicMeetingOnTime, "D1", Self.year) == "5/13=38.46")
        #expect(result.cell(.periodicMeetingOnTime, "D2", Self.year) == "6/6=100")
    }

    @Test func onTimeFollowsTheDeadlineDay() throws {
        // Deadline the 3rd: C1's 04-01, C2's five, C5's 03-01 → 7/19 = 36.84.
        let early = try Self.fixture().compute(quarter: "2018-Q2", termStart: "2018-01-01", deadline: 3)
        #expect(early.cell(.periodicMeetingOnTime, "P", Self.year) == "7/19=36.84")
    }

    @Test func thematicMeetingsInEveryWholeQuarter() {
        // C1 has Q1 and Q2; C2 only Q1 (its Q2 meeting is extraordinary); C6 only Q2.
        #expect(result.cell(.thematicMeetingQuarterly, "P", Self.year) == "1/3=33.33")
        #expect(result.cell(.thematicMeetingQuarterly, "D1", Self.year) == "1/2=50")
        #expect(result.cell(.thematicMeetingQuarterly, "D2", Self.year) == "0/1=0")
    }

    @Test func resolutionRatio() {
        // C1's 6 and C2's first 2 → 8/19 = 42.105… → 42.11; D1 6/13 = 46.15; D2 2/6 = 33.33.
        #expect(result.cell(.meetingResolutionRatio, "P", Self.year) == "8/19=42.11")
        #expect(result.cell(.meetingResolutionRatio, "D1", Self.year) == "6/13=46.15")
        #expect(result.cell(.meetingResolutionRatio, "D2", Self.year) == "2/6=33.33")
    }

    @Test func qualityRatioOverRatedMeetings() {
        // Rated: C1 4 (good, fair, average, poor) and C2 5 (good) → 7/9 = 77.78.
        #expect(result.cell(.meetingQualityGoodRatio, "P", Self.year) == "7/9=77.78")
        #expect(result.cell(.meetingQualityGoodRatio, "D1", Self.year) == "2/4=50")
        #expect(result.cell(.meetingQualityGoodRatio, "D2", Self.year) == "5/5=100")
    }

    @Test func superiorAttendanceRatio() {
        // C6's January meeting (D1) and C4's (D2): 2/19 = 10.53; 1/13 = 7.69; 1/6 = 16.67.
        #expect(result.cell(.superiorAttendanceRatio, "P", Self.year) == "2/19=10.53")
        #expect(result.cell(.superiorAttendanceRatio, "D1", Self.year) == "1/13=7.69")
        #expect(result.cell(.superiorAttendanceRatio, "D2", Self.year) == "1/6=16.67")
    }
}
