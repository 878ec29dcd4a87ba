import OfficeOpenXML
import Testing

@testable import OfficeReports

@Suite struct PartyReportTests {
    static let report = PartyReport(
        superiorBody: "ĐẢNG BỘ TỈNH SƠN HÀ", issuingBody: "TỈNH ỦY", numberLine: "Số        -BC/TU",
        placeAndDate: "……………, ngày …… tháng …… năm ……", title: "BÁO CÁO",
        subtitle: ["TỔNG KẾT THỰC HIỆN NGHỊ QUYẾT"],
        sections: [
            PartyReport.Section(
                heading: "", blocks: [.paragraph("Thời gian: từ 01/01/2016 đến 31/12/2020.")]),
            PartyReport.Section(
                heading: "I. KẾT QUẢ",
                blocks: [
                    .paragraph("Toàn tỉnh đạt 1/1 chỉ tiêu."),
                    .table(
                        ReportTable(
                            headings: ["Chỉ tiêu / Kỳ", "Kết quả", "Đánh giá"],
                            alignsRight: [false, true, false],
                            rows: [
                                .group("8. Tỷ lệ trưởng thôn là đảng viên"),
                                .cells(["Năm 2017", "84,5%", "đạt"]),
                            ])),
                ]),
        ],
        signingAuthority: "T/M BAN THƯỜNG VỤ", signerTitle: "",
        recipients: ["- Ban Tổ chức Trung ương,", "- Lưu Văn phòng Tỉnh ủy."], appendixTitle: "PHỤ LỤC",
        appendixSubtitle: ["GIẢI THÍCH CÁC CHỈ TIÊU"],
        appendix: [
            PartyReport.Section(
                heading: "",
                blocks: [
                    .table(
                        ReportTable(headings: ["Mã", "Cách tính"], alignsRight: [false, false], rows: []))
                ])
        ])

    private func texts(_ paragraphs: [WordParagraph]) -> [String] {
        paragraphs.map { $0.runs.map(\.text).joined() }
    }

