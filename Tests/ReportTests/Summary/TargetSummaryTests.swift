import ChiboCore
import Testing

@testable import Report

@Suite struct TargetSummaryTests {
    static func row(
        _ indicator: String, _ period: String, _ value: String?, target: String? = nil,
        status: IndicatorRow.Status? = nil, scope: TargetScope = .province, unit: String = "TU"
    ) -> IndicatorRow {
        IndicatorRow(
            indicator: indicator, scope: scope, unitID: unit, unitName: unit, period: Period(period)!,
            numerator: value.flatMap { Int($0) }, value: value.flatMap { DecimalNumber($0) },
            target: target.flatMap { Target($0) }, status: status)
    }

    @Test func countsEachProvinceIndicatorOnceAtItsMainPeriod() {
        let rows = [
            // as_of: met.
            Self.row("probation_overdue", "as_of", "0", target: "=0", status: .met),
            Self.row(
                "probation_overdue", "as_of", "3", target: "=0", status: .notMet, scope: .district,
                unit: "H01"),
            // per year: judged on 2017, the latest full year (2016 not met is not counted,
            // nor the partial 2018 without a status).
            Self.row("admissions", "2016", "40", target: ">=50", status: .notMet),
            Self.row("admissions", "2017", "60", target: ">=50", status: .met),
            Self.row("admissions", "2018-01-01..2018-06-30", "20", target: ">=50"),
            Self.row("admissions", "term", "120"),
            // term only: not met.
            Self.row("committee_trained_ratio", "term", "90", target: ">=100", status: .notMet),
            // no target: not counted at all.
            Self.row("members_total", "as_of", "1234"),
        ]
        let summary = TargetSummary(indicators: rows)
        #expect(summary.met.map(\.indicator) == ["probation_overdue", "admissions"])
        #expect(summary.notMet.map(\.indicator) == ["committee_trained_ratio"])
        #expect(summary.notJudged.isEmpty)
        #expect(summary.sentence == "đạt 2/3 chỉ tiêu")
        #expect(summary.notJudgedSentence == nil)
    }

    @Test func aTargetOnAPartialYearIsNotJudgedAndSaidSo() {
        // A quarterly review in Q2: the year to date has no status.
        let rows = [
            Self.row("admissions", "2018-01-01..2018-06-30", "20", target: ">=50"),
            Self.row("village_head_member_ratio", "as_of", "80", target: ">=75", status: .met),
        ]
        let summary = TargetSummary(indicators: rows)
        #expect(summary.sentence == "đạt 1/1 chỉ tiêu")
        #expect(summary.notJudged.map(\.indicator) == ["admissions"])
        #expect(summary.notJudgedSentence?.hasPrefix("Chưa đánh giá: 1 chỉ tiêu") == true)
    }

    @Test func theDefinitionIsOneLineOfTheReport() {
        #expect(!TargetSummary.definition.contains("\n"))
        #expect(
            TargetSummary.definition.paragraph().split(separator: "\n").allSatisfy {
                String($0).displayWidth <= 100
            })
    }
}
