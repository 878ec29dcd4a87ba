/// The shared strings of a workbook, numbered in order of first use.
///
/// Keyed by UTF-8 bytes, not by `String` equality: Swift compares strings by canonical
/// equivalence, which would merge a decomposed `é` with a composed one and so change
/// text that must stay exactly as read.
struct SharedStringTable {
    private var indices: [ExactText: Int] = [:]
    private var strings: [String] = []
    private var references = 0

    /// The index of `text`, adding it on first use.
    mutating func index(of text: String) -> Int {
        references += 1
        let key = ExactText(text)
        if let index = indices[key] { return index }
        let index = strings.count
        indices[key] = index
        strings.append(text)
        return index
    }

    /// Counts one more use of a text whose index the caller knows already.
    mutating func countReference() {
        references += 1
    }

    var xml: [UInt8] {
        var xml = XMLWriter()
        xml.markup(
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(references)\""
                + " uniqueCount=\"\(strings.count)\">")
        for text in strings {
            xml.markup("<si>")
            xml.element("t", text: SpreadsheetText.encoded(text))
            xml.markup("</si>")
        }
        xml.markup("</sst>")
        return xml.bytes
    }
}
