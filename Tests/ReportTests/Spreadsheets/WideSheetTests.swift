import ChiboCore
import Testing

@testable import Report

@Suite struct WideSheetTests {
    private let asOf = Day(year: 2018, month: 6, day: 30)!

    private func sheet() throws -> WideSheet {
        let rows = [
            IndicatorRow(
                indicator: "members_total", scope: .province, unitID: "TU", unitName: "Hà Nội", period: .asOf,
                numerator: 1234, value: DecimalNumber(1234)),
            IndicatorRow(
                indicator: "village_head_member_ratio", scope: .district, unitID: "H1",
                unitName: "=HYPERLINK(\"x\")", period: .asOf, numerator: 169, denominator: 200,
                value: DecimalNumber("84.5"), target: Target(">=75"), status: .met),
            IndicatorRow(
                indicator: "white_villages", scope: .province, unitID: "TU", unitName: "Hà Nội",
                period: .asOf,
                numerator: -3, value: DecimalNumber(-3), target: Target("=0"), status: .notMet),
        ]
        return WideSheet(indicators: rows, asOf: asOf)
    }

    private let header =
        "Mã chỉ tiêu,Chỉ tiêu,Đơn vị tính,Phạm vi,Mã đơn vị,Đơn vị,Chỉ tiêu đề ra,Tại 30/06/2018,Kỳ đánh giá,Đánh giá"

    @Test func internationalVariantIsCommaSeparatedWithPointDecimals() throws {
        let bytes = try sheet().bytes(in: .international)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let expected =
            header + "\r\n"
            + "members_total,Tổng số đảng viên,số lượng,Toàn tỉnh,TU,Hà Nội,,1234,Tại 30/06/2018,\r\n"
            + "village_head_member_ratio,\"Tỷ lệ trưởng thôn, tổ dân phố là đảng viên\",%,Cấp huyện,H1,"
            + "\"'=HYPERLINK(\"\"x\"\")\",từ 75 trở lên,84.5,Tại 30/06/2018,đạt\r\n"
            + "white_villages,\"Thôn, tổ dân phố chưa có đảng viên\",số lượng,Toàn tỉnh,TU,Hà Nội,bằng 0,-3,"
            + "Tại 30/06/2018,không đạt\r\n"
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == expected)
    }

    @Test func vietnameseVariantIsSemicolonSeparatedWithCommaDecimals() throws {
        let bytes = try sheet().bytes(in: .vietnamese)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let expected =
            header.replacingOccurrences(of: ",", with: ";") + "\r\n"
            + "members_total;Tổng số đảng viên;số lượng;Toàn tỉnh;TU;Hà Nội;;1234;Tại 30/06/2018;\r\n"
            + "village_head_member_ratio;Tỷ lệ trưởng thôn, tổ dân phố là đảng viên;%;Cấp huyện;H1;"
            + "\"'=HYPERLINK(\"\"x\"\")\";từ 75 trở lên;84,5;Tại 30/06/2018;đạt\r\n"
            + "white_villages;Thôn, tổ dân phố chưa có đảng viên;số lượng;Toàn tỉnh;TU;Hà Nội;bằng 0;-3;"
            + "Tại 30/06/2018;không đạt\r\n"
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == expected)
    }

    @Test func periodsBecomeColumnsInOrderWithTermLast() throws {
        let codes = ["term", "2017", "as_of", "2018-01-01..2018-06-30", "2016"]
        let rows = try codes.map { code in
            IndicatorRow(
                indicator: "admissions", scope: .province, unitID: "TU", unitName: "T",
                period: try #require(Period(code)), numerator: 1, value: DecimalNumber(1))
        }
        let sheet = WideSheet(indicators: rows, asOf: asOf)
        #expect(
            sheet.periods.map(\.description) == ["2016", "2017", "2018-01-01..2018-06-30", "as_of", "term"])
        // One row per indicator and unit: the five periods are one spreadsheet row.
        #expect(sheet.rows(in: .international).count == 2)
    }

    @Test func noCellStartsWithAFormulaTrigger() throws {
        for dialect in SpreadsheetDialect.allCases {
            for row in try sheet().rows(in: dialect) {
                for cell in row {
                    guard case .text = cell else { continue }
                    let field = cell.field(in: dialect)
                    #expect(field.first.map { !"=+-@\t\r".contains($0) } ?? true, "\(field)")
                }
            }
        }
    }
}
