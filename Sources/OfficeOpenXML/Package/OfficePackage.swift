/// The Open Packaging Conventions parts every Office document shares: content types,
/// relationships and document properties, zipped in a fixed order.
struct OfficePackage {
    /// A part of the package and its content type.
    struct Part {
        var name: String
        var contentType: String
        var bytes: [UInt8]
        /// The part compressed already (then `bytes` is empty): big parts are compressed
        /// as soon as they are built, so that only one is ever held whole.
        var entry: ZipEntry? = nil

        init(name: String, contentType: String, bytes: [UInt8]) {
            self.name = name
            self.contentType = contentType
            self.bytes = bytes
        }

        /// A part compressed already.
        init(name: String, contentType: String, entry: ZipEntry) {
            self.name = name
            self.contentType = contentType
            self.bytes = []
            self.entry = entry
        }
    }

    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let officeDocumentRelationship = relationshipNamespace + "/officeDocument"

    /// The package bytes: [Content_Types].xml, _rels/.rels, the properties, then `parts`
    /// in the order given.
    static func bytes(
        mainPart: String, parts: [Part], properties: DocumentProperties
    ) throws(ZipError) -> [UInt8] {
        var archive = ZipArchive()
        let core = Part(
            name: "docProps/core.xml",
            contentType: "application/vnd.openxmlformats-package.core-properties+xml",
            bytes: properties.coreXML)
        let app = Part(
            name: "docProps/app.xml",
            contentType: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
            bytes: properties.appXML)
        let allParts = [core, app] + parts
        try archive.add("[Content_Types].xml", contents: contentTypes(allParts))
        try archive.add(
            "_rels/.rels",
            contents: relationships([
                ("rId1", officeDocumentRelationship, mainPart),
                (
                    "rId2",
                    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                    "docProps/core.xml"
                ),
                ("rId3", relationshipNamespace + "/extended-properties", "docProps/app.xml"),
            ]))
        for part in allParts {
            if let entry = part.entry {
                try archive.add(entry)
            } else {
                try archive.add(part.name, contents: part.bytes)
            }
        }
        return try archive.takeBytes()
    }

    static func contentTypes(_ parts: [Part]) -> [UInt8] {
        var xml = XMLWriter()
        xml.markup("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        xml.markup(
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        )
        xml.markup("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        for part in parts where !part.name.hasSuffix(".rels") {
            xml.markup("<Override")
            xml.attribute("PartName", "/" + part.name)
            xml.attribute("ContentType", part.contentType)
            xml.markup("/>")
        }
        xml.markup("</Types>")
        return xml.bytes
    }

    /// A relationships part; each relationship is (id, type, target).
    static func relationships(_ relationships: [(String, String, String)]) -> [UInt8] {
        var xml = XMLWriter()
        xml.markup("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
        for (id, type, target) in relationships {
            xml.markup("<Relationship")
            xml.attribute("Id", id)
            xml.attribute("Type", type)
            xml.attribute("Target", target)
            xml.markup("/>")
        }
        xml.markup("</Relationships>")
        return xml.bytes
    }
}
