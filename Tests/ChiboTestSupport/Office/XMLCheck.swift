import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses XML with Foundation's parser (libxml2 underneath), an independent check that
/// a part is well-formed, and collects the character data of elements by name.
public final class XMLCheck: NSObject, XMLParserDelegate {
    /// The names of the elements, in document order.
    public private(set) var elementNames: [String] = []
    /// The character data of each element, by element name.
    public private(set) var texts: [String: [String]] = [:]
    private var current = ""
    private var stack: [String] = []

    /// The parse error, or nil when `bytes` are well-formed.
    public static func parse(_ bytes: [UInt8]) -> (error: String?, check: XMLCheck) {
        let check = XMLCheck()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = check
        let isWellFormed = parser.parse()
        return (isWellFormed ? nil : String(describing: parser.parserError), check)
    }

    /// Records an element.
    public func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elementNames.append(elementName)
        stack.append(elementName)
        current = ""
    }

    /// Collects character data.
    public func parser(_ parser: XMLParser, foundCharacters string: String) {
        current += string
    }

    /// Files the character data of the element that ends.
    public func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        texts[elementName, default: []].append(current)
        stack.removeLast()
        current = ""
    }
}
