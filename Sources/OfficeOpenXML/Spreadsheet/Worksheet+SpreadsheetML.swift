extension Worksheet {
    /// The filter range: the last frozen row down to the last row, over every column.
    var autoFilterRange: String? {
        guard frozenRows > 0, columnCount > 0 else { return nil }
        return CellReference.cell(row: frozenRows - 1, column: 0) + ":"
            + CellReference.cell(row: max(rowCount, frozenRows) - 1, column: columnCount - 1)
    }

    /// The worksheet part, its texts added to `strings`.
    func xml(isSelected: Bool, strings: inout SharedStringTable) -> [UInt8] {
        var none: ZipEntry.Stream? = nil
        return xml(isSelected: isSelected, strings: &strings, handingOnTo: &none)
    }

    /// The worksheet part, handed on to `stream` in pieces as the rows are written (a
    /// sheet of a million rows is never held whole) when there is one; returns the bytes
    /// not handed on.
    func xml(isSelected: Bool, strings: inout SharedStringTable, handingOnTo stream: inout ZipEntry.Stream?)
        -> [UInt8]
    {
        var xml = XMLWriter()
        xml.markup(
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"\(OfficePackage.relationshipNamespace)\">")
        if fitsColumnsToPage { xml.markup("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>") }
        let columns = columnCount
        if columns > 0 && rowCount > 0 {
            xml.markup(
                "<dimension ref=\"A1:\(CellReference.cell(row: rowCount - 1, column: columns - 1))\"/>")
        } else {
            xml.markup("<dimension ref=\"A1\"/>")
        }
        xml.markup("<sheetViews><sheetView workbookViewId=\"0\"")
        if isSelected { xml.markup(" tabSelected=\"1\"") }
        xml.markup(">")
        paneXML(&xml)
        xml.markup("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>")
        let describedColumns = max(columnWidths.count, columnStyles.count)
        if describedColumns > 0 {
            xml.markup("<cols>")
            for index in 0..<describedColumns {
                xml.markup("<col min=\"\(index + 1)\" max=\"\(index + 1)\"")
                if index < columnWidths.count {
                    let rounded = (columnWidths[index] * 100).rounded() / 100
                    xml.markup(" width=\"\(Worksheet.decimalText(rounded))\" customWidth=\"1\"")
                }
                if index < columnStyles.count && columnStyles[index] != .general {
                    xml.markup(" style=\"\(columnStyles[index].rawValue)\"")
                }
                xml.markup("/>")
            }
            xml.markup("</cols>")
        }
        xml.markup("<sheetData>")
        // The letters of each column, and each row's number, made once rather than per cell.
        let columnNames = (0..<columns).map { Array(CellReference.columnName($0).utf8) }
        var rowNumber: [UInt8] = []
        // The text of each column's last text cell and its index: a column repeats its
        // text down many rows (a code, a unit, a period), and equal bytes are the same
        // shared string, found without hashing the text again.
        var lastTexts = [(text: String, index: Int)?](repeating: nil, count: columns)
        forEachRow { rowIndex, row in
            rowNumber.removeAll(keepingCapacity: true)
            XMLWriter.appendDecimal(rowIndex + 1, to: &rowNumber)
            xml.markup(literal: "<row r=\"")
            xml.markup(bytes: rowNumber)
            if let height = rowHeights[rowIndex] {
                xml.markup("\" ht=\"\(Worksheet.decimalText(height))\" customHeight=\"1\">")
            } else {
                xml.markup(literal: "\">")
            }
            for (column, cell) in row.enumerated() {
                if case .empty = cell.value, cell.style == .general { continue }
                xml.markup(literal: "<c r=\"")
                xml.markup(bytes: columnNames[column])
                xml.markup(bytes: rowNumber)
                xml.markup(literal: "\"")
                if cell.style != .general {
                    xml.markup(literal: " s=\"")
                    xml.decimal(cell.style.rawValue)
                    xml.markup(literal: "\"")
                }
                switch cell.value {
                case .empty:
                    xml.markup(literal: "/>")
                case .text(let text):
                    xml.markup(literal: " t=\"s\"><v>")
                    if let last = lastTexts[column], ExactText(last.text) == ExactText(text) {
                        strings.countReference()
                        xml.decimal(last.index)
                    } else {
                        let index = strings.index(of: text)
                        lastTexts[column] = (text, index)
                        xml.decimal(index)
                    }
                    xml.markup(literal: "</v></c>")
                case .number(let number):
                    xml.markup(literal: "><v>")
                    xml.markup(number.description)
                    xml.markup(literal: "</v></c>")
                }
            }
            xml.markup(literal: "</row>")
            if stream != nil && xml.count >= 1 << 16 { xml.handOn(to: &stream!) }
        }
        xml.markup("</sheetData>")
        if hasAutoFilter, let range = autoFilterRange {
            xml.markup("<autoFilter ref=\"\(range)\"/>")
        }
        if !mergedRanges.isEmpty {
            xml.markup("<mergeCells count=\"\(mergedRanges.count)\">")
            for range in mergedRanges {
                xml.markup("<mergeCell")
                xml.attribute("ref", range)
                xml.markup("/>")
            }
            xml.markup("</mergeCells>")
        }
        if !validations.isEmpty {
            xml.markup("<dataValidations count=\"\(validations.count)\">")
            for validation in validations {
                xml.markup("<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\"")
                xml.attribute("sqref", validation.range)
                xml.markup("><formula1>")
                xml.text(validation.listFormula)
                xml.markup("</formula1></dataValidation>")
            }
            xml.markup("</dataValidations>")
        }
        xml.markup(
            "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        )
        // Paper size 9 is A4.
        xml.markup("<pageSetup paperSize=\"9\"")
        // Height 0: as many pages down as the rows need.
        if fitsColumnsToPage { xml.markup(" fitToWidth=\"1\" fitToHeight=\"0\"") }
        xml.markup(" orientation=\"\(isLandscape ? "landscape" : "portrait")\"/>")
        xml.markup("</worksheet>")
        return xml.bytes
    }

    private func paneXML(_ xml: inout XMLWriter) {
        let topLeft = CellReference.cell(row: frozenRows, column: frozenColumns)
        let pane: String
        switch (frozenRows > 0, frozenColumns > 0) {
        case (true, true):
            pane = "bottomRight"
            xml.markup("<pane xSplit=\"\(frozenColumns)\" ySplit=\"\(frozenRows)\"")
        case (true, false):
            pane = "bottomLeft"
            xml.markup("<pane ySplit=\"\(frozenRows)\"")
        case (false, true):
            pane = "topRight"
            xml.markup("<pane xSplit=\"\(frozenColumns)\"")
        case (false, false):
            xml.markup("<selection activeCell=\"A1\" sqref=\"A1\"/>")
            return
        }
        xml.markup(" topLeftCell=\"\(topLeft)\" activePane=\"\(pane)\" state=\"frozen\"/>")
        xml.markup("<selection pane=\"\(pane)\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>")
    }

    /// A width such as `12.5` with a `.` point whatever the process locale.
    static func decimalText(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        return String(whole) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
