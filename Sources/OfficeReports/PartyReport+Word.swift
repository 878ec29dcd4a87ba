import OfficeOpenXML

extension PartyReport {
    /// Body text size: 36-HD/VPTW sets body text in 13–14 pt.
    static let bodySize = 14.0
    /// Table text size, small enough for six columns on A4 portrait.
    static let tableSize = 11.0
    /// First-line indent of body paragraphs: 1 cm.
    static let indent = PageLayout.points(millimetres: 10)

    /// The report as a Word document: A4 portrait, margins 20/20/30/15 mm (top, bottom,
    /// left, right), Times New Roman 14 pt, page numbers from page 2.
    public func wordDocument() -> WordDocument {
        var document = WordDocument(
            page: .a4(top: 20, bottom: 20, left: 30, right: 15), fontName: "Times New Roman",
            fontSize: PartyReport.bodySize, language: "vi-VN", numbersPagesAfterFirst: true,
            properties: DocumentProperties(
                title: ([title] + subtitle).joined(separator: " "), creator: issuingBody, language: "vi-VN",
                application: "chibo"))
        let width = document.page.textWidth
        document.append(header(width: width))
        document.append(WordParagraph([], spaceAfter: 6))
        titleBlock(title: title, subtitle: subtitle, into: &document)
        for section in sections { append(section, width: width, into: &document) }
        document.append(signature(width: width))
        if !appendixTitle.isEmpty {
            document.blocks.append(.pageBreak)
            titleBlock(title: appendixTitle, subtitle: appendixSubtitle, into: &document)
            for section in appendix { append(section, width: width, into: &document) }
        }
        return document
    }

    /// The .docx bytes.
    public func bytes() throws(ZipError) -> [UInt8] {
        try wordDocument().bytes()
    }

    private func centered(_ runs: [WordRun], after: Double = 0) -> WordParagraph {
        WordParagraph(runs, alignment: .center, spaceBefore: 0, spaceAfter: after)
    }

    /// The two-column header without borders: issuing body left, the party right.
    private func header(width: Double) -> WordTable {
        let left = [
            centered([WordRun(superiorBody)]),
            centered([WordRun(issuingBody, isBold: true)]),
            centered([WordRun("*")]),
            centered([WordRun(numberLine)]),
        ]
        let right = [
            centered(
                [WordRun("ĐẢNG CỘNG SẢN VIỆT NAM", isBold: true, isUnderlined: true, fontSize: 15)], after: 12
            ),
            WordParagraph(
                [WordRun(placeAndDate, isItalic: true)], alignment: .right, spaceBefore: 0, spaceAfter: 0),
        ]
        return WordTable(
            rows: [[WordTable.Cell(left), WordTable.Cell(right)]],
            columnWidths: [width * 0.42, width * 0.58],
            hasBorders: false)
    }

    private func titleBlock(title: String, subtitle: [String], into document: inout WordDocument) {
        document.append(
            WordParagraph(
                [WordRun(title, isBold: true, fontSize: 16)], alignment: .center, style: .title,
                spaceBefore: 12,
                spaceAfter: 0))
        for line in subtitle {
            document.append(centered([WordRun(line, isBold: true)]))
        }
        document.append(centered([WordRun("-----")], after: 12))
    }

    private func append(_ section: Section, width: Double, into document: inout WordDocument) {
        if !section.heading.isEmpty {
            document.append(
                WordParagraph([WordRun(section.heading)], alignment: .justified, style: .heading1))
        }
        for block in section.blocks {
            switch block {
            case .paragraph(let text):
                document.append(
                    WordParagraph(
                        [WordRun(text)], alignment: .justified, spaceAfter: 6,
                        firstLineIndent: PartyReport.indent))
            case .note(let text):
                document.append(
                    // Left-aligned: a note often holds a path, which justification would
                    // stretch the line around.
                    WordParagraph(
                        [WordRun(text, isItalic: true, fontSize: 13)], spaceAfter: 6,
                        firstLineIndent: PartyReport.indent))
            case .subheading(let text):
                document.append(WordParagraph([WordRun(text)], alignment: .justified, style: .heading2))
            case .table(let table):
                document.append(wordTable(table, width: width))
                document.append(WordParagraph([], spaceAfter: 6))
            }
        }
    }

    private func wordTable(_ table: ReportTable, width: Double) -> WordTable {
        // Times New Roman at 11 pt averages under 5.5 pt a character; cell margins take 8.5 pt.
        let widths = table.columnWidths(total: width, characterWidth: 5.6, padding: 10)
        func cell(_ text: String, column: Int, isBold: Bool = false, shading: String? = nil) -> WordTable.Cell
        {
            let alignment: WordParagraph.Alignment =
                isBold ? .center : (table.alignsRight[column] ? .right : .left)
            return WordTable.Cell(
                [
                    WordParagraph(
                        [WordRun(text, isBold: isBold, fontSize: PartyReport.tableSize)],
                        alignment: alignment,
                        spaceBefore: 1, spaceAfter: 1)
                ], shading: shading)
        }
        var rows: [[WordTable.Cell]] = [
            table.headings.enumerated().map { cell($1, column: $0, isBold: true, shading: "E7E6E6") }
        ]
        for row in table.rows {
            switch row {
            case .cells(let cells):
                rows.append(cells.enumerated().map { cell($1, column: $0) })
            case .group(let text):
                rows.append([
                    WordTable.Cell(
                        [
                            WordParagraph(
                                [
                                    WordRun(
                                        text, isBold: true, isItalic: true, fontSize: PartyReport.tableSize)
                                ],
                                // A group line stays on the page of its first row.
                                spaceBefore: 2, spaceAfter: 1, keepsWithNext: true)
                        ], columnSpan: table.headings.count)
                ])
            }
        }
        return WordTable(rows: rows, columnWidths: widths, hasBorders: true, headerRowCount: 1)
    }

    /// Recipients left, the signing authority right, room for the signature below it.
    private func signature(width: Double) -> WordTable {
        var left = [
            WordParagraph(
                [WordRun("Nơi nhận:", isBold: true, isItalic: true, fontSize: 12)], spaceBefore: 12,
                spaceAfter: 0)
        ]
        for recipient in recipients {
            left.append(WordParagraph([WordRun(recipient, fontSize: 11)], spaceBefore: 0, spaceAfter: 0))
        }
        var right = [
            WordParagraph(
                [WordRun(signingAuthority, isBold: true)], alignment: .center, spaceBefore: 12, spaceAfter: 0)
        ]
        if !signerTitle.isEmpty { right.append(centered([WordRun(signerTitle)])) }
        // Room for the signature and the signer's name, filled in by hand.
        for _ in 0..<4 { right.append(centered([])) }
        return WordTable(
            rows: [[WordTable.Cell(left), WordTable.Cell(right)]], columnWidths: [width * 0.5, width * 0.5],
            hasBorders: false)
    }
}
