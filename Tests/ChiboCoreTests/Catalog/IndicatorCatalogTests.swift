import Foundation
import Testing

@testable import ChiboCore

@Suite struct IndicatorCatalogTests {
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

    @Test func theCatalogHasTheSpecCodesInOrderAndNumbersThem() {
        #expect(IndicatorCode.allCases.map(\.rawValue) == Self.specCodes)
        #expect(IndicatorCode.membersTotal.catalogNumber == 1)
        #expect(IndicatorCode.absenceRemovalCandidates.catalogNumber == 25)
        #expect(IndicatorCode.communeKeyCadreQualified.catalogNumber == 31)
    }

    @Test(arguments: IndicatorCode.allCases)
    func everyEntryIsCompleteAndAgreesWithTheSpecTable(code: IndicatorCode) {
        let definition = code.definition
        #expect(definition.isRatio == !Self.countCodes.contains(code.rawValue))
        for text in [definition.vietnameseName, definition.vietnameseDefinition, definition.source] {
            #expect(!text.isEmpty && text == text.precomposedStringWithCanonicalMapping)
        }
        #expect(definition.vietnameseName != code.rawValue)
        // One sentence: a single full stop, at the end.
        #expect(definition.vietnameseDefinition.hasSuffix("."))
        #expect(definition.vietnameseDefinition.dropLast().contains(". ") == false)
    }

    @Test(arguments: [
        (IndicatorCode.admissions, IndicatorDefinition.Periods.perYearAndTerm), (.membersTotal, .asOf),
        (.committeeTrainedRatio, .term), (.cellsInspectedTerm, .term), (.attendanceRate, .perYear),
        (.admissionRate, .perYear), (.communeKeyCadreQualified, .asOf), (.cellsInspectedHalfYearly, .perYear),
    ])
    func periods(code: IndicatorCode, periods: IndicatorDefinition.Periods) {
        #expect(code.definition.periods == periods)
    }

    @Test func theRatingIndicatorsAreTheFourRatingRows() {
        #expect(
            IndicatorCode.allCases.filter(\.definition.isRating) == [
                .memberRatingGoodOrBetter, .grassrootsRatingGoodOrBetter, .cellRatingGoodOrBetter,
                .weakOrganizations,
            ])
        #expect(IndicatorCode.whiteVillages.definition.vietnameseName == "Thôn, tổ dân phố chưa có đảng viên")
        #expect(IndicatorCode.absenceRemovalCandidates.definition.source == "Điều lệ art. 8")
    }
}
