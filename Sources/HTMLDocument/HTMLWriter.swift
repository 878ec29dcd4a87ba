/// Writes an HTML page, inline SVG included, as markup that is also well-formed XML.
///
/// Every text and attribute value goes through `HTMLWriter.escaped(_:inAttribute:)`, so data
/// can never become markup: a unit named `<script>` is shown as those eight characters. Tag
/// and attribute names come from our code and are checked to be plain ASCII names. Elements
/// are closed in order (checked), empty elements are written `<br/>`, and no named entity
/// other than XML's five is used, so the page also parses with an XML parser — the tests use
/// that to prove it is well formed.
public struct HTMLWriter: Sendable {
    private var output = ""
    private var openElements: [String] = []

    /// Creates an empty document.
    public init() {}

    /// Writes `<!DOCTYPE html>` and a line end; call it first.
    public mutating func writeDoctype() {
        precondition(output.isEmpty, "the doctype comes first")
        output += "<!DOCTYPE html>\n"
    }

    /// Opens element `name` with `attributes` written in the given order.
    public mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        open(name, attributes: attributes.map { ($0.key, $0.value) })
    }

    /// Opens element `name` with `attributes` written in the given order.
    public mutating func open(_ name: String, attributes: [(String, String)]) {
        writeStartTag(name, attributes)
        output += ">"
        openElements.append(name)
    }

    /// Closes the innermost open element, which must be `name`.
    public mutating func close(_ name: String) {
        precondition(openElements.last == name, "closing <\(name)> inside <\(openElements.last ?? "")>")
        openElements.removeLast()
        output += "</" + name + ">"
    }

    /// Writes element `name` holding only `text`.
    public mutating func element(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String
    ) {
        element(name, attributes: attributes.map { ($0.key, $0.value) }, text: text)
    }

    /// Writes element `name` holding only `text`.
    public mutating func element(_ name: String, attributes: [(String, String)], text: String) {
        open(name, attributes: attributes)
        self.text(text)
        close(name)
    }

    /// Writes an element with no content, `<meta charset="utf-8"/>`.
    public mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        empty(name, attributes: attributes.map { ($0.key, $0.value) })
    }

    /// Writes an element with no content, `<meta charset="utf-8"/>`.
    public mutating func empty(_ name: String, attributes: [(String, String)]) {
        writeStartTag(name, attributes)
        output += "/>"
    }

    /// Writes `text` as character data, escaped.
    public mutating func text(_ text: String) {
        output += HTMLWriter.escaped(text, inAttribute: false)
    }

    /// Writes a line end between elements, so the source reads and diffs line by line.
    public mutating func newline() {
        output += "\n"
    }

    /// Writes a `<style>` element. The style sheet is ours, not data, but it may not hold `<`
    /// or `&`, which would end the element early or break the XML reading of the page.
    public mutating func writeStyleSheet(_ css: String) {
        precondition(!css.contains("<") && !css.contains("&"), "a style sheet holds no '<' or '&'")
        open("style")
        output += css
        close("style")
    }

    /// The page written so far; every element must be closed.
    public var document: String {
        precondition(openElements.isEmpty, "unclosed elements: \(openElements)")
        return output
    }

    private mutating func writeStartTag(_ name: String, _ attributes: [(String, String)]) {
        precondition(HTMLWriter.isName(name), "not an element name: \(name)")
        output += "<" + name
        for (attribute, value) in attributes {
            precondition(HTMLWriter.isName(attribute), "not an attribute name: \(attribute)")
            output += " " + attribute + "=\"" + HTMLWriter.escaped(value, inAttribute: true) + "\""
        }
    }

    /// Whether `name` is a tag or attribute name we write: ASCII letters, digits, `-` and `:`,
    /// starting with a letter.
    static func isName(_ name: String) -> Bool {
        guard let first = name.utf8.first, isLetter(first) else { return false }
        return name.utf8.allSatisfy { isLetter($0) || (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x3A }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        // Setting bit 5 lowercases an ASCII capital; `[` … `` ` `` land outside a…z.
        (0x61...0x7A).contains(byte | 0x20)
    }

    /// `text` with `&`, `<` and `>` as entities (and `"`, `'` too in an attribute), and every
    /// character XML forbids (controls other than tab and line ends, U+FFFE, U+FFFF) replaced
    /// by U+FFFD, so no data can end an element or attribute or make the page ill-formed.
    public static func escaped(_ text: String, inAttribute: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            case "'" where inAttribute: result += "&#39;"
            // A tab or line end in an attribute would be normalized to a space by a parser.
            case "\n" where inAttribute: result += "&#10;"
            case "\t" where inAttribute: result += "&#9;"
            case "\r": result += "&#13;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{7F}", "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
