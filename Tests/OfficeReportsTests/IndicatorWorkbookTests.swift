import OfficeOpenXML
import Testing

@testable import OfficeReports

@Suite struct IndicatorWorkbookTests {
    private let sheets = Fixtures.workbook.workbook().sheets

    private func texts(_ row: [SheetCell]) -> [String] {
        row.map { cell in
            switch cell.value {
            case .empty: ""
            case .text(let text): text
            case .number(let number): "#" + number.description
            }
        }
    }

    @Test func sheetsInOrder() {
        #expect(sheets.map(\.name) == ["Tổng hợp", "Theo đơn vị", "Dữ liệu", "Giải thích"])
    }

    /// The province's main-period verdicts: the ratio met in 2017; the count has no
    /// target and 2016 is not the main period, so 1 of 1.
    @Test func provinceTallyCountsMainPeriodVerdicts() {
        #expect(Fixtures.workbook.provinceTally == (met: 1, judged: 1))
        #expect(texts(sheets[0].rows[2]).first?.hasPrefix("Toàn tỉnh đạt 1/1 chỉ tiêu") == true)
    }

    @Test func summaryHoldsEveryProvinceRowWithTypedCells() {
        let summary = sheets[0]
        #expect(summary.frozenRows == 5)
        #expect(texts(summary.rows[4]).first == "STT")
        let body = summary.rows.dropFirst(5).map(texts)
        #expect(
            body == [
                [
                    "#1", "members_total", "Tổng số đảng viên", "số lượng", "Tại 31/12/2020", "", "#2882",
                    "#2882", "", "",
                ],
                [
                    "#8", "village_head_member_ratio", "Tỷ lệ trưởng thôn, tổ dân phố là đảng viên", "%",
                    "Năm 2016",
                    "từ 75 trở lên", "#60", "#60", "#100", "không đạt",
                ],
                [
                    "#8", "village_head_member_ratio", "Tỷ lệ trưởng thôn, tổ dân phố là đảng viên", "%",
                    "Năm 2017",
                    "từ 75 trở lên", "#84.5", "#169", "#200", "đạt",
                ],
            ])
        // Counts with thousands, ratios with two decimals, a missed target in red.
        #expect(summary.rows[5][6].style == .integer)
        #expect(summary.rows[6][6].style == .flaggedDecimal)
        #expect(summary.rows[7][6].style == .decimal)
        #expect(summary.rows[6][9].style == .flaggedText)
    }

    @Test func unitsAreColumnsWithTheirIdsAsText() {
        let units = sheets[1]
        #expect(units.frozenRows == 6)
        #expect(units.frozenColumns == 3)
        #expect(
            texts(units.rows[4]).suffix(3) == ["Đảng bộ tỉnh Sơn Hà", "Đảng bộ huyện Tràng An", "=SUM(A1)"])
        #expect(texts(units.rows[5]).suffix(3) == ["001", "0300", "1E5"])
        #expect(units.rows[5].last == .header("1E5"))
        #expect(texts(units.rows[6]).suffix(3) == ["#2882", "#1500", "#1382"])
        #expect(texts(units.rows[7]).suffix(4) == ["từ 75 trở lên", "#84.5", "#70", ""])
        // Met / judged per unit: the province 1/1, 0300 0/1, 1E5 0/0 (no value, no verdict).
        #expect(texts(units.rows[8]).suffix(3) == ["1/1", "0/1", "0/0"])
        #expect(units.rows.count == 9)
    }

    @Test func dataSheetHasEveryRowWithCodesAsWritten() {
        // The figures' rows are made as the sheet is written: the two heading rows are held.
        #expect(sheets[2].rows.count == 2)
        let data = Worksheet(name: "", rows: sheets[2].allRows)
        #expect(data.rows.count == 2 + Fixtures.figures.count)
        #expect(
            texts(data.rows[1]).prefix(10) == [
                "indicator", "scope", "unit_id", "unit_name", "period", "numerator", "denominator", "value",
                "target",
                "status",
            ])
        #expect(
            texts(data.rows[8]) == [
                "village_head_member_ratio", "district", "1E5", "=SUM(A1)", "2017", "#0", "#0", "", ">=75",
                "",
                "Tỷ lệ trưởng thôn, tổ dân phố là đảng viên",
            ])
        // A year is a period code, so text: `2017`, not the number 2,017.
        #expect(data.rows[8][4] == .text("2017"))
    }

    @Test func catalogSheetExplainsEachIndicator() {
        #expect(
            texts(sheets[3].rows[2]) == [
                "#8", "village_head_member_ratio", "Tỷ lệ trưởng thôn, tổ dân phố là đảng viên", "%",
                "Thôn có trưởng thôn là đảng viên, trên tổng số thôn.", "002 B.I",
            ])
    }

    @Test func noCellIsAFormulaAndRerunsAreIdentical() throws {
        let bytes = try Fixtures.workbook.bytes()
        #expect(bytes == (try Fixtures.workbook.bytes()))
        #expect(!String(decoding: bytes, as: UTF8.self).contains("<f>"))
    }
}
