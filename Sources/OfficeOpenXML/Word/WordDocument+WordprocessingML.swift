extension WordDocument {
    static let namespaces =
        " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        + " xmlns:r=\"\(OfficePackage.relationshipNamespace)\""

    func documentXML() -> [UInt8] {
        var none: ZipEntry.Stream? = nil
        return documentXML(handingOnTo: &none)
    }

    /// document.xml, handed on to `stream` in pieces as it is written (the appendix tables
    /// run to a million rows at national size) when there is one; returns the bytes not
    /// handed on.
    func documentXML(handingOnTo stream: inout ZipEntry.Stream?) -> [UInt8] {
        var xml = XMLWriter()
        xml.markup("<w:document" + WordDocument.namespaces + "><w:body>")
        var previousWasTable = false
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                write(paragraph, to: &xml)
                previousWasTable = false
            case .table(let table):
                // Two tables in a row would merge into one; a paragraph keeps them apart.
                if previousWasTable { xml.markup("<w:p/>") }
                write(table, to: &xml, handingOnTo: &stream)
                previousWasTable = true
            case .pageBreak:
                xml.markup("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>")
                previousWasTable = false
            }
        }
        // The body must not end with a table.
        if previousWasTable { xml.markup("<w:p/>") }
        xml.markup("<w:sectPr>")
        if numbersPagesAfterFirst { xml.markup("<w:headerReference w:type=\"default\" r:id=\"rId3\"/>") }
        xml.markup(
            "<w:pgSz w:w=\"\(twips(page.width))\" w:h=\"\(twips(page.height))\"/>"
                + "<w:pgMar w:top=\"\(twips(page.top))\" w:right=\"\(twips(page.right))\""
                + " w:bottom=\"\(twips(page.bottom))\" w:left=\"\(twips(page.left))\""
                + " w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>")
        if numbersPagesAfterFirst { xml.markup("<w:titlePg/>") }
        xml.markup("</w:sectPr></w:body></w:document>")
        return xml.bytes
    }

    private func twips(_ points: Double) -> Int {
        Int((points * 20).rounded())
    }

    // Paragraphs, runs and cells are written with literals and digits rather than
    // interpolated strings: a national report has millions of table cells.

    private func write(_ paragraph: WordParagraph, to xml: inout XMLWriter) {
        xml.markup(literal: "<w:p><w:pPr>")
        if paragraph.style != .normal {
            xml.markup(literal: "<w:pStyle w:val=\"")
            xml.markup(paragraph.style.rawValue)
            xml.markup(literal: "\"/>")
        }
        if paragraph.keepsWithNext { xml.markup(literal: "<w:keepNext/>") }
        if paragraph.spaceBefore != nil || paragraph.spaceAfter != nil {
            xml.markup(literal: "<w:spacing")
            if let before = paragraph.spaceBefore {
                xml.markup(literal: " w:before=\"")
                xml.decimal(twips(before))
                xml.markup(literal: "\"")
            }
            if let after = paragraph.spaceAfter {
                xml.markup(literal: " w:after=\"")
                xml.decimal(twips(after))
                xml.markup(literal: "\"")
            }
            xml.markup(literal: "/>")
        }
        if paragraph.firstLineIndent != 0 {
            xml.markup(literal: "<w:ind w:firstLine=\"")
            xml.decimal(twips(paragraph.firstLineIndent))
            xml.markup(literal: "\"/>")
        }
        if paragraph.alignment != .left {
            xml.markup(literal: "<w:jc w:val=\"")
            xml.markup(paragraph.alignment.rawValue)
            xml.markup(literal: "\"/>")
        }
        // The paragraph mark takes the size of the first run, so that an empty or short
        // paragraph in small print is not as tall as body text.
        if let size = paragraph.runs.first?.fontSize {
            writeSize(size, to: &xml)
        }
        xml.markup(literal: "</w:pPr>")
        for run in paragraph.runs { write(run, to: &xml) }
        xml.markup(literal: "</w:p>")
    }

    /// `<w:rPr>` with the size of `size` points, in half points.
    private func writeSize(_ size: Double, to xml: inout XMLWriter) {
        let halfPoints = Int((size * 2).rounded())
        xml.markup(literal: "<w:rPr><w:sz w:val=\"")
        xml.decimal(halfPoints)
        xml.markup(literal: "\"/><w:szCs w:val=\"")
        xml.decimal(halfPoints)
        xml.markup(literal: "\"/></w:rPr>")
    }

    private func write(_ run: WordRun, to xml: inout XMLWriter) {
        xml.markup(literal: "<w:r>")
        if run.isBold || run.isItalic || run.fontSize != nil || run.isUnderlined {
            xml.markup(literal: "<w:rPr>")
            if run.isBold { xml.markup(literal: "<w:b/><w:bCs/>") }
            if run.isItalic { xml.markup(literal: "<w:i/><w:iCs/>") }
            if let size = run.fontSize {
                let halfPoints = Int((size * 2).rounded())
                xml.markup(literal: "<w:sz w:val=\"")
                xml.decimal(halfPoints)
                xml.markup(literal: "\"/><w:szCs w:val=\"")
                xml.decimal(halfPoints)
                xml.markup(literal: "\"/>")
            }
            if run.isUnderlined { xml.markup(literal: "<w:u w:val=\"single\"/>") }
            xml.markup(literal: "</w:rPr>")
        }
        // Line feeds and tabs are elements in WordprocessingML, not characters of w:t. A
        // line feed, a tab and CR LF are each a `Character` of their own (a lone CR is
        // text), so the bytes can be searched for them.
        let utf8 = run.text.utf8
        if !utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) {
            if !utf8.isEmpty { xml.element("w:t", text: run.text) }
        } else {
            let bytes = Array(utf8)
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let isCRLF = byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A
                guard byte == 0x0A || byte == 0x09 || isCRLF else {
                    index += 1
                    continue
                }
                if index > start {
                    xml.element("w:t", text: String(decoding: bytes[start..<index], as: UTF8.self))
                }
                if byte == 0x09 {
                    xml.markup(literal: "<w:tab/>")
                } else {
                    xml.markup(literal: "<w:br/>")
                }
                index += isCRLF ? 2 : 1
                start = index
            }
            if start < bytes.count {
                xml.element("w:t", text: String(decoding: bytes[start...], as: UTF8.self))
            }
        }
        xml.markup(literal: "</w:r>")
    }

    private func write(
        _ table: WordTable, to xml: inout XMLWriter, handingOnTo stream: inout ZipEntry.Stream?
    ) {
        xml.markup("<w:tbl><w:tblPr>")
        let totalWidth = table.columnWidths.reduce(0, +)
        xml.markup("<w:tblW w:w=\"\(twips(totalWidth))\" w:type=\"dxa\"/>")
        let border =
            table.hasBorders
            ? "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"" : "w:val=\"nil\""
        xml.markup("<w:tblBorders>")
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            xml.markup("<w:\(side) \(border)/>")
        }
        xml.markup("</w:tblBorders><w:tblLayout w:type=\"fixed\"/>")
        xml.markup(
            "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
        )
        xml.markup("<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\"")
        xml.markup(" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>")
        for width in table.columnWidths { xml.markup("<w:gridCol w:w=\"\(twips(width))\"/>") }
        xml.markup("</w:tblGrid>")
        let verticalAlignment: StaticString =
            table.hasBorders ? "<w:vAlign w:val=\"center\"/></w:tcPr>" : "<w:vAlign w:val=\"top\"/></w:tcPr>"
        for (rowIndex, row) in table.rows.enumerated() {
            xml.markup(literal: "<w:tr><w:trPr><w:cantSplit/>")
            if rowIndex < table.headerRowCount { xml.markup(literal: "<w:tblHeader/>") }
            xml.markup(literal: "</w:trPr>")
            var column = 0
            for cell in row {
                let span = max(1, cell.columnSpan)
                let end = min(column + span, table.columnWidths.count)
                let width = column < end ? table.columnWidths[column..<end].reduce(0, +) : 0
                xml.markup(literal: "<w:tc><w:tcPr><w:tcW w:w=\"")
                xml.decimal(twips(width))
                xml.markup(literal: "\" w:type=\"dxa\"/>")
                if span > 1 {
                    xml.markup(literal: "<w:gridSpan w:val=\"")
                    xml.decimal(span)
                    xml.markup(literal: "\"/>")
                }
                if let shading = cell.shading {
                    xml.markup(literal: "<w:shd w:val=\"clear\" w:color=\"auto\"")
                    xml.attribute("w:fill", shading)
                    xml.markup(literal: "/>")
                }
                xml.markup(literal: verticalAlignment)
                if cell.paragraphs.isEmpty {
                    xml.markup(literal: "<w:p/>")
                } else {
                    for paragraph in cell.paragraphs { write(paragraph, to: &xml) }
                }
                xml.markup(literal: "</w:tc>")
                column += span
            }
            xml.markup(literal: "</w:tr>")
            if stream != nil && xml.count >= 1 << 16 { xml.handOn(to: &stream!) }
        }
        xml.markup("</w:tbl>")
    }

    func stylesXML() -> [UInt8] {
        var xml = XMLWriter()
        let size = Int((fontSize * 2).rounded())
        xml.markup("<w:styles" + WordDocument.namespaces + "><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts")
        for attribute in ["w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"] { xml.attribute(attribute, fontName) }
        xml.markup("/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>")
        if !language.isEmpty {
            xml.markup("<w:lang")
            xml.attribute("w:val", language)
            xml.attribute("w:eastAsia", language)
            xml.attribute("w:bidi", language)
            xml.markup("/>")
        }
        // Single line spacing plus 6 pt after each paragraph, as party documents are set.
        xml.markup(
            "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"120\" w:line=\"264\""
                + " w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>")
        xml.markup(
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                + "<w:qFormat/></w:style>")
        xml.markup(
            "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"0\""
                + " w:after=\"0\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>")
        for (id, name, level, isItalic) in [
            ("Heading1", "heading 1", 0, false), ("Heading2", "heading 2", 1, true),
        ] {
            xml.markup(
                "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
                    + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"
                    + "<w:keepLines/><w:spacing w:before=\"180\" w:after=\"120\"/><w:ind w:firstLine=\"567\"/>"
                    + "<w:jc w:val=\"both\"/><w:outlineLvl w:val=\"\(level)\"/></w:pPr><w:rPr><w:b/><w:bCs/>"
                    + (isItalic ? "<w:i/><w:iCs/>" : "") + "</w:rPr></w:style>")
        }
        xml.markup("</w:styles>")
        return xml.bytes
    }

    func settingsXML() -> [UInt8] {
        var xml = XMLWriter()
        xml.markup("<w:settings" + WordDocument.namespaces + "><w:defaultTabStop w:val=\"720\"/>")
        xml.markup("<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat>")
        xml.markup(
            "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
                + " w:val=\"15\"/></w:compat></w:settings>")
        return xml.bytes
    }

    /// The page number, centred, as a PAGE field (a field is computed by the word
    /// processor when it lays out pages; it is not a formula over the content).
    func headerXML() -> [UInt8] {
        var xml = XMLWriter()
        xml.markup(
            "<w:hdr" + WordDocument.namespaces + "><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE "
                + "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>")
        return xml.bytes
    }
}
