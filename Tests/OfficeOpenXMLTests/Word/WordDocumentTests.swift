import ChiboTestSupport
import Testing

@testable import OfficeOpenXML

@Suite struct WordDocumentTests {
    static func sampleDocument() -> WordDocument {
        var document = WordDocument(
            page: .a4(top: 20, bottom: 20, left: 30, right: 15), fontName: "Times New Roman", fontSize: 14,
            language: "vi-VN", numbersPagesAfterFirst: true,
            properties: DocumentProperties(title: "Báo cáo", language: "vi-VN"))
        let half = document.page.textWidth / 2
        document.append(
            WordTable(
                rows: [
                    [
                        WordTable.Cell("HUYỆN ỦY A & B", alignment: .center),
                        WordTable.Cell(
                            [
                                WordParagraph([
                                    WordRun("ĐẢNG CỘNG SẢN VIỆT NAM", isBold: true, isUnderlined: true)
                                ])
                            ]),
                    ]
                ], columnWidths: [half, half], hasBorders: false))
        document.append(WordParagraph("BÁO CÁO", isBold: true, alignment: .center, style: .title))
        document.append(WordParagraph("I. KẾT QUẢ", style: .heading1))
        document.append(
            WordParagraph([WordRun("  dòng một\ndòng\thai <b>", isItalic: true)], alignment: .justified))
        document.blocks.append(.pageBreak)
        document.append(
            WordTable(
                rows: [
                    [WordTable.Cell("Chỉ tiêu", isBold: true), WordTable.Cell("Kết quả", isBold: true)],
                    [WordTable.Cell("=SUM(A1)"), WordTable.Cell("84,5")],
                ],
                columnWidths: [300, 150], headerRowCount: 1))
        document.append(WordTable(rows: [[WordTable.Cell("x")]], columnWidths: [450]))
        return document
    }

    @Test func everyPartIsWellFormedXML() throws {
        let entries = try ZipReader.entries(of: WordDocumentTests.sampleDocument().bytes())
        #expect(
            entries.map(\.name) == [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                "word/document.xml",
                "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml", "word/header1.xml",
            ])
        for entry in entries {
            let (error, _) = XMLCheck.parse(entry.contents)
            #expect(error == nil, "\(entry.name): \(error ?? "")")
        }
    }

    @Test func documentHoldsTheTextAndLayout() throws {
        let bytes = try WordDocumentTests.sampleDocument().bytes()
        let document = try #require(try ZipReader.text(of: "word/document.xml", in: bytes))
        let (_, check) = XMLCheck.parse(Array(document.utf8))
        let texts = check.texts["w:t"] ?? []
        #expect(texts.contains("HUYỆN ỦY A & B"))
        #expect(texts.contains("  dòng một"))
        #expect(texts.contains("hai <b>"))
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(document.contains("<w:tblHeader/>"))
        #expect(document.contains("<w:top w:val=\"nil\"/>"))
        #expect(document.contains("<w:br w:type=\"page\"/>"))
        #expect(document.contains("<w:u w:val=\"single\"/>"))
        // Two adjacent tables are kept apart, and the body does not end with a table.
        #expect(document.contains("</w:tbl><w:p/><w:tbl>"))
        #expect(document.contains("</w:tbl><w:p/><w:sectPr>"))
        let styles = try #require(try ZipReader.text(of: "word/styles.xml", in: bytes))
        #expect(styles.contains("w:ascii=\"Times New Roman\""))
        #expect(styles.contains("<w:sz w:val=\"28\"/>"))
    }

    @Test func sameDocumentGivesTheSameBytes() throws {
        #expect(try WordDocumentTests.sampleDocument().bytes() == WordDocumentTests.sampleDocument().bytes())
    }
}
