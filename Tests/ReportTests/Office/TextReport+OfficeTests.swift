import ChiboCore
import OfficeOpenXML
import OfficeReports
import Testing

@testable import Report

@Suite struct TextReportOfficeTests {
    private let asOf = Day(year: 2018, month: 6, day: 30)!

    private var rows: [IndicatorRow] {
        [
            IndicatorRow(
                indicator: "members_total", scope: .province, unitID: "001", unitName: "Đảng bộ tỉnh Sơn Hà",
                period: .asOf, numerator: 1234, value: DecimalNumber(1234)),
            IndicatorRow(
                indicator: "village_head_member_ratio", scope: .province, unitID: "001",
                unitName: "Đảng bộ tỉnh Sơn Hà", period: .year(2017), numerator: 169, denominator: 200,
                value: DecimalNumber("84.5"), target: Target(">=75"), status: .met),
            IndicatorRow(
                indicator: "village_head_member_ratio", scope: .province, unitID: "001",
                unitName: "Đảng bộ tỉnh Sơn Hà",
                period: .clippedYear(first: Day(year: 2018, month: 1, day: 1)!, last: asOf),
                numerator: 90, denominator: 100, value: DecimalNumber(90), target: Target(">=75")),
        ]
    }

    @Test func figuresCarryCodesValuesAndTheMainPeriod() {
        let figures = IndicatorRow.figures(rows, asOf: asOf)
        #expect(figures.map(\.periodCode) == ["as_of", "2017", "2018-01-01..2018-06-30"])
        #expect(figures.map(\.periodLabel) == ["Tại 30/06/2018", "Năm 2017", "01/01-30/06/2018"])
        // The latest full year is the ratio's main period, not the partial 2018.
        #expect(figures.map(\.isMainPeriod) == [true, true, false])
        #expect(figures[1].value == NumberLiteral("84.5"))
        #expect(figures[1].targetCode == ">=75")
        #expect(figures[1].targetText == "từ 75 trở lên")
        #expect(figures[1].status == .met)
        #expect(figures[1].indicator.isRatio && figures[1].indicator.number == 8)
        #expect(figures[0].indicator.name == "Tổng số đảng viên")
    }

    @Test(arguments: [
        ("Đảng bộ tỉnh Sơn Hà", "TỈNH ỦY", "TU"), ("Đảng bộ thành phố Hà Nội", "THÀNH ỦY", "TU"),
        ("Đảng bộ huyện Mường Tè", "HUYỆN ỦY", "HU"), ("Chi bộ X", "BAN THƯỜNG VỤ", "BTV"),
    ])
    func committeeOfTheRoot(name: String, committee: String, abbreviation: String) {
        #expect(TextReport.committee(of: name) == (committee, abbreviation))
    }

    @Test func partyReportHasTheSectionsOfTheTextReport() {
        let report = TextReport(
            quarter: Quarter("2018-Q2")!, review: .midTerm, indicators: rows, ingestSummaries: nil,
            rejectCounts: nil,
            comparison: nil)
        let party = report.partyReport()
        #expect(party.superiorBody == "ĐẢNG BỘ TỈNH SƠN HÀ")
        #expect(party.issuingBody == "TỈNH ỦY")
        #expect(party.subtitle.first?.hasPrefix("SƠ KẾT GIỮA NHIỆM KỲ") == true)
        let text = report.rendered()
        for heading in party.sections.map(\.heading) where !heading.isEmpty {
            #expect(text.contains(heading + "\n"), "\(heading)")
        }
        #expect(party.sections.count == 6)
    }
}