    @Test func headerIsABorderlessTableWithTheIssuingBodyLeftAndThePartyRight() throws {
        let document = PartyReportTests.report.wordDocument()
        guard case .table(let header) = document.blocks.first else {
            Issue.record("the document does not open with the header table")
            return
        }
        #expect(!header.hasBorders)
        #expect(header.rows.count == 1 && header.rows[0].count == 2)
        #expect(
            texts(header.rows[0][0].paragraphs) == [
                "ĐẢNG BỘ TỈNH SƠN HÀ", "TỈNH ỦY", "*", "Số        -BC/TU",
            ])
        let party = try #require(header.rows[0][1].paragraphs.first?.runs.first)
        #expect(party.text == "ĐẢNG CỘNG SẢN VIỆT NAM" && party.isBold && party.isUnderlined)
        let date = try #require(header.rows[0][1].paragraphs.last?.runs.first)
        #expect(date.text == "……………, ngày …… tháng …… năm ……" && date.isItalic)
    }

    @Test func bodyFollowsTitleSectionsSignatureThenAppendix() {
        let document = PartyReportTests.report.wordDocument()
        var outline: [String] = []
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph):
                let text = paragraph.runs.map(\.text).joined()
                if !text.isEmpty { outline.append(text) }
            case .table(let table):
                outline.append(table.hasBorders ? "[table \(table.headerRowCount)]" : "[layout]")
            case .pageBreak:
                outline.append("[page]")
            }
        }
        #expect(
            outline == [
                "[layout]", "BÁO CÁO", "TỔNG KẾT THỰC HIỆN NGHỊ QUYẾT", "-----",
                "Thời gian: từ 01/01/2016 đến 31/12/2020.", "I. KẾT QUẢ", "Toàn tỉnh đạt 1/1 chỉ tiêu.",
                "[table 1]", "[layout]", "[page]", "PHỤ LỤC", "GIẢI THÍCH CÁC CHỈ TIÊU", "-----", "[table 1]",
            ])
    }

    @Test func signatureBlockNamesTheAuthorityAndTheRecipients() throws {
        let document = PartyReportTests.report.wordDocument()
        let layouts = document.blocks.compactMap { block -> WordTable? in
            if case .table(let table) = block, !table.hasBorders { return table }
            return nil
        }
        let signature = try #require(layouts.last)
        #expect(
            texts(signature.rows[0][0].paragraphs) == [
                "Nơi nhận:", "- Ban Tổ chức Trung ương,", "- Lưu Văn phòng Tỉnh ủy.",
            ])
        #expect(texts(signature.rows[0][1].paragraphs).first == "T/M BAN THƯỜNG VỤ")
    }

    @Test func pageIsA4InTimesNewRoman() {
        let document = PartyReportTests.report.wordDocument()
        #expect(Int((document.page.width * 20).rounded()) == 11906)
        #expect(Int((document.page.height * 20).rounded()) == 16838)
        #expect(document.fontName == "Times New Roman")
        #expect((13...14).contains(document.fontSize))
        #expect(document.numbersPagesAfterFirst)
    }

    @Test func groupLinesSpanTheTableAndTheHeaderRowRepeats() throws {
        let document = PartyReportTests.report.wordDocument()
        let tables = document.blocks.compactMap { block -> WordTable? in
            if case .table(let table) = block, table.hasBorders { return table }
            return nil
        }
        let table = try #require(tables.first)
        #expect(table.headerRowCount == 1)
        #expect(table.rows[1].count == 1 && table.rows[1][0].columnSpan == 3)
        #expect(abs(table.columnWidths.reduce(0, +) - document.page.textWidth) < 0.01)
    }

    @Test(arguments: [
        (
            ["Mã đơn vị", "Đơn vị", "Kết quả"],
            [["SH.01", String(repeating: "Đảng bộ huyện ", count: 8), "84,62%"]]
        ),
        (["STT", "Chỉ tiêu"], [["31", "Cán bộ chủ chốt cấp xã đạt chuẩn"]]),
        (
            ["STT", "Chỉ tiêu", "Mã"],
            [
                [
                    "31", String(repeating: "Cán bộ chủ chốt cấp xã ", count: 4),
                    "grassroots_rating_good_or_better",
                ]
            ]
        ),
    ])
    func unbreakableWordsGetTheirWholeWidth(headings: [String], cells: [[String]]) {
        let table = ReportTable(
            headings: headings, alignsRight: headings.map { _ in false }, rows: cells.map { .cells($0) })
        let widths = table.columnWidths(total: 450, characterWidth: 5.6, padding: 10)
        #expect(abs(widths.reduce(0, +) - 450) < 0.01)
        // No word is cut: a column is at least its longest word (a heading's plus one, bold).
        for (index, heading) in headings.enumerated() {
            let longest = max(
                (heading.split(separator: " ").map(\.count).max() ?? 0) + 1,
                cells.flatMap { $0[index].split(separator: " ").map(\.count) }.max() ?? 0)
            #expect(widths[index] >= Double(longest) * 5.6 + 10 - 0.01, "\(heading)")
        }
    }
}

@Suite struct ReportTableMeasuresTests {
    @Test(arguments: [
        ("", 0, 0), ("abc", 3, 3), ("Huyện ủy Lạc Sơn", 16, 5), ("  a  bb ", 8, 2),
        ("Đảng bộ huyện Mường Tè", 22, 5), ("338/400", 7, 7),
    ])
    func scalarsAndLongestWordAreCountedOnBytes(text: String, scalars: Int, longestWord: Int) throws {
        let measures = try #require(text.utf8.withContiguousStorageIfAvailable(ReportTable.measures) ?? nil)
        #expect(measures.scalars == scalars && measures.scalars == text.unicodeScalars.count)
        #expect(measures.longestWord == longestWord)
        #expect(longestWord == (text.split(separator: " ").map(\.unicodeScalars.count).max() ?? 0))
    }

    @Test(arguments: ["a\u{0301} b", "x – y", "한국"])
    func textOutsideTheShortcutIsLeftToCharacters(text: String) {
        #expect((text.utf8.withContiguousStorageIfAvailable(ReportTable.measures) ?? nil) == nil)
    }
}
