#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The shared strings of a workbook, numbered in order of first use.
///
/// Keyed by UTF-8 bytes, not by `String` equality: Swift compares strings by canonical
/// equivalence, which would merge a decomposed `é` with a composed one and so change
/// text that must stay exactly as read.
struct SharedStringTable {
    /// A text compared and hashed by its UTF-8 bytes.
    private struct ExactText: Hashable {
        var text: String

        static func == (lhs: ExactText, rhs: ExactText) -> Bool {
            var left = lhs.text
            var right = rhs.text
            return left.withUTF8 { leftBytes in
                right.withUTF8 { rightBytes in
                    leftBytes.count == rightBytes.count
                        && (leftBytes.isEmpty
                            || memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, leftBytes.count) == 0)
                }
            }
        }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    private var indices: [ExactText: Int] = [:]
    private var strings: [String] = []
    private var references = 0

    /// The index of `text`, adding it on first use.
    mutating func index(of text: String) -> Int {
        references += 1
        let key = ExactText(text: text)
        if let index = indices[key] { return index }
        let index = strings.count
        indices[key] = index
        strings.append(text)
        return index
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
