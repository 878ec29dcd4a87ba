import ChiboCore
import Testing

@testable import Report

@Suite struct IndicatorComparisonTests {
    private func row(
        _ indicator: String, _ period: String, value: String?, target: String? = nil,
        status: IndicatorRow.Status? = nil, scope: TargetScope = .province, unit: String = "TU"
    ) -> IndicatorRow {
        IndicatorRow(
            indicator: indicator, scope: scope, unitID: unit, unitName: "Tỉnh ủy", period: Period(period)!,
            numerator: value.flatMap { Int($0) }, value: value.flatMap { DecimalNumber($0) },
            target: target.flatMap { Target($0) }, status: status)
    }

    private func comparison() -> IndicatorComparison {
        let old = [
            row("members_total", "as_of", value: "1220"),
            row("admissions", "2018-01-01..2018-03-31", value: "8"),
            row("probation_overdue", "as_of", value: "0", target: "=0", status: .met),
            row("white_villages", "as_of", value: "1"),
            row("merged_meeting_cells", "as_of", value: "3"),
        ]
        let new = [
            row("members_total", "as_of", value: "1234"),
            row("admissions", "2018-01-01..2018-06-30", value: "20"),
            row("probation_overdue", "as_of", value: "2", target: "=0", status: .notMet),
            row("white_villages", "as_of", value: "1"),
            row("committee_trained_ratio", "term", value: "90"),
        ]
        return IndicatorComparison(
            old: old, oldReview: ReviewName("so-ket/2018-Q1")!, new: new,
            newReview: ReviewName("so-ket/2018-Q2")!)
    }

    @Test func matchesKeysAndComputesDeltas() throws {
        let entries = comparison().entries
        // Catalog order: members_total 1, admissions 3, probation_overdue 5, white_villages 9,
        // merged_meeting_cells 12, committee_trained_ratio 28.
        #expect(
            entries.map(\.row.indicator) == [
                "members_total", "admissions", "probation_overdue", "white_villages", "merged_meeting_cells",
                "committee_trained_ratio",
            ])
        #expect(entries[0].delta == DecimalNumber(14))  // 1234 − 1220
        #expect(entries[1].delta == DecimalNumber(12))  // the clipped 2018 grew from 8 to 20
        #expect(entries[2].isStatusChanged)
        #expect(!entries[3].isChanged)
        #expect(entries[4].new == nil && entries[4].isChanged)
        #expect(entries[5].old == nil && entries[5].isChanged)
    }

    @Test func rendersOneReadableLinePerChange() {
        let comparison = comparison()
        let lines = comparison.rendered().split(separator: "\n").map { String($0) }
        func line(containing text: String) -> String? { lines.first { $0.contains(text) } }
        #expect(line(containing: "1.220")?.contains("+14") == true)
        #expect(line(containing: "01/01-31/03/2018 → 01/01-30/06/2018")?.contains("+12") == true)
        #expect(line(containing: "đạt → không đạt")?.contains("+2") == true)
        #expect(line(containing: "chỉ có ở so-ket/2018-Q1")?.contains("Tại 31/03/2018") == true)
        #expect(line(containing: "chỉ có ở so-ket/2018-Q2")?.contains("Cả nhiệm kỳ") == true)
        // The unchanged white_villages row is not listed.
        #expect(!lines.contains { $0.contains("white_villages") })
        #expect(
            comparison.summary
                == "Số dòng thay đổi: 3; không đổi: 1; chỉ có ở so-ket/2018-Q1: 1; chỉ có ở so-ket/2018-Q2: 1."
        )
    }
}
