import ChiboTestSupport
import Testing

@testable import OfficeOpenXML

@Suite struct WorkbookTests {
    static func sampleWorkbook() -> Workbook {
        var summary = Worksheet(name: "Tổng hợp", frozenRows: 1, frozenColumns: 1, hasAutoFilter: true)
        summary.append([.header("Mã"), .header("Tên"), .header("Số lượng"), .header("Tỷ lệ (%)")])
        summary.append([
            .text("001"), .text("Đảng bộ xã Nậm Củm"), .integer(1234), .decimal(NumberLiteral("84.5")!),
        ])
        summary.append([.text("0300"), .text("=SUM(A1)"), .integer(-3), .decimal(NumberLiteral("100")!)])
        summary.append([.text("1E5"), .text("  cách  "), .empty, SheetCell(.empty, style: .decimal)])
        summary.fitColumnWidths()
        var lists = Worksheet(name: "Danh/sách?")
        lists.append([.header("Trạng thái")])
        lists.validations = [DataValidation(column: 0, rows: 2...100, items: ["có mặt", "vắng có lý do"])!]
        return Workbook(
            sheets: [summary, lists],
            properties: DocumentProperties(title: "Chỉ tiêu & kết quả", creator: "chibo"))
    }

    @Test func everyPartIsWellFormedXML() throws {
        let entries = try ZipReader.entries(of: WorkbookTests.sampleWorkbook().bytes())
        #expect(entries.count == 10)
        for entry in entries {
            let (error, _) = XMLCheck.parse(entry.contents)
            #expect(error == nil, "\(entry.name): \(error ?? "")")
        }
    }

    @Test func partsComeInAFixedOrderAndEveryPartHasAContentType() throws {
        let bytes = try WorkbookTests.sampleWorkbook().bytes()
        let names = try ZipReader.entries(of: bytes).map(\.name)
        #expect(
            names == [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
                "xl/worksheets/sheet1.xml",
                "xl/worksheets/sheet2.xml",
            ])
        let types = try #require(try ZipReader.text(of: "[Content_Types].xml", in: bytes))
        for name in names where !name.hasSuffix(".rels") && name != "[Content_Types].xml" {
            #expect(types.contains("PartName=\"/\(name)\""), "\(name)")
        }
    }

    @Test func textIsSharedAndNumbersAreValues() throws {
        let bytes = try WorkbookTests.sampleWorkbook().bytes()
        let strings = try #require(try ZipReader.text(of: "xl/sharedStrings.xml", in: bytes))
        let (_, check) = XMLCheck.parse(Array(strings.utf8))
        #expect(
            check.texts["t"] == [
                "Mã", "Tên", "Số lượng", "Tỷ lệ (%)", "001", "Đảng bộ xã Nậm Củm", "0300", "=SUM(A1)", "1E5",
                "  cách  ", "Trạng thái",
            ])
        let sheet = try #require(try ZipReader.text(of: "xl/worksheets/sheet1.xml", in: bytes))
        #expect(sheet.contains("<c r=\"C2\" s=\"3\"><v>1234</v></c>"))
        #expect(sheet.contains("<c r=\"D2\" s=\"4\"><v>84.5</v></c>"))
        #expect(sheet.contains("<c r=\"A3\" s=\"1\" t=\"s\"><v>6</v></c>"))
        #expect(!sheet.contains("<f>"))
        #expect(sheet.contains("<t xml:space=\"preserve\">") == false)
        #expect(strings.contains("<t xml:space=\"preserve\">  cách  </t>"))
        #expect(
            sheet.contains(
                "<pane xSplit=\"1\" ySplit=\"1\" topLeftCell=\"B2\" activePane=\"bottomRight\" state=\"frozen\"/>"
            ))
        #expect(sheet.contains("<autoFilter ref=\"A1:D4\"/>"))
    }

    @Test func sheetNamesAreSanitizedAndDefinedNamesQuoteThem() throws {
        let bytes = try WorkbookTests.sampleWorkbook().bytes()
        let workbook = try #require(try ZipReader.text(of: "xl/workbook.xml", in: bytes))
        #expect(workbook.contains("name=\"Danh-sách-\""))
        #expect(workbook.contains("&apos;Tổng hợp&apos;!$A$1:$D$4"))
        #expect(workbook.contains("&apos;Tổng hợp&apos;!$1:$1"))
    }

    @Test func validationListIsWritten() throws {
        let bytes = try WorkbookTests.sampleWorkbook().bytes()
        let sheet = try #require(try ZipReader.text(of: "xl/worksheets/sheet2.xml", in: bytes))
        #expect(sheet.contains("sqref=\"A2:A100\"><formula1>&quot;có mặt,vắng có lý do&quot;</formula1>"))
        #expect(DataValidation(range: "A1", items: ["a,b"]) == nil)
        #expect(DataValidation(range: "A1", items: [String(repeating: "x", count: 256)]) == nil)
    }

    @Test func columnFormatsAreWrittenWithoutCells() throws {
        var sheet = Worksheet(name: "Mẫu")
        sheet.append([.header("Mã"), .header("Tên"), .header("Ghi chú")])
        sheet.columnWidths = [10, 20]
        sheet.columnStyles = [.text, .text, .general]
        let bytes = try Workbook(sheets: [sheet], properties: DocumentProperties(title: "t")).bytes()
        let xml = try #require(try ZipReader.text(of: "xl/worksheets/sheet1.xml", in: bytes))
        #expect(
            xml.contains(
                "<cols><col min=\"1\" max=\"1\" width=\"10\" customWidth=\"1\" style=\"1\"/>"
                    + "<col min=\"2\" max=\"2\" width=\"20\" customWidth=\"1\" style=\"1\"/>"
                    + "<col min=\"3\" max=\"3\"/></cols>"))
        // Only the header row has cells.
        #expect(xml.components(separatedBy: "<row ").count == 2)
    }

    @Test func propertiesCarryNoTimestamp() throws {
        let bytes = try WorkbookTests.sampleWorkbook().bytes()
        let core = try #require(try ZipReader.text(of: "docProps/core.xml", in: bytes))
        #expect(core.contains("<dc:title>Chỉ tiêu &amp; kết quả</dc:title>"))
        #expect(!core.contains("dcterms:created"))
        #expect(!core.contains("dcterms:modified"))
    }

    @Test func sameWorkbookGivesTheSameBytes() throws {
        #expect(try WorkbookTests.sampleWorkbook().bytes() == WorkbookTests.sampleWorkbook().bytes())
    }

    @Test func composedAndDecomposedTextStayDistinct() throws {
        var sheet = Worksheet(name: "x")
        sheet.append([.text("\u{E9}"), .text("e\u{301}")])
        let bytes = try Workbook(sheets: [sheet], properties: DocumentProperties(title: "t")).bytes()
        let strings = try #require(try ZipReader.text(of: "xl/sharedStrings.xml", in: bytes))
        #expect(strings.contains("uniqueCount=\"2\""))
    }
}
