/// A SpreadsheetML workbook (ECMA-376 part 1, §18) of one or more sheets.
///
/// Written with shared strings, the built-in number formats of `CellStyle` and no
/// formula, calculation chain or timestamp; the same workbook gives the same bytes.
public struct Workbook: Sendable, Equatable {
    /// The sheets in tab order.
    public var sheets: [Worksheet]
    /// Title and author shown in the document properties.
    public var properties: DocumentProperties

    /// Creates a workbook.
    public init(sheets: [Worksheet] = [], properties: DocumentProperties) {
        self.sheets = sheets
        self.properties = properties
    }

    /// The .xlsx bytes.
    public func bytes() throws(ZipError) -> [UInt8] {
        var compressed = CompressedSheets()
        for sheet in sheets.isEmpty ? [Worksheet(name: "Sheet")] : sheets {
            try compressed.add(sheet)
        }
        return try compressed.bytes(properties: properties)
    }

    static func workbookXML(sheets: [Worksheet], names: [String]) -> [UInt8] {
        var xml = XMLWriter()
        xml.markup(
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"\(OfficePackage.relationshipNamespace)\">")
        xml.markup("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>")
        for (index, name) in names.enumerated() {
            xml.markup("<sheet")
            xml.attribute("name", name)
            xml.markup(" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>")
        }
        xml.markup("</sheets>")
        // Print titles and filter ranges are sheet-local defined names.
        var definedNames: [(String, Int, String, Bool)] = []
        for (index, sheet) in sheets.enumerated() {
            let quoted =
                "'"
                + names[index].split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''")
                + "'"
            if sheet.hasAutoFilter, let range = sheet.autoFilterRange {
                definedNames.append(("_xlnm._FilterDatabase", index, quoted + "!" + absolute(range), true))
            }
            if sheet.frozenRows > 0 {
                definedNames.append(("_xlnm.Print_Titles", index, quoted + "!$1:$\(sheet.frozenRows)", false))
            }
        }
        if !definedNames.isEmpty {
            xml.markup("<definedNames>")
            for (name, index, reference, isHidden) in definedNames {
                xml.markup("<definedName name=\"\(name)\" localSheetId=\"\(index)\"")
                if isHidden { xml.markup(" hidden=\"1\"") }
                xml.markup(">")
                xml.text(reference)
                xml.markup("</definedName>")
            }
            xml.markup("</definedNames>")
        }
        xml.markup("</workbook>")
        return xml.bytes
    }

    /// `A2:J40` → `$A$2:$J$40`.
    private static func absolute(_ range: String) -> String {
        range.split(separator: ":").map { reference in
            let letters = reference.prefix { $0.isLetter }
            return "$" + letters + "$" + reference.dropFirst(letters.count)
        }.joined(separator: ":")
    }

    /// Fonts: 0 regular, 1 bold, 2 dark red. Fills: 0 and 1 are required by Excel, 2 the
    /// header shade, 3 the light red of flagged cells.
    /// Borders: 0 none, 1 thin. The order of `cellXfs` is `CellStyle`'s raw values.
    private static func flagged(numberFormat: Int) -> String {
        "<xf numFmtId=\"\(numberFormat)\" fontId=\"2\" fillId=\"3\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\""
            + " applyFont=\"1\" applyFill=\"1\"/>"
    }

    static let stylesXML: [UInt8] = {
        var xml = XMLWriter()
        xml.markup("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        xml.markup(
            "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Arial\"/><family val=\"2\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Arial\"/><family val=\"2\"/></font>"
                + "<font><sz val=\"11\"/><color rgb=\"FF9C0006\"/><name val=\"Arial\"/><family val=\"2\"/></font>"
                + "</fonts>")
        xml.markup(
            "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill>"
                + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDE4EE\"/><bgColor indexed=\"64\"/>"
                + "</patternFill></fill><fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFC7CE\"/>"
                + "<bgColor indexed=\"64\"/></patternFill></fill></fills>")
        xml.markup(
            "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
                + "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/>"
                + "</right><top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/>"
                + "</bottom><diagonal/></border></borders>")
        xml.markup(
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        )
        let formats: [String] = CellStyle.allCases.map { style in
            switch style {
            case .general: "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            case .text:
                "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            case .header:
                "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\""
                    + " applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"
                    + "<alignment vertical=\"center\" wrapText=\"1\"/></xf>"
            case .integer:
                "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            case .decimal:
                "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            case .boldText:
                "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\""
                    + " applyFont=\"1\"/>"
            case .wrappedText:
                "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\""
                    + " applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            case .flaggedInteger: flagged(numberFormat: 3)
            case .flaggedDecimal: flagged(numberFormat: 2)
            case .flaggedText: flagged(numberFormat: 49)
            }
        }
        xml.markup("<cellXfs count=\"\(formats.count)\">" + formats.joined() + "</cellXfs>")
        xml.markup(
            "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
        xml.markup("</styleSheet>")
        return xml.bytes
    }()
}
