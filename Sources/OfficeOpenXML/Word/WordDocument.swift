/// A WordprocessingML document (ECMA-376 part 1, §17): paragraphs, tables and page
/// breaks on one page layout, in one font.
public struct WordDocument: Sendable, Equatable {
    /// The body in order.
    public var blocks: [WordBlock]
    /// Paper and margins.
    public var page: PageLayout
    /// The font of every style.
    public var fontName: String
    /// The body text size in points.
    public var fontSize: Double
    /// The language of the text, such as `vi-VN`, for spelling and hyphenation.
    public var language: String
    /// Whether pages from the second on carry their number, centred in the header.
    public var numbersPagesAfterFirst: Bool
    /// Title and author shown in the document properties.
    public var properties: DocumentProperties

    /// Creates a document.
    public init(
        blocks: [WordBlock] = [], page: PageLayout, fontName: String, fontSize: Double, language: String = "",
        numbersPagesAfterFirst: Bool = false, properties: DocumentProperties
    ) {
        self.blocks = blocks
        self.page = page
        self.fontName = fontName
        self.fontSize = fontSize
        self.language = language
        self.numbersPagesAfterFirst = numbersPagesAfterFirst
        self.properties = properties
    }

    /// Appends a paragraph.
    public mutating func append(_ paragraph: WordParagraph) {
        blocks.append(.paragraph(paragraph))
    }

    /// Appends a table.
    public mutating func append(_ table: WordTable) {
        blocks.append(.table(table))
    }

    /// The .docx bytes.
    public func bytes() throws(ZipError) -> [UInt8] {
        var relationships: [(String, String, String)] = [
            ("rId1", OfficePackage.relationshipNamespace + "/styles", "styles.xml"),
            ("rId2", OfficePackage.relationshipNamespace + "/settings", "settings.xml"),
        ]
        if numbersPagesAfterFirst {
            relationships.append(("rId3", OfficePackage.relationshipNamespace + "/header", "header1.xml"))
        }
        var parts = [
            OfficePackage.Part(
                name: "word/document.xml",
                contentType:
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                entry: try ZipEntry("word/document.xml") { stream in documentXML(handingOnTo: &stream) }),
            OfficePackage.Part(
                name: "word/_rels/document.xml.rels",
                contentType: "application/vnd.openxmlformats-package.relationships+xml",
                bytes: OfficePackage.relationships(relationships)),
            OfficePackage.Part(
                name: "word/styles.xml",
                contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
                bytes: stylesXML()),
            OfficePackage.Part(
                name: "word/settings.xml",
                contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
                bytes: settingsXML()),
        ]
        if numbersPagesAfterFirst {
            parts.append(
                OfficePackage.Part(
                    name: "word/header1.xml",
                    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
                    bytes: headerXML()))
        }
        return try OfficePackage.bytes(mainPart: "word/document.xml", parts: parts, properties: properties)
    }
}
