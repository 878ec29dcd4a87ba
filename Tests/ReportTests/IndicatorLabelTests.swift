import ChiboCore
import Foundation
import Testing

@testable import Report

@Suite struct IndicatorLabelTests {
    /// The catalog codes in SPEC order, copied from the SPEC's catalog table.
    static let specCodes = [
        "members_total", "members_probationary", "admissions", "admission_rate", "probation_overdue",
        "task_assigned_ratio", "private_enterprise_members", "village_head_member_ratio", "white_villages",
        "villages_without_cell", "villages_at_risk", "merged_meeting_cells", "member_rating_good_or_better",
        "grassroots_rating_good_or_better", "cell_rating_good_or_better", "weak_organizations",
        "periodic_meeting_regularity", "periodic_meeting_on_time", "thematic_meeting_quarterly",
        "meeting_resolution_ratio", "meeting_quality_good_ratio", "meeting_attendance_criterion",
        "superior_attendance_ratio", "attendance_rate", "absence_removal_candidates",
        "cells_with_regulations",
        "admission_plan_ratio", "committee_trained_ratio", "cells_inspected_half_yearly",
        "cells_inspected_term",
        "commune_key_cadre_qualified",
    ]

    /// The SPEC's count indicators ("count" in the numerator / denominator column).
    static let countCodes: Set = [
        "members_total", "members_probationary", "admissions", "probation_overdue",
        "private_enterprise_members",
        "white_villages", "villages_without_cell", "villages_at_risk", "merged_meeting_cells",
        "weak_organizations",
        "absence_removal_candidates",
    ]

    @Test func everyCatalogCodeHasAVietnameseLabelInCatalogOrder() {
        #expect(IndicatorLabel.catalog.map(\.code) == Self.specCodes)
        for entry in IndicatorLabel.catalog {
            #expect(entry.label != entry.code && !entry.label.isEmpty)
            #expect(entry.label == entry.label.precomposedStringWithCanonicalMapping)
            #expect(entry.isRatio == !Self.countCodes.contains(entry.code), "\(entry.code)")
        }
        #expect(IndicatorLabel.entry(for: "white_villages").label == "Thôn, tổ dân phố chưa có đảng viên")
        #expect(IndicatorLabel.number(of: "commune_key_cadre_qualified") == 31)
    }

    @Test func codesOutsideTheCatalogSortLastByCode() {
        func row(_ code: String, _ scope: TargetScope) -> IndicatorRow {
            IndicatorRow(indicator: code, scope: scope, unitID: "U", unitName: "U", period: .asOf)
        }
        let rows = [
            row("zz_extra", .province), row("aa_extra", .district), row("aa_extra", .province),
            row("members_total", .district),
        ]
        let sorted = rows.sorted(by: IndicatorRow.precedes).map { "\($0.indicator) \($0.scope.rawValue)" }
        #expect(
            sorted == [
                "members_total district", "aa_extra province", "aa_extra district", "zz_extra province",
            ])
    }
}
