import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses markup with Foundation's XML parser and collects what the tests look at: whether it
/// is well formed, the element names in order, the character data, and the attributes.
final class XMLCheck: NSObject, XMLParserDelegate {
    private(set) var elements: [String] = []
    private(set) var attributes: [[String: String]] = []
    private(set) var characters = ""
    private(set) var error: String?

    /// Parses `markup` (a `<!DOCTYPE html>` line is allowed before the root).
    init(_ markup: String) {
        super.init()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = self
        if !parser.parse() {
            error = parser.parserError.map { "\($0)" } ?? "parse failed"
            error! += " at line \(parser.lineNumber), column \(parser.columnNumber)"
        }
    }

    /// Whether the parser read the whole document without an error.
    var isWellFormed: Bool { error == nil }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        elements.append(elementName)
        attributes.append(attributeDict)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        characters += string
    }

    /// The attribute values of every `name` element, in document order.
    func values(of attribute: String, on name: String) -> [String] {
        zip(elements, attributes).compactMap { $0 == name ? $1[attribute] : nil }
    }
}
