import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The page parsed as XML: whether it is well formed, its elements and attributes in order,
/// its text, and the number of bars of each chart.
final class PageCheck: NSObject, XMLParserDelegate {
    private(set) var elements: [String] = []
    private(set) var attributes: [[String: String]] = []
    private(set) var characters = ""
    private(set) var barsPerChart: [Int] = []
    private(set) var error: String?

    init(_ markup: String) {
        super.init()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = self
        if !parser.parse() {
            error = "\(parser.parserError.map { "\($0)" } ?? "parse failed") at line \(parser.lineNumber)"
        }
    }

    var isWellFormed: Bool { error == nil }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        elements.append(elementName)
        attributes.append(attributeDict)
        if elementName == "svg" { barsPerChart.append(0) }
        if elementName == "g", attributeDict["class"]?.hasPrefix("bar") == true, !barsPerChart.isEmpty {
            barsPerChart[barsPerChart.count - 1] += 1
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        characters += string
    }

    func values(of attribute: String, on name: String) -> [String] {
        zip(elements, attributes).compactMap { $0 == name ? $1[attribute] : nil }
    }
}
