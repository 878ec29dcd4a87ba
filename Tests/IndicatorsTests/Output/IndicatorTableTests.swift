import ChiboCore
import Testing

@testable import Indicators

@Suite struct IndicatorTableTests {
    @Test func rowsFollowCatalogThenUnitThenPeriod() throws {
        // Districts sort bytewise by unit_id: D10 < D2 < D9; every district gets rows, even empty.
        // Window 2016-01-01 .. 2016-06-30: one clipped year; 31 Dec 2016 is after AS_OF, so the
        // four rating indicators have no rows at all.
        var fixture = NormalizedFixture()
        fixture.organization("P", level: "province", parent: "")
        fixture.organization("D9", level: "district", parent: "P")
        fixture.organization("D10", level: "district", parent: "P")
        fixture.organization("D2", level: "district", parent: "P")
        let result = try fixture.compute(quarter: "2016-Q2", termStart: "2016-01-01")
        var codes: [String] = []
        for row in result.rows where codes.last != row.indicator { codes.append(row.indicator) }
        #expect(codes == IndicatorCode.allCases.filter { !$0.definition.isRating }.map(\.rawValue))
        let admissions = result.rows(.admissions).map { "\($0.scope) \($0.unitID) \($0.period)" }
        #expect(
            admissions == [
                "province P 2016-01-01..2016-06-30", "province P term",
                "district D10 2016-01-01..2016-06-30", "district D10 term",
                "district D2 2016-01-01..2016-06-30", "district D2 term",
                "district D9 2016-01-01..2016-06-30", "district D9 term",
            ])
        #expect(result.row(.membersTotal, "D10", "as_of")?.unitName == "Tổ chức D10")
        // 27 non-rating indicators: 17 with one row, admissions with two → 4 units × 28 rows.
        #expect(result.rows.count == 4 * 28)
    }

    @Test func periodsAreChronologicalWithTermLast() throws {
        let result = try NormalizedFixture.standard().compute(quarter: "2018-Q2", termStart: "2016-07-01")
        let periods = result.rows(.admissions).filter { $0.unitID == "P" }.map(\.period)
        #expect(periods == ["2016-07-01..2016-12-31", "2017", "2018-01-01..2018-06-30", "term"])
    }

    @Test func zeroDenominatorPrintsZerosAndNoValueNorStatus() throws {
        var fixture = NormalizedFixture.standard()
        fixture.add(.targets, ["indicator": "task_assigned_ratio", "comparator": ">=", "value": "100"])
        let result = try fixture.compute(quarter: "2018-Q2", termStart: "2016-01-01")
        let row = try #require(result.row(.taskAssignedRatio, "P", "as_of"))
        #expect(
            [row.numerator, row.denominator, row.value, row.target, row.status] == [
                "0", "0", "", ">=100", "",
            ])
    }

    @Test func statusComparesThePrintedValue() throws {
        // 2 of 3 members assigned: 66.666… prints 66.67, which meets ">=66.67" (province)
        // but not "<=66.66" (districts).
        var fixture = NormalizedFixture.standard()
        fixture.member("m1", org: "C1", admitted: "2010-01-01", ["task_assigned": "true"])
        fixture.member("m2", org: "C1", admitted: "2010-01-01", ["task_assigned": "true"])
        fixture.member("m3", org: "C1", admitted: "2010-01-01")
        fixture.add(
            .targets,
            ["indicator": "task_assigned_ratio", "comparator": ">=", "value": "66.67", "scope": "province"])
        fixture.add(
            .targets,
            ["indicator": "task_assigned_ratio", "comparator": "<=", "value": "66.66", "scope": "district"])
        let result = try fixture.compute(quarter: "2018-Q2", termStart: "2016-01-01")
        let province = try #require(result.row(.taskAssignedRatio, "P", "as_of"))
        #expect([province.value, province.target, province.status] == ["66.67", ">=66.67", "met"])
        let district = try #require(result.row(.taskAssignedRatio, "D1", "as_of"))
        #expect([district.value, district.target, district.status] == ["66.67", "<=66.66", "not_met"])
        let empty = try #require(result.row(.taskAssignedRatio, "D3", "as_of"))
        #expect([empty.value, empty.target, empty.status] == ["", "<=66.66", ""])
    }

    @Test func countsHaveNoDenominatorAndGetAStatus() throws {
        // No member is overdue: 0 meets "=0". One admission in 2017 (full) meets ">=1"; the
        // clipped 2018 shows the target without a status; the term row has one.
        var fixture = NormalizedFixture.standard()
        fixture.member("m1", org: "C1", admitted: "2017-03-01", ["official_on": "2018-03-01"])
        fixture.add(.targets, ["indicator": "probation_overdue", "comparator": "=", "value": "0"])
        fixture.add(
            .targets, ["indicator": "admissions", "comparator": ">=", "value": "1", "from_year": "2017"])
        let result = try fixture.compute(quarter: "2018-Q2", termStart: "2016-01-01")
        let overdue = try #require(result.row(.probationOverdue, "P", "as_of"))
        #expect(
            [overdue.numerator, overdue.denominator, overdue.value, overdue.status] == ["0", "", "0", "met"])
        #expect(result.row(.admissions, "P", "2016")?.target == "")  // before from_year
        #expect(result.row(.admissions, "P", "2017")?.status == "met")
        let partial = try #require(result.row(.admissions, "P", "2018-01-01..2018-06-30"))
        #expect([partial.value, partial.target, partial.status] == ["0", ">=1", ""])
        // The term row of admissions is a total over several years: no target, no status.
        let term = try #require(result.row(.admissions, "P", "term"))
        #expect([term.value, term.target, term.status] == ["1", "", ""])
        #expect(result.row(.admissions, "D2", "term")?.target == "")
    }

    @Test func theTermRowOfATermOnlyIndicatorIsJudgedByTheYearOfAsOf() throws {
        // Cells C1 (of D1) and C2 (of D2); C1 inspected in 2017: P 1/2 = 50, D1 1/1 = 100,
        // D2 0/1 = 0. A target for 2018–2020 applies at AS_OF 2018-06-30.
        var fixture = NormalizedFixture.standard()
        fixture.add(.inspections, ["org_id": "C1", "date": "2017-05-01", "inspector": "UBKT"])
        fixture.add(
            .targets,
            [
                "indicator": "cells_inspected_term", "comparator": ">=", "value": "50", "from_year": "2018",
                "to_year": "2020",
            ])
        let result = try fixture.compute(quarter: "2018-Q2", termStart: "2016-01-01")
        let province = try #require(result.row(.cellsInspectedTerm, "P", "term"))
        #expect(
            [province.numerator, province.denominator, province.value, province.target, province.status]
                == ["1", "2", "50", ">=50", "met"])
        #expect(result.row(.cellsInspectedTerm, "D1", "term")?.status == "met")
        #expect(result.row(.cellsInspectedTerm, "D2", "term")?.status == "not_met")

        // The same target ending in 2017 does not apply when AS_OF is in 2018.
        var ended = NormalizedFixture.standard()
        ended.add(.inspections, ["org_id": "C1", "date": "2017-05-01", "inspector": "UBKT"])
        ended.add(
            .targets,
            ["indicator": "cells_inspected_term", "comparator": ">=", "value": "50", "to_year": "2017"])
        let later = try ended.compute(quarter: "2018-Q2", termStart: "2016-01-01")
        let row = try #require(later.row(.cellsInspectedTerm, "P", "term"))
        #expect([row.value, row.target, row.status] == ["50", "", ""])
    }

    @Test func firstTargetInFileOrderWins() throws {
        var fixture = NormalizedFixture.standard()
        fixture.add(
            .targets, ["indicator": "members_total", "comparator": ">=", "value": "5", "to_year": "2017"])
        fixture.add(.targets, ["indicator": "members_total", "comparator": ">=", "value": "0"])
        fixture.add(.targets, ["indicator": "members_total", "comparator": ">=", "value": "1"])
        let result = try fixture.compute(quarter: "2018-Q2", termStart: "2016-01-01")
        // The as_of row takes year(AS_OF) = 2018: the first target stops at 2017.
        #expect(result.row(.membersTotal, "P", "as_of")?.target == ">=0")
        #expect(result.row(.membersTotal, "P", "as_of")?.status == "met")
    }
}
