import Testing

@testable import Indicators

/// Window 2018-01-01 .. 2018-06-30. a1–a7 are in C1 (D1), a7 exempt; b1–b3 and c1–c20 in C2 (D2).
@Suite struct AttendanceIndicatorsTests {
    static let year = "2018-01-01..2018-06-30"

    static func fixture() -> NormalizedFixture {
        var fixture = NormalizedFixture.standard()
        for index in 1...6 { fixture.member("a\(index)", org: "C1", admitted: "2010-01-01") }
        fixture.member("a7", org: "C1", admitted: "2010-01-01", ["exempt": "true"])
        for index in 1...3 { fixture.member("b\(index)", org: "C2", admitted: "2010-01-01") }
        for index in 1...20 { fixture.member("c\(index)", org: "C2", admitted: "2010-01-01") }
        let sixInC1 = (1...6).map { "a\($0)" }
        // M1: all six non-exempt present; a7 (exempt) excused → 6/6, no unexcused: satisfied.
        fixture.meeting("M1", org: "C1", date: "2018-01-10")
        for member in sixInC1 { fixture.attendance("M1", member, "present") }
        fixture.attendance("M1", "a7", "excused")
        // M2: a6 excused → 5/6 = 83.3 % (not above 85); a7 present is not counted.
        fixture.meeting("M2", org: "C1", date: "2018-02-10")
        for member in sixInC1.dropLast() { fixture.attendance("M2", member, "present") }
        fixture.attendance("M2", "a6", "excused")
        fixture.attendance("M2", "a7", "present")
        // M3: 6/6 present but the exempt a7 is unexcused: not satisfied.
        fixture.meeting("M3", org: "C1", date: "2018-03-10")
        for member in sixInC1 { fixture.attendance("M3", member, "present") }
        fixture.attendance("M3", "a7", "unexcused")
        // M4: 3/3 present: satisfied. M5: no attendance rows: not in the denominator.
        fixture.meeting("M4", org: "C2", date: "2018-04-10")
        for index in 1...3 { fixture.attendance("M4", "b\(index)", "present") }
        fixture.meeting("M5", org: "C2", date: "2018-05-10")
        // M7: only the exempt a7 → no non-exempt row: not satisfied, but it has rows.
        fixture.meeting("M7", org: "C1", date: "2018-05-05")
        fixture.attendance("M7", "a7", "present")
        // M8: 17/20 = 85 % exactly: not above 85. M9: 18/20 = 90 %: satisfied.
        fixture.meeting("M8", org: "C2", date: "2018-06-05")
        fixture.meeting("M9", org: "C2", date: "2018-06-20")
        for index in 1...20 {
            fixture.attendance("M8", "c\(index)", index <= 17 ? "present" : "excused")
            fixture.attendance("M9", "c\(index)", index <= 18 ? "present" : "excused")
        }
        // Outside the window, or not periodic: no effect on the periodic indicators.
        fixture.meeting("M0", org: "C1", date: "2017-12-20")
        fixture.attendance("M0", "a1", "unexcused")
        // Absences: a1 unexcused in January, February (not periodic meetings) and April → candidate.
        fixture.meeting("X1", org: "C1", date: "2018-01-20", kind: "extraordinary")
        fixture.meeting("X2", org: "C1", date: "2018-02-20", kind: "thematic")
        fixture.meeting("X3", org: "C1", date: "2018-04-15", kind: "thematic")
        for meeting in ["X1", "X2", "X3"] { fixture.attendance(meeting, "a1", "unexcused") }
        // a7 (exempt, still counted): March (M3) and June twice → two months only.
        fixture.meeting("X4", org: "C1", date: "2018-06-25", kind: "extraordinary")
        fixture.meeting("X5", org: "C1", date: "2018-06-28", kind: "thematic")
        fixture.attendance("X4", "a7", "unexcused")
        fixture.attendance("X5", "a7", "unexcused")
        // b1 (current chi bộ C2) absent at C1's X6 and C2's X7, X8: a candidate of D2.
        fixture.meeting("X6", org: "C1", date: "2018-03-03", kind: "extraordinary")
        fixture.meeting("X7", org: "C2", date: "2018-04-04", kind: "extraordinary")
        fixture.meeting("X8", org: "C2", date: "2018-05-05", kind: "extraordinary")
        for meeting in ["X6", "X7", "X8"] { fixture.attendance(meeting, "b1", "unexcused") }
        return fixture
    }

    let result = try! fixture().compute(quarter: "2018-Q2", termStart: "2018-01-01")

