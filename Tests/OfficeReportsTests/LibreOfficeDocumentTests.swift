import ChiboTestSupport
import Foundation
import OfficeOpenXML
import Testing

@testable import OfficeReports

/// The three documents opened by LibreOffice and read back: the real client of staff.
/// Skipped, and listed as skipped, when `soffice` is not on PATH.
@Suite(
    .enabled(if: LibreOffice.isAvailable, "LibreOffice (soffice) is not on PATH: real-client checks skipped"))
struct LibreOfficeDocumentTests {
    @Test func workbooksReadBackWithTypesZerosAndDiacritics() throws {
        let directory = try LibreOffice.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let rejects = RejectsWorkbook(entries: [
            RejectEntry(
                file: "members.csv", line: 9, column: "admitted_on", value: "03/02/17",
                code: "date.two_digit_year",
                severity: .error, message: "Năm hai chữ số: ghi đủ bốn chữ số"),
            RejectEntry(
                file: "members.csv", line: 10, column: "member_id", value: "0300", code: "id.duplicate",
                severity: .error, message: "Mã bị trùng"),
        ])
        try Data(Fixtures.workbook.bytes()).write(to: URL(fileURLWithPath: directory + "/indicators.xlsx"))
        try Data(rejects.bytes()).write(to: URL(fileURLWithPath: directory + "/rejects.xlsx"))
        // One LibreOffice start for both workbooks.
        try LibreOffice.convert(
            [directory + "/indicators.xlsx", directory + "/rejects.xlsx"], to: LibreOffice.csvShownAsTyped,
            into: directory)

        let units = exportedRecords(
            try String(contentsOfFile: directory + "/indicators-Theo đơn vị.csv", encoding: .utf8))
        let ids = try #require(units.first { $0.last?.text == "1E5" })
        #expect(ids.suffix(3).map(\.text) == ["001", "0300", "1E5"])
        #expect(ids.suffix(3).allSatisfy { $0.isQuoted })
        let names = try #require(units.first { $0.last?.text == "=SUM(A1)" })
        #expect(names.last == ExportedField(text: "=SUM(A1)", isQuoted: true))
        let members = try #require(units.first { $0.dropFirst().first?.text == "members_total" })
        #expect(
            members.suffix(3) == [
                ExportedField(text: "2,882", isQuoted: false), ExportedField(text: "1,500", isQuoted: false),
                ExportedField(text: "1,382", isQuoted: false),
            ])
        let ratio = try #require(units.first { $0.dropFirst().first?.text == "village_head_member_ratio" })
        #expect(ratio.suffix(3).map(\.text) == ["84.50", "70.00", ""])
        #expect(ratio.suffix(3).prefix(2).allSatisfy { !$0.isQuoted })

        let summary = try String(contentsOfFile: directory + "/indicators-Tổng hợp.csv", encoding: .utf8)
        #expect(summary.contains("\"Toàn tỉnh đạt 1/1 chỉ tiêu"))
        #expect(summary.contains("\"Tỷ lệ trưởng thôn, tổ dân phố là đảng viên\""))

        let data = exportedRecords(
            try String(contentsOfFile: directory + "/indicators-Dữ liệu.csv", encoding: .utf8))
        #expect(data.count == 2 + Fixtures.figures.count)
        #expect(
            data.last?.prefix(5).map(\.text) == [
                "village_head_member_ratio", "district", "1E5", "=SUM(A1)", "2017",
            ])
        #expect(data.last?[4].isQuoted == true)

        let problems = exportedRecords(
            try String(contentsOfFile: directory + "/rejects-members.csv.csv", encoding: .utf8))
        #expect(problems.first?.map(\.text) == ["Tệp", "Dòng", "Cột", "Giá trị", "Mã", "Mức độ", "Nội dung"])
        #expect(
            problems.dropFirst().map { $0[3] } == [
                ExportedField(text: "03/02/17", isQuoted: true), ExportedField(text: "0300", isQuoted: true),
            ])
        #expect(problems.dropFirst().first?.last?.text == "Năm hai chữ số: ghi đủ bốn chữ số")
    }

    /// Under Vietnamese settings the same cells show Vietnamese separators: they are
    /// numbers with a display format, not text, whatever the reader's locale.
    @Test func numbersFollowTheReadersLocale() throws {
        let directory = try LibreOffice.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data(Fixtures.workbook.bytes()).write(to: URL(fileURLWithPath: directory + "/indicators.xlsx"))
        try LibreOffice.convert(
            [directory + "/indicators.xlsx"], to: LibreOffice.csvShownAsTyped, into: directory,
            locale: "vi-VN")
        let units = exportedRecords(
            try String(contentsOfFile: directory + "/indicators-Theo đơn vị.csv", encoding: .utf8))
        let members = try #require(units.first { $0.dropFirst().first?.text == "members_total" })
        #expect(members.suffix(3).map(\.text) == ["2.882", "1.500", "1.382"])
        let ratio = try #require(units.first { $0.dropFirst().first?.text == "village_head_member_ratio" })
        #expect(ratio.suffix(3).prefix(2).map(\.text) == ["84,50", "70,00"])
        #expect(ratio.suffix(3).prefix(2).allSatisfy { !$0.isQuoted })
        let ids = try #require(units.first { $0.last?.text == "1E5" })
        #expect(ids.suffix(3).map(\.text) == ["001", "0300", "1E5"])
    }

    @Test func reportReadsBackAsText() throws {
        let directory = try LibreOffice.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data(PartyReportTests.report.bytes()).write(to: URL(fileURLWithPath: directory + "/report.docx"))
        try LibreOffice.convert([directory + "/report.docx"], to: "txt:Text (encoded):UTF8", into: directory)
        let text = try String(contentsOfFile: directory + "/report.txt", encoding: .utf8)
        var position = text.startIndex
        // In reading order.
        for expected in [
            "ĐẢNG BỘ TỈNH SƠN HÀ", "TỈNH ỦY", "ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO",
            "TỔNG KẾT THỰC HIỆN NGHỊ QUYẾT",
            "I. KẾT QUẢ", "Toàn tỉnh đạt 1/1 chỉ tiêu.", "Chỉ tiêu / Kỳ", "84,5%", "Nơi nhận:",
            "T/M BAN THƯỜNG VỤ",
            "PHỤ LỤC",
        ] {
            let found = text.range(of: expected, range: position..<text.endIndex)
            #expect(found != nil, "\(expected) after what precedes it in:\n\(text)")
            if let found { position = found.upperBound }
        }
    }
}
