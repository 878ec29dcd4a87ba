import Testing

@testable import Indicators

/// Window 2016-01-01 .. 2018-06-30 (AS_OF). C1 and C3 are in D1, C2 in D2, D3 is empty.
@Suite struct MembershipIndicatorsTests {
    static func fixture() -> NormalizedFixture {
        var fixture = NormalizedFixture.standard()
        fixture.organization("C3", level: "cell", parent: "D1", ["kind": "private_enterprise"])
        // m1: official long ago, assigned a task.
        fixture.member(
            "m1", org: "C1", admitted: "2010-05-01", ["official_on": "2011-05-01", "task_assigned": "true"])
        // m2: probationary, deadline 2018-03-01 + 12 months + 30 days = 2019-03-31 > AS_OF.
        fixture.member("m2", org: "C1", admitted: "2018-03-01")
        // m3: admitted 29 Feb 2016; + 12 months = 28 Feb 2017 (clamped); + 30 days = 30 Mar 2017 < AS_OF.
        fixture.member("m3", org: "C2", admitted: "2016-02-29")
        // m4: admitted in 2017 and left the same year: an admission, not active.
        fixture.member(
            "m4", org: "C2", admitted: "2017-01-10",
            ["official_on": "", "left_on": "2017-06-01", "left_reason": "transferred"])
        // m5: official only after AS_OF, so still probationary; deadline 2017-07-01 < AS_OF; exempt.
        fixture.member(
            "m5", org: "C2", admitted: "2016-06-01", ["official_on": "2018-07-15", "exempt": "true"])
        // m7: admitted the day before the term, left on its first day.
        fixture.member(
            "m7", org: "C1", admitted: "2015-12-31",
            ["official_on": "", "left_on": "2016-01-01", "left_reason": "deceased"])
        // m8, m9: in the private-enterprise cell C3; commune key cadres.
        fixture.member(
            "m8", org: "C3", admitted: "2005-01-01",
            [
                "official_on": "2006-01-01", "task_assigned": "true", "roles": "commune_key_cadre",
                "education": "university", "political_theory": "intermediate",
            ])
        fixture.member(
            "m9", org: "C3", admitted: "2005-01-01",
            [
                "official_on": "2006-01-01", "exempt": "true", "roles": "secretary;commune_key_cadre",
                "education": "master", "political_theory": "elementary",
            ])
        fixture.member(
            "m10", org: "C1", admitted: "2001-01-01",
            ["official_on": "2002-01-01", "roles": "commune_key_cadre", "political_theory": "advanced"])
        // m11: deadline 2017-05-31 + 12 months + 30 days = 2018-06-30 = AS_OF: not strictly before.
        fixture.member("m11", org: "C1", admitted: "2017-05-31")
        return fixture
    }

    let result = try! fixture().compute(quarter: "2018-Q2", termStart: "2016-01-01")

    @Test func membersTotalCountsActiveMembersAtAsOf() {
        // Active: m1 m2 m3 m5 m8 m9 m10 m11 = 8; D1: m1 m2 m8 m9 m10 m11 = 6; D2: m3 m5 = 2.
        #expect(result.cell(.membersTotal, "P", "as_of") == "8")
        #expect(result.cell(.membersTotal, "D1", "as_of") == "6")
        #expect(result.cell(.membersTotal, "D2", "as_of") == "2")
        #expect(result.cell(.membersTotal, "D3", "as_of") == "0")
    }

    @Test func probationaryMeansNoOfficialDayOnOrBeforeAsOf() {
        // m2, m11 (D1) and m3, m5 (D2; m5 becomes official after AS_OF).
        #expect(result.cell(.membersProbationary, "P", "as_of") == "4")
        #expect(result.cell(.membersProbationary, "D1", "as_of") == "2")
        #expect(result.cell(.membersProbationary, "D2", "as_of") == "2")
    }