    @Test func attendanceCriterionIsStrictlyAboveEightyFivePercentWithoutUnexcused() {
        // With rows: M1 M2 M3 M7 (D1), M4 M8 M9 (D2) = 7; satisfied: M1, M4, M9 → 42.857… → 42.86.
        #expect(result.cell(.meetingAttendanceCriterion, "P", Self.year) == "3/7=42.86")
        #expect(result.cell(.meetingAttendanceCriterion, "D1", Self.year) == "1/4=25")
        #expect(result.cell(.meetingAttendanceCriterion, "D2", Self.year) == "2/3=66.67")
    }

    @Test func attendanceRateCountsNonExemptRowsOfPeriodicMeetings() {
        // D1: M1 6/6, M2 5/6, M3 6/6, M7 0/0 → 17/18 = 94.44.
        // D2: M4 3/3, M8 17/20, M9 18/20 → 38/43 = 88.37. Province 55/61 = 90.16.
        #expect(result.cell(.attendanceRate, "D1", Self.year) == "17/18=94.44")
        #expect(result.cell(.attendanceRate, "D2", Self.year) == "38/43=88.37")
        #expect(result.cell(.attendanceRate, "P", Self.year) == "55/61=90.16")
    }

    @Test func absenceCandidatesHaveUnexcusedRowsInThreeMonths() {
        // a1 (D1) and b1 (D2, their current chi bộ though X6 is C1's); a7 has two months only.
        #expect(result.cell(.absenceRemovalCandidates, "P", Self.year) == "2")
        #expect(result.cell(.absenceRemovalCandidates, "D1", Self.year) == "1")
        #expect(result.cell(.absenceRemovalCandidates, "D2", Self.year) == "1")
        #expect(
            result.output.restrictedLists.absenceRemovalCandidates == [
                [Self.year, "a1", "Người a1", "C1", "Tổ chức C1", "2018-01;2018-02;2018-04"],
                [Self.year, "b1", "Người b1", "C2", "Tổ chức C2", "2018-03;2018-04;2018-05"],
            ])
    }

    @Test func absencesArePlacedInTheirOwnClippedYear() throws {
        // 2017-07-01 .. 2018-06-30. x: June 2017 is outside; Aug + Sep 2017 and Jan 2018 are two
        // years. y: Aug, Oct, Dec 2017 → a candidate of the clipped 2017 only.
        var fixture = NormalizedFixture.standard()
        fixture.member("x", org: "C1", admitted: "2010-01-01")
        fixture.member("y", org: "C2", admitted: "2010-01-01")
        for (member, date) in [
            ("x", "2017-06-10"), ("x", "2017-08-10"), ("x", "2017-09-10"), ("x", "2018-01-10"),
            ("y", "2017-08-11"), ("y", "2017-10-11"), ("y", "2017-12-11"),
        ] {
            let meeting = "\(member)-\(date)"
            fixture.meeting(meeting, org: "C1", date: date)
            fixture.attendance(meeting, member, "unexcused")
        }
        let result = try fixture.compute(quarter: "2018-Q2", termStart: "2017-07-01")
        #expect(result.cell(.absenceRemovalCandidates, "P", "2017-07-01..2017-12-31") == "1")
        #expect(result.cell(.absenceRemovalCandidates, "D2", "2017-07-01..2017-12-31") == "1")
        #expect(result.cell(.absenceRemovalCandidates, "P", "2018-01-01..2018-06-30") == "0")
        #expect(
            result.output.restrictedLists.absenceRemovalCandidates == [
                ["2017-07-01..2017-12-31", "y", "Người y", "C2", "Tổ chức C2", "2017-08;2017-10;2017-12"]
            ])
    }

    @Test func attendanceRowsGoToTheMeetingsChiBoAbsencesToTheMembers() throws {
        // b (current chi bộ C2, district D2) attends two of C1's periodic meetings (D1) and
        // misses C1's extraordinary meetings in three months.
        var fixture = NormalizedFixture.standard()
        fixture.member("b", org: "C2", admitted: "2010-01-01")
        fixture.meeting("P1", org: "C1", date: "2018-01-05")
        fixture.meeting("P2", org: "C1", date: "2018-02-05")
        fixture.attendance("P1", "b", "present")
        fixture.attendance("P2", "b", "present")
        for month in 3...5 {
            fixture.meeting("E\(month)", org: "C1", date: "2018-0\(month)-05", kind: "extraordinary")
            fixture.attendance("E\(month)", "b", "unexcused")
        }
        let result = try fixture.compute(quarter: "2018-Q2", termStart: "2018-01-01")
        #expect(result.cell(.attendanceRate, "D1", Self.year) == "2/2=100")
        #expect(result.cell(.attendanceRate, "D2", Self.year) == "0/0=")
        #expect(result.cell(.meetingAttendanceCriterion, "D1", Self.year) == "2/2=100")
        #expect(result.cell(.absenceRemovalCandidates, "D1", Self.year) == "0")
        #expect(result.cell(.absenceRemovalCandidates, "D2", Self.year) == "1")
    }
}
