import Testing

@testable import Indicators

/// AS_OF 2018-06-30.
@Suite struct OrganizationIndicatorsTests {
    static func fixture() -> NormalizedFixture {
        var fixture = NormalizedFixture()
        let pool = ["has_candidate_pool": "true"]
        let poolAndPlan = ["has_candidate_pool": "true", "has_admission_plan": "true"]
        fixture.organization("P", level: "province", parent: "", poolAndPlan)  // the root: province only
        fixture.organization("D1", level: "district", parent: "P", pool)
        fixture.organization("D2", level: "district", parent: "P")
        fixture.organization("D3", level: "district", parent: "P")
        fixture.organization(
            "C1", level: "grassroots_cell", parent: "D1",
            poolAndPlan.merging(["merged_meetings": "true", "has_regulations": "true"]) { $1 })
        fixture.organization("G2", level: "grassroots_committee", parent: "D2", poolAndPlan)
        fixture.organization("C2", level: "cell", parent: "G2")
        fixture.organization(
            "C4", level: "cell", parent: "G2",
            poolAndPlan.merging([
                "merged_meetings": "true", "has_regulations": "true", "dissolved_on": "2018-06-30",
            ]) {
                $1
            })
        fixture.organization(
            "C5", level: "cell", parent: "G2",
            ["established_on": "2018-06-30", "merged_meetings": "true", "has_regulations": "true"])
        fixture.organization(
            "C6", level: "cell", parent: "D1", ["established_on": "2018-07-01", "has_regulations": "true"])
        return fixture
    }

    let result = try! fixture().compute(quarter: "2018-Q2", termStart: "2016-01-01")

    @Test func mergedMeetingCellsCountsActiveCells() {
        // Active chi bộ: C1 (D1), C2 and C5 (D2); C4 dissolved on AS_OF, C6 established after.
        #expect(result.cell(.mergedMeetingCells, "P", "as_of") == "2")  // C1, C5
        #expect(result.cell(.mergedMeetingCells, "D1", "as_of") == "1")
        #expect(result.cell(.mergedMeetingCells, "D2", "as_of") == "1")
    }

    @Test func cellsWithRegulations() {
        #expect(result.cell(.cellsWithRegulations, "P", "as_of") == "2/3=66.67")  // C1, C5 of C1 C2 C5
        #expect(result.cell(.cellsWithRegulations, "D1", "as_of") == "1/1=100")
        #expect(result.cell(.cellsWithRegulations, "D2", "as_of") == "1/2=50")
        #expect(result.cell(.cellsWithRegulations, "D3", "as_of") == "0/0=")
    }

    @Test func admissionPlanRatioCountsEveryLevelAndTheRootInTheProvince() {
        // With a pool: P, D1, C1, G2 (C4 inactive); with a plan too: P, C1, G2 → 3/4 = 75.
        #expect(result.cell(.admissionPlanRatio, "P", "as_of") == "3/4=75")
        #expect(result.cell(.admissionPlanRatio, "D1", "as_of") == "1/2=50")  // D1 is its own unit
        #expect(result.cell(.admissionPlanRatio, "D2", "as_of") == "1/1=100")
    }
}
