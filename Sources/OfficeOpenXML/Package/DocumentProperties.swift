/// The core and extended properties of an Office document (docProps/core.xml and
/// docProps/app.xml).
///
/// There is deliberately no creation or modification date: the same inputs must give
/// the same bytes, and the file system already dates the file.
public struct DocumentProperties: Sendable, Equatable {
    /// The title shown by File ▸ Properties.
    public var title: String
    /// Who the document is from; empty to leave it out.
    public var creator: String
    /// The language tag of the content, such as `vi-VN`; empty to leave it out.
    public var language: String
    /// The application named in app.xml.
    public var application: String

    /// Creates properties.
    public init(title: String, creator: String = "", language: String = "", application: String = "") {
        self.title = title
        self.creator = creator
        self.language = language
        self.application = application
    }

    var coreXML: [UInt8] {
        var xml = XMLWriter()
        xml.markup(
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
        xml.element("dc:title", text: title)
        if !creator.isEmpty { xml.element("dc:creator", text: creator) }
        if !language.isEmpty { xml.element("dc:language", text: language) }
        xml.markup("</cp:coreProperties>")
        return xml.bytes
    }

    var appXML: [UInt8] {
        var xml = XMLWriter()
        xml.markup(
            "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
                + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">")
        if !application.isEmpty { xml.element("Application", text: application) }
        xml.markup("</Properties>")
        return xml.bytes
    }
}
