import ChiboCore
import Testing

@testable import Indicators

@Suite struct CatalogTests {
    @Test func catalogHasTheThirtyOneCodesInSpecOrder() {
        #expect(Catalog.codes.count == 31)
        #expect(Catalog.codes.first?.rawValue == "members_total")
        #expect(Catalog.codes.last?.rawValue == "commune_key_cadre_qualified")
        #expect(Catalog.codes.firstIndex(of: .absenceRemovalCandidates)! + 1 == 25)
    }

    @Test(arguments: [
        (IndicatorCode.admissions, Catalog.PeriodKind.perYearAndTerm), (.membersTotal, .asOf),
        (.committeeTrainedRatio, .term), (.cellsInspectedTerm, .term), (.attendanceRate, .perYear),
        (.admissionRate, .perYear), (.communeKeyCadreQualified, .asOf),
    ])
    func periodKinds(code: IndicatorCode, kind: Catalog.PeriodKind) {
        #expect(Catalog.periodKind(of: code) == kind)
    }

    @Test func countsAreTheElevenCountIndicators() {
        let counts = Catalog.codes.filter { Catalog.kind(of: $0) == .count }
        #expect(
            counts == [
                .membersTotal, .membersProbationary, .admissions, .probationOverdue,
                .privateEnterpriseMembers,
                .whiteVillages, .villagesWithoutCell, .villagesAtRisk, .mergedMeetingCells,
                .weakOrganizations,
                .absenceRemovalCandidates,
            ])
    }
}
