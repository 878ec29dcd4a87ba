import Testing

@testable import Indicators

/// Regularity over clipped years that do not start on 1 January.
@Suite struct RegularityTests {
    @Test func onlyWholeMonthsAndQuartersOfAClippedYearCount() throws {
        // 2016-03-15 .. 2016-12-31: whole months April–December, quarters Q2–Q4, half-year H2.
        var fixture = NormalizedFixture.standard()
        fixture.organization("C7", level: "cell", parent: "D1", ["established_on": "2016-03-15"])  // = start
        for month in 4...12 {
            let date = "2016-" + (month < 10 ? "0\(month)" : "\(month)") + "-05"
            fixture.meeting("c1-\(month)", org: "C1", date: date)
            fixture.meeting("c7-\(month)", org: "C7", date: date)
        }
        for month in 3...11 {  // C2 skips December
            fixture.meeting(
                "c2-\(month)", org: "C2", date: "2016-" + (month < 10 ? "0\(month)" : "\(month)") + "-05")
        }
        for date in ["2016-05-01", "2016-08-01", "2016-11-01"] {
            fixture.meeting("t1-\(date)", org: "C1", date: date, kind: "thematic")
        }
        for date in ["2016-03-20", "2016-05-02", "2016-08-02", "2016-11-02"] {
            fixture.meeting("t7-\(date)", org: "C7", date: date, kind: "thematic")
        }
        fixture.add(.inspections, ["org_id": "C1", "date": "2016-08-01"])
        fixture.add(.inspections, ["org_id": "C2", "date": "2016-04-01"])  // H1 is not whole
        fixture.add(.inspections, ["org_id": "C7", "date": "2016-12-31"])
        fixture.add(
            .targets, ["indicator": "periodic_meeting_regularity", "comparator": ">=", "value": "100"])
        let result = try fixture.compute(quarter: "2016-Q4", termStart: "2016-03-15")
        let year = "2016-03-15..2016-12-31"
        // C1, C7 regular; C2 misses December.
        #expect(result.cell(.periodicMeetingRegularity, "P", year) == "2/3=66.67")
        #expect(result.row(.periodicMeetingRegularity, "P", year)?.status == "")  // partial year
        // C1 and C7 have a thematic meeting in each of Q2, Q3, Q4; C2 none.
        #expect(result.cell(.thematicMeetingQuarterly, "P", year) == "2/3=66.67")
        // H2 inspected: C1, C7.
        #expect(result.cell(.cellsInspectedHalfYearly, "P", year) == "2/3=66.67")
    }

    @Test func noWholeMonthMeansAZeroDenominator() throws {
        // 2018-03-15 .. 2018-03-31 holds no whole month, quarter or half-year.
        var fixture = NormalizedFixture.standard()
        fixture.meeting("m", org: "C1", date: "2018-03-20")
        fixture.meeting("t", org: "C1", date: "2018-03-21", kind: "thematic")
        let result = try fixture.compute(quarter: "2018-Q1", termStart: "2018-03-15")
        let year = "2018-03-15..2018-03-31"
        #expect(result.cell(.periodicMeetingRegularity, "P", year) == "0/0=")
        #expect(result.cell(.thematicMeetingQuarterly, "P", year) == "0/0=")
        #expect(result.cell(.cellsInspectedHalfYearly, "P", year) == "0/0=")
        #expect(result.cell(.periodicMeetingOnTime, "P", year) == "0/1=0")  // the 20th is late
    }

    @Test func wholeMonthsWithoutAWholeQuarter() throws {
        // 2018-02-01 .. 2018-03-31: February and March are whole, no quarter is.
        var fixture = NormalizedFixture.standard()
        fixture.meeting("m2", org: "C1", date: "2018-02-20")
        fixture.meeting("m3", org: "C1", date: "2018-03-20")
        let result = try fixture.compute(quarter: "2018-Q1", termStart: "2018-02-01")
        let year = "2018-02-01..2018-03-31"
        #expect(result.cell(.periodicMeetingRegularity, "P", year) == "1/2=50")  // C1 of C1, C2
        #expect(result.cell(.thematicMeetingQuarterly, "P", year) == "0/0=")
    }
}
