extension Workbook {
    /// A workbook's sheets, each compressed as it is added, and the shared strings they
    /// use: a workbook whose first sheets are known before its last (rejects.xlsx, whose
    /// first files are checked long before attendance) can make and compress them
    /// meanwhile. The same sheets give the same bytes as `Workbook.bytes()`, which is made
    /// this way too.
    public struct CompressedSheets: Sendable {
        /// The sheets added, in tab order (their rows are read again for nothing but the
        /// workbook's defined names).
        private var sheets: [Worksheet] = []
        /// Each sheet's part, compressed.
        private var parts: [OfficePackage.Part] = []
        /// The strings of every sheet added, numbered in the order first met.
        private var strings = SharedStringTable()

        /// No sheet yet.
        public init() {}

        /// Whether no sheet was added.
        public var isEmpty: Bool { sheets.isEmpty }

        /// Adds `sheet` after the others: its XML is made and compressed now, its strings
        /// numbered after those of the sheets before it. The first sheet is the selected tab.
        public mutating func add(_ sheet: Worksheet) throws(ZipError) {
            let index = sheets.count
            let name = "xl/worksheets/sheet\(index + 1).xml"
            var strings = self.strings
            // Taken out while the part is made, so that the table is not copied on write.
            self.strings = SharedStringTable()
            defer { self.strings = strings }
            let entry = try ZipEntry(name) { stream in
                sheet.xml(isSelected: index == 0, strings: &strings, handingOnTo: &stream)
            }
            parts.append(
                OfficePackage.Part(
                    name: name,
                    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
                    entry: entry))
            sheets.append(sheet)
        }

        /// The .xlsx bytes of the sheets added (at least one) with `properties`.
        public func bytes(properties: DocumentProperties) throws(ZipError) -> [UInt8] {
            precondition(!sheets.isEmpty, "a workbook holds at least one sheet")
            let names = SheetName.uniqueNames(sheets.map(\.name))
            var parts: [OfficePackage.Part] = []
            parts.append(
                OfficePackage.Part(
                    name: "xl/workbook.xml",
                    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    bytes: Workbook.workbookXML(sheets: sheets, names: names)))
            var relationships: [(String, String, String)] = []
            for index in sheets.indices {
                relationships.append(
                    (
                        "rId\(index + 1)", OfficePackage.relationshipNamespace + "/worksheet",
                        "worksheets/sheet\(index + 1).xml"
                    ))
            }
            relationships.append(
                ("rId\(sheets.count + 1)", OfficePackage.relationshipNamespace + "/styles", "styles.xml"))
            relationships.append(
                (
                    "rId\(sheets.count + 2)", OfficePackage.relationshipNamespace + "/sharedStrings",
                    "sharedStrings.xml"
                ))
            parts.append(
                OfficePackage.Part(
                    name: "xl/_rels/workbook.xml.rels",
                    contentType: "application/vnd.openxmlformats-package.relationships+xml",
                    bytes: OfficePackage.relationships(relationships)))
            parts.append(
                OfficePackage.Part(
                    name: "xl/styles.xml",
                    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
                    bytes: Workbook.stylesXML))
            parts.append(
                OfficePackage.Part(
                    name: "xl/sharedStrings.xml",
                    contentType:
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
                    bytes: strings.xml))
            parts += self.parts
            return try OfficePackage.bytes(mainPart: "xl/workbook.xml", parts: parts, properties: properties)
        }
    }
}
