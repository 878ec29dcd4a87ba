import Testing

@testable import Indicators

/// Window 2016-01-01 .. 2018-06-30.
@Suite struct TrainingAndInspectionIndicatorsTests {
    static func fixture() -> NormalizedFixture {
        var fixture = NormalizedFixture.standard()
        fixture.organization("C4", level: "cell", parent: "G2", ["dissolved_on": "2018-01-01"])
        fixture.organization("C5", level: "cell", parent: "D1", ["established_on": "2018-06-30"])
        fixture.member("t1", org: "C1", admitted: "2010-01-01", ["roles": "secretary"])
        fixture.member("t2", org: "C1", admitted: "2010-01-01", ["roles": "deputy_secretary"])
        fixture.member("t3", org: "C2", admitted: "2010-01-01", ["roles": "committee_member"])
        fixture.member("t4", org: "C2", admitted: "2010-01-01", ["roles": "commune_key_cadre"])
        fixture.member(
            "t5", org: "C2", admitted: "2010-01-01",
            ["roles": "secretary", "left_on": "2018-01-01", "left_reason": "transferred"])
        fixture.member("t6", org: "C2", admitted: "2010-01-01", ["roles": "committee_member"])
        fixture.member("t7", org: "C2", admitted: "2010-01-01", ["roles": "secretary;committee_member"])
        for (member, date) in [
            ("t1", "2016-05-01"), ("t2", "2015-12-31"), ("t3", "2018-06-30"), ("t4", "2017-01-01"),
            ("t5", "2017-01-01"), ("t6", "2018-07-01"), ("t7", "2017-03-03"), ("t7", "2017-04-04"),
        ] {
            fixture.add(.trainings, ["member_id": member, "date": date, "course": "Bồi dưỡng cấp ủy"])
        }
        for (org, date) in [
            ("C1", "2016-03-01"), ("C1", "2016-09-01"), ("C1", "2017-05-05"), ("C1", "2018-02-02"),
            ("C2", "2015-12-01"), ("C2", "2016-02-01"), ("C2", "2016-12-31"), ("C4", "2016-06-01"),
            ("C5", "2018-07-01"),
        ] {
            fixture.add(.inspections, ["org_id": org, "date": date, "inspector": "UBKT"])
        }
        return fixture
    }

    let result = try! fixture().compute(quarter: "2018-Q2", termStart: "2016-01-01")

    @Test func committeeTrainedRatioCountsTrainingsInsideTheWindow() {
        // Active holders: t1 t2 (D1), t3 t6 t7 (D2); t4 holds no committee role, t5 left.
        // Trained in the window: t1, t3 (on AS_OF), t7; not t2 (before), t6 (after) → 3/5 = 60.
        #expect(result.cell(.committeeTrainedRatio, "P", "term") == "3/5=60")
        #expect(result.cell(.committeeTrainedRatio, "D1", "term") == "1/2=50")
        #expect(result.cell(.committeeTrainedRatio, "D2", "term") == "2/3=66.67")
        #expect(result.rows(.committeeTrainedRatio).map(\.period) == ["term", "term", "term", "term"])
    }

    @Test func cellsInspectedInTheTermAmongCellsActiveAtAsOf() {
        // Active at AS_OF: C1, C5 (D1), C2 (D2); C4 is dissolved. Inspected in the window: C1,
        // C2 (in 2016); C5's only inspection is after AS_OF → 2/3.
        #expect(result.cell(.cellsInspectedTerm, "P", "term") == "2/3=66.67")
        #expect(result.cell(.cellsInspectedTerm, "D1", "term") == "1/2=50")
        #expect(result.cell(.cellsInspectedTerm, "D2", "term") == "1/1=100")
    }

    @Test func cellsInspectedInEveryWholeHalfYear() {
        // 2016: C1, C2, C4 active all year; C1 (Mar, Sep) and C2 (Feb, Dec) have both halves.
        #expect(result.cell(.cellsInspectedHalfYearly, "P", "2016") == "2/3=66.67")
        #expect(result.cell(.cellsInspectedHalfYearly, "D1", "2016") == "1/1=100")
        #expect(result.cell(.cellsInspectedHalfYearly, "D2", "2016") == "1/2=50")
        // 2017: C4 is dissolved only on 2018-01-01; C1 lacks H2 → 0/3.
        #expect(result.cell(.cellsInspectedHalfYearly, "P", "2017") == "0/3=0")
        // 2018 to June: H1 only; C1 (Feb) of C1, C2 → 1/2.
        #expect(result.cell(.cellsInspectedHalfYearly, "P", "2018-01-01..2018-06-30") == "1/2=50")
        #expect(result.cell(.cellsInspectedHalfYearly, "D2", "2018-01-01..2018-06-30") == "0/1=0")
    }
}