    @Test func probationOverdueIsStrictlyBeforeAsOfWithCalendarClamping() {
        // m3 (2017-03-30) and m5 (2017-07-01); m11's deadline is AS_OF itself.
        #expect(result.cell(.probationOverdue, "P", "as_of") == "2")
        #expect(result.cell(.probationOverdue, "D1", "as_of") == "0")
        #expect(result.cell(.probationOverdue, "D2", "as_of") == "2")
        let list = result.output.restrictedLists.probationOverdue
        #expect(
            list == [
                ["m3", "Người m3", "C2", "Tổ chức C2", "2016-02-29", "2017-03-30"],
                ["m5", "Người m5", "C2", "Tổ chức C2", "2016-06-01", "2017-07-01"],
            ])
    }

    @Test func admissionsPerClippedYearAndTerm() {
        // 2016: m3 m5 (D2). 2017: m4 (D2), m11 (D1). 2018 to AS_OF: m2 (D1). m7 is 2015.
        #expect(result.cell(.admissions, "P", "2016") == "2")
        #expect(result.cell(.admissions, "P", "2017") == "2")
        #expect(result.cell(.admissions, "P", "2018-01-01..2018-06-30") == "1")
        #expect(result.cell(.admissions, "P", "term") == "5")
        #expect(result.cell(.admissions, "D1", "term") == "2")
        #expect(result.cell(.admissions, "D2", "term") == "3")
        #expect(result.cell(.admissions, "D2", "2017") == "1")
    }

    @Test func admissionRateUsesMembersActiveTheDayBefore() {
        // 2016: active on 2015-12-31: m1 m7 m8 m9 m10 (all D1) = 5; admissions 2 → 40.
        #expect(result.cell(.admissionRate, "P", "2016") == "2/5=40")
        #expect(result.cell(.admissionRate, "D1", "2016") == "0/5=0")
        #expect(result.cell(.admissionRate, "D2", "2016") == "0/0=")  // 2 admissions, nobody before
        // 2017: active on 2016-12-31: m1 m3 m5 m8 m9 m10 = 6; 2 admissions → 33.33.
        #expect(result.cell(.admissionRate, "P", "2017") == "2/6=33.33")
        #expect(result.cell(.admissionRate, "D1", "2017") == "1/4=25")
        #expect(result.cell(.admissionRate, "D2", "2017") == "1/2=50")
        // 2018: active on 2017-12-31: m1 m3 m5 m8 m9 m10 m11 = 7 (m4 left); 1/7 = 14.2857 → 14.29.
        #expect(result.cell(.admissionRate, "P", "2018-01-01..2018-06-30") == "1/7=14.29")
        #expect(result.cell(.admissionRate, "D1", "2018-01-01..2018-06-30") == "1/5=20")
    }

    @Test func taskAssignedRatioExcludesExemptMembers() {
        // Active non-exempt: m1 m2 m3 m8 m10 m11 = 6 (m5, m9 exempt); assigned m1 m8 → 2/6 = 33.33.
        #expect(result.cell(.taskAssignedRatio, "P", "as_of") == "2/6=33.33")
        #expect(result.cell(.taskAssignedRatio, "D1", "as_of") == "2/5=40")
        #expect(result.cell(.taskAssignedRatio, "D2", "as_of") == "0/1=0")
        #expect(result.cell(.taskAssignedRatio, "D3", "as_of") == "0/0=")
    }

    @Test func privateEnterpriseMembersCountsMembersOfSuchCells() {
        #expect(result.cell(.privateEnterpriseMembers, "P", "as_of") == "2")
        #expect(result.cell(.privateEnterpriseMembers, "D1", "as_of") == "2")
    }

    @Test func communeKeyCadresNeedUniversityAndIntermediateTheory() {
        // m8 qualifies; m9's theory is elementary; m10 has no education.
        #expect(result.cell(.communeKeyCadreQualified, "P", "as_of") == "1/3=33.33")
        #expect(result.cell(.communeKeyCadreQualified, "D1", "as_of") == "1/3=33.33")
        #expect(result.cell(.communeKeyCadreQualified, "D2", "as_of") == "0/0=")
    }

    @Test(
        arguments: [
            (nil, nil, false), ("university", "intermediate", true), ("doctor", "advanced", true),
            ("college", "advanced", false), ("master", "elementary", false), ("university", nil, false),
        ] as [(String?, String?, Bool)])
    func qualification(education: String?, theory: String?, isQualified: Bool) {
        #expect(
            MembershipIndicators.isQualified(
                education: education.flatMap { .init(rawValue: $0) },
                theory: theory.flatMap { .init(rawValue: $0) }) == isQualified)
    }
}
