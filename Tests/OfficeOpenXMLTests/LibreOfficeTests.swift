import ChiboTestSupport
import Foundation
import Testing

@testable import OfficeOpenXML

/// Opens generated files in LibreOffice and reads them back. Skipped, and listed as
/// skipped, when `soffice` is not on PATH.
@Suite(
    .enabled(if: LibreOffice.isAvailable, "LibreOffice (soffice) is not on PATH: real-client checks skipped"))
struct LibreOfficeTests {
    @Test func workbookCellsReadBackWithTheirTypes() throws {
        let directory = try LibreOffice.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var sheet = Worksheet(name: "Số liệu", frozenRows: 1)
        sheet.append([.header("Mã"), .header("Giá trị"), .header("Số")])
        let texts = [
            "001", "0300", "1E5", "=SUM(A1)", "Đảng bộ xã Nậm Củm", "_x0041_", "bell\u{7}", "  cách  ",
            "dòng\nhai",
            "+84 912", "-1", "2.57", "03/02/17", "TRUE",
        ]
        for (index, text) in texts.enumerated() {
            sheet.append([
                .text(String(index)), .text(text),
                index == 0 ? .integer(1234) : .decimal(NumberLiteral("84.5")!),
            ])
        }
        var second = Worksheet(name: "Thứ [2]")
        second.append([.text("ok")])
        let path = directory + "/book.xlsx"
        try Data(Workbook(sheets: [sheet, second], properties: DocumentProperties(title: "t")).bytes())
            .write(to: URL(fileURLWithPath: path))
        try LibreOffice.convert([path], to: LibreOffice.csvShownAsTyped, into: directory)
        let csv = try String(contentsOfFile: directory + "/book-Số liệu.csv", encoding: .utf8)
        let records = exportedRecords(csv)
        #expect(records.count == texts.count + 1)
        #expect(records.first?.map(\.text) == ["Mã", "Giá trị", "Số"])
        for (index, text) in texts.enumerated() {
            let record = try #require(records.dropFirst().dropFirst(index).first)
            #expect(record[1] == ExportedField(text: text, isQuoted: true), "row \(index + 2)")
        }
        // Numbers come out unquoted, in their display formats (English settings).
        #expect(records[1][2] == ExportedField(text: "1,234", isQuoted: false))
        #expect(records[2][2] == ExportedField(text: "84.50", isQuoted: false))
        let second2 = try String(contentsOfFile: directory + "/book-Thứ -2-.csv", encoding: .utf8)
        #expect(exportedRecords(second2) == [[ExportedField(text: "ok", isQuoted: true)]])
    }

    @Test func documentTextReadsBack() throws {
        let directory = try LibreOffice.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/report.docx"
        try Data(WordDocumentTests.sampleDocument().bytes()).write(to: URL(fileURLWithPath: path))
        try LibreOffice.convert([path], to: "txt:Text (encoded):UTF8", into: directory)
        let text = try String(contentsOfFile: directory + "/report.txt", encoding: .utf8)
        for expected in [
            "HUYỆN ỦY A & B", "ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", "I. KẾT QUẢ", "hai <b>", "=SUM(A1)",
            "84,5",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
    }
}
