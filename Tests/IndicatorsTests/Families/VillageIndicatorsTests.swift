import Testing

@testable import Indicators

/// AS_OF 2018-06-30. Villages of commune C1 are in D1, of G2 in D2; V6 belongs to the root.
@Suite struct VillageIndicatorsTests {
    static func fixture() -> NormalizedFixture {
        var fixture = NormalizedFixture.standard()
        fixture.organization("CV2", level: "cell", parent: "G2", ["kind": "village", "village_id": "V3"])
        fixture.organization(
            "CV3", level: "cell", parent: "G2", ["village_id": "V4", "dissolved_on": "2018-01-01"])
        fixture.organization(
            "CV4", level: "cell", parent: "C1", ["village_id": "V7", "established_on": "2018-07-01"])
        func village(_ id: String, _ commune: String, _ extra: [String: String] = [:]) {
            var row = ["village_id": id, "name": "Thôn \(id)", "commune_org_id": commune]
            row.merge(extra) { $1 }
            fixture.add(.villages, row)
        }
        village("V1", "C1", ["head_member_id": "m1"])  // head active
        village("V2", "C1", ["head_member_id": "mL", "head_is_member": "true"])  // head left: id decides
        village("V3", "G2", ["head_is_member": "true"])
        village("V4", "G2", ["head_is_member": "false"])
        village("V5", "G2", ["head_is_member": "true", "dissolved_on": "2018-06-30"])  // not active
        village("V6", "P", ["head_is_member": "true"])  // the root's own village
        village("V7", "C1", ["head_member_id": "m9", "dissolved_on": "2018-07-01"])  // head not yet admitted
        fixture.member("m1", org: "C1", admitted: "2010-01-01", ["village_id": "V1"])
        fixture.member("m2", org: "C1", admitted: "2015-01-01", ["village_id": "V1"])
        fixture.member(
            "mL", org: "C1", admitted: "2010-01-01", ["left_on": "2017-01-01", "left_reason": "removed"])
        fixture.member("m3", org: "C2", admitted: "2010-01-01", ["village_id": "V3"])
        fixture.member("m5", org: "C2", admitted: "2010-01-01", ["village_id": "V3"])
        fixture.member("m6", org: "C2", admitted: "2010-01-01", ["village_id": "V3"])
        // m7 leaves on AS_OF, so is not active then.
        fixture.member(
            "m7", org: "C2", admitted: "2010-01-01",
            ["village_id": "V4", "left_on": "2018-06-30", "left_reason": "deceased"])
        fixture.member("m8", org: "C1", admitted: "2010-01-01", ["village_id": "V6"])
        fixture.member("m9", org: "C1", admitted: "2019-01-01", ["village_id": "V7"])
        return fixture
    }

    let result = try! fixture().compute(quarter: "2018-Q2", termStart: "2016-01-01")

    @Test func villageHeadsByIdThenByFlag() {
        // Active villages V1 V2 V3 V4 V6 V7 (V5 dissolved on AS_OF). Heads who are members:
        // V1 (m1 active), V3 (flag), V6 (flag); not V2 (mL left, flag ignored), V4, V7 (m9 not yet).
        #expect(result.cell(.villageHeadMemberRatio, "P", "as_of") == "3/6=50")
        #expect(result.cell(.villageHeadMemberRatio, "D1", "as_of") == "1/3=33.33")  // V1 V2 V7
        #expect(result.cell(.villageHeadMemberRatio, "D2", "as_of") == "1/2=50")  // V3 V4
        #expect(result.cell(.villageHeadMemberRatio, "D3", "as_of") == "0/0=")
    }

    @Test func whiteVillagesHaveNoActiveResident() {
        // V2 (nobody), V4 (m7 left on AS_OF), V7 (m9 not admitted yet).
        #expect(result.cell(.whiteVillages, "P", "as_of") == "3")
        #expect(result.cell(.whiteVillages, "D1", "as_of") == "2")
        #expect(result.cell(.whiteVillages, "D2", "as_of") == "1")
    }

    @Test func villagesWithoutAnActiveCell() {
        // Only V3 has an active chi bộ (CV2); CV3 is dissolved, CV4 not yet established.
        #expect(result.cell(.villagesWithoutCell, "P", "as_of") == "5")
        #expect(result.cell(.villagesWithoutCell, "D1", "as_of") == "3")
        #expect(result.cell(.villagesWithoutCell, "D2", "as_of") == "1")
    }

    @Test func villagesAtRiskHaveOneOrTwoResidents() {
        // V1 (m1 m2) and V6 (m8, province only); V3 has three.
        #expect(result.cell(.villagesAtRisk, "P", "as_of") == "2")
        #expect(result.cell(.villagesAtRisk, "D1", "as_of") == "1")
        #expect(result.cell(.villagesAtRisk, "D2", "as_of") == "0")
    }
}
