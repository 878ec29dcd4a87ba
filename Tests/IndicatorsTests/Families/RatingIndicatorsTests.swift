import Testing

@testable import Indicators

/// Window 2016-03-01 .. 2018-06-30: 2016 is clipped, 2017 full, and 31 Dec 2018 is after
/// AS_OF so 2018 has no rating rows.
@Suite struct RatingIndicatorsTests {
    static func fixture() -> NormalizedFixture {
        var fixture = NormalizedFixture.standard()
        fixture.organization("C4", level: "cell", parent: "G2", ["dissolved_on": "2017-01-01"])
        fixture.member("m1", org: "C1", admitted: "2010-01-01")
        fixture.member("m2", org: "C1", admitted: "2010-01-01")
        fixture.member("m3", org: "C2", admitted: "2010-01-01")
        fixture.member(
            "mL", org: "C1", admitted: "2010-01-01", ["left_on": "2017-01-01", "left_reason": "removed"])
        func memberRating(_ year: String, _ member: String, _ rating: String) {
            fixture.add(.memberRatings, ["year": year, "member_id": member, "rating": rating])
        }
        func organizationRating(_ year: String, _ org: String, _ rating: String) {
            fixture.add(.organizationRatings, ["year": year, "org_id": org, "rating": rating])
        }
        memberRating("2015", "m1", "excellent")  // before the window
        memberRating("2016", "m1", "excellent")
        memberRating("2016", "m2", "complete")
        memberRating("2016", "m3", "good")
        memberRating("2016", "mL", "not_complete")  // left since: still counts
        memberRating("2017", "m1", "good")
        memberRating("2017", "m3", "complete")
        memberRating("2018", "m1", "excellent")  // 31 Dec 2018 > AS_OF: no row
        organizationRating("2016", "C1", "good")  // grassroots cell: both TCCSĐ and chi bộ
        organizationRating("2016", "G2", "not_complete")
        organizationRating("2016", "C2", "excellent")
        organizationRating("2016", "D1", "not_complete")  // a district is its own unit
        organizationRating("2016", "P", "complete")
        organizationRating("2017", "C2", "complete")
        organizationRating("2017", "C4", "good")  // dissolved since: still counts
        organizationRating("2017", "P", "not_complete")  // the root: province row only
        fixture.add(
            .targets, ["indicator": "member_rating_good_or_better", "comparator": ">", "value": "84"])
        return fixture
    }

    let result = try! fixture().compute(quarter: "2018-Q2", termStart: "2016-03-01")
    let first = "2016-03-01..2016-12-31"

    @Test func noRowForAYearEndingAfterAsOf() {
        let periods = result.rows(.memberRatingGoodOrBetter).filter { $0.unitID == "P" }.map(\.period)
        #expect(periods == [first, "2017"])
        #expect(
            result.rows(.weakOrganizations).filter { $0.unitID == "D3" }.map(\.period) == [first, "2017"])
    }

    @Test func memberRatingsCountWhateverTheMembersStateToday() {
        // 2016: m1 m2 m3 mL rated, m1 m3 good or better → 2/4 = 50; D1: m1 of m1 m2 mL → 33.33.
        #expect(result.cell(.memberRatingGoodOrBetter, "P", first) == "2/4=50")
        #expect(result.cell(.memberRatingGoodOrBetter, "D1", first) == "1/3=33.33")
        #expect(result.cell(.memberRatingGoodOrBetter, "D2", first) == "1/1=100")
        #expect(result.cell(.memberRatingGoodOrBetter, "P", "2017") == "1/2=50")
        #expect(result.cell(.memberRatingGoodOrBetter, "D2", "2017") == "0/1=0")
    }

    @Test func targetOnAPartialYearHasNoStatus() throws {
        let partial = try #require(result.row(.memberRatingGoodOrBetter, "P", first))
        #expect(partial.target == ">84")
        #expect(partial.status == "")
        let full = try #require(result.row(.memberRatingGoodOrBetter, "P", "2017"))
        #expect(full.target == ">84")
        #expect(full.status == "not_met")  // 50 > 84 is false
    }

    @Test func grassrootsRatingsCoverGrassrootsCommitteesAndCells() {
        // 2016: C1 good, G2 not complete → 1/2; 2017: no TCCSĐ rated → 0/0.
        #expect(result.cell(.grassrootsRatingGoodOrBetter, "P", first) == "1/2=50")
        #expect(result.cell(.grassrootsRatingGoodOrBetter, "D1", first) == "1/1=100")
        #expect(result.cell(.grassrootsRatingGoodOrBetter, "D2", first) == "0/1=0")
        #expect(result.cell(.grassrootsRatingGoodOrBetter, "P", "2017") == "0/0=")
    }

    @Test func cellRatingsCoverCellsAndGrassrootsCells() {
        // 2016: C1, C2 both good or better. 2017: C2 complete, C4 good (dissolved since) → 1/2.
        #expect(result.cell(.cellRatingGoodOrBetter, "P", first) == "2/2=100")
        #expect(result.cell(.cellRatingGoodOrBetter, "D1", first) == "1/1=100")
        #expect(result.cell(.cellRatingGoodOrBetter, "P", "2017") == "1/2=50")
        #expect(result.cell(.cellRatingGoodOrBetter, "D2", "2017") == "1/2=50")
    }

    @Test func weakOrganizationsOfAnyLevel() {
        // 2016: G2 (D2) and D1 itself. 2017: the root only, in the province row.
        #expect(result.cell(.weakOrganizations, "P", first) == "2")
        #expect(result.cell(.weakOrganizations, "D1", first) == "1")
        #expect(result.cell(.weakOrganizations, "D2", first) == "1")
        #expect(result.cell(.weakOrganizations, "P", "2017") == "1")
        #expect(result.cell(.weakOrganizations, "D1", "2017") == "0")
        #expect(result.cell(.weakOrganizations, "D2", "2017") == "0")
    }

    @Test func ratingsOfTheLastYearAppearOnceItsDecemberHasPassed() throws {
        // Same data at 2018-Q4: 2018 now has rows, with m1 the only rated member.
        let later = try Self.fixture().compute(quarter: "2018-Q4", termStart: "2016-03-01")
        #expect(later.cell(.memberRatingGoodOrBetter, "P", "2018") == "1/1=100")
        #expect(later.row(.memberRatingGoodOrBetter, "P", "2018")?.status == "met")
    }
}
