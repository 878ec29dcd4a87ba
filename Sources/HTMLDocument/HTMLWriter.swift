/// Writes an HTML page, inline SVG included, as markup that is also well-formed XML.
///
/// Every text and attribute value goes through `HTMLWriter.escaped(_:inAttribute:)`, so data
/// can never become markup: a unit named `<script>` is shown as those eight characters. Tag
/// and attribute names come from our code and are checked to be plain ASCII names. Elements
/// are closed in order (checked), empty elements are written `<br/>`, and no named entity
/// other than XML's five is used, so the page also parses with an XML parser — the tests use
/// that to prove it is well formed.
public struct HTMLWriter: Sendable {
    // UTF-8 bytes rather than a `String`: a national page is over a hundred megabytes,
    // written a few bytes at a time. The array is kept a little longer than what is
    // written (`written` bytes), so that a piece is copied into room already there rather
    // than appended through the array's general path; the rest is cut off at the end.
    private var output: [UInt8] = []
    private var written = 0
    private var openElements: [String] = []

    /// Creates an empty document.
    public init() {}

    /// Makes room for a page of about `byteCount` bytes at once, so that a big page is not
    /// copied into ever larger memory as it grows (a guess too large costs only address
    /// space: memory of megabytes is mapped on its own, and pages never written are not
    /// taken).
    public mutating func reserveCapacity(_ byteCount: Int) {
        output.reserveCapacity(byteCount)
    }

    /// Writes `<!DOCTYPE html>` and a line end; call it first.
    public mutating func writeDoctype() {
        precondition(written == 0, "the doctype comes first")
        append("<!DOCTYPE html>\n")
    }

    /// Opens element `name` with `attributes` written in the given order.
    public mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        open(name, attributes: attributes.map { ($0.key, $0.value) })
    }

    /// Opens element `name` with `attributes` written in the given order.
    public mutating func open(_ name: String, attributes: [(String, String)]) {
        writeStartTag(name, attributes)
        append(UInt8(ascii: ">"))
        openElements.append(name)
    }

    /// Closes the innermost open element, which must be `name`.
    public mutating func close(_ name: String) {
        precondition(openElements.last == name, "closing <\(name)> inside <\(openElements.last ?? "")>")
        openElements.removeLast()
        append(literal: "</")
        append(name)
        append(UInt8(ascii: ">"))
    }

    /// Writes element `name` holding only `text`.
    public mutating func element(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String
    ) {
        // Written in one go, without the list of open elements: a page has millions of cells.
        startElement(name)
        for (attribute, value) in attributes { writeAttribute(attribute, value) }
        finishElement(name, text: text)
    }

    /// Writes element `name` holding only `text`.
    public mutating func element(_ name: String, attributes: [(String, String)], text: String) {
        startElement(name)
        for (attribute, value) in attributes { writeAttribute(attribute, value) }
        finishElement(name, text: text)
    }

    /// Writes element `name` with one attribute, `class`, holding only `text`: the same as
    /// `element(name, ["class": className], text: text)`, without a list of attributes made
    /// for every cell of a table.
    public mutating func element(_ name: String, class className: String, text: String) {
        startElement(name)
        writeAttribute("class", className)
        finishElement(name, text: text)
    }

    /// Writes `<name` of an element written in one go; its attributes follow.
    private mutating func startElement(_ name: String) {
        precondition(HTMLWriter.isName(name), "not an element name: \(name)")
        append(UInt8(ascii: "<"))
        append(name)
    }

    /// Closes the start tag of `startElement(name)`, writes `text` and the end tag.
    private mutating func finishElement(_ name: String, text: String) {
        append(UInt8(ascii: ">"))
        appendEscaped(text, inAttribute: false)
        append(literal: "</")
        append(name)
        append(UInt8(ascii: ">"))
    }

    /// Writes an element with no content, `<meta charset="utf-8"/>`.
    public mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        empty(name, attributes: attributes.map { ($0.key, $0.value) })
    }

    /// Writes an element with no content, `<meta charset="utf-8"/>`.
    public mutating func empty(_ name: String, attributes: [(String, String)]) {
        writeStartTag(name, attributes)
        append(literal: "/>")
    }

    /// Writes `text` as character data, escaped.
    public mutating func text(_ text: String) {
        appendEscaped(text, inAttribute: false)
    }

    /// Writes a line end between elements, so the source reads and diffs line by line.
    public mutating func newline() {
        append(UInt8(ascii: "\n"))
    }

    /// Writes a `<style>` element. The style sheet is ours, not data, but it may not hold `<`
    /// or `&`, which would end the element early or break the XML reading of the page.
    public mutating func writeStyleSheet(_ css: String) {
        precondition(!css.contains("<") && !css.contains("&"), "a style sheet holds no '<' or '&'")
        open("style")
        append(css)
        close("style")
    }

    /// The page written so far; every element must be closed.
    public var document: String {
        precondition(openElements.isEmpty, "unclosed elements: \(openElements)")
        return String(decoding: output[..<written], as: UTF8.self)
    }

    /// The page written so far as UTF-8, handed over without a copy (a national page is
    /// over a hundred megabytes); the writer is left empty. Every element must be closed.
    public mutating func takeDocumentUTF8() -> [UInt8] {
        precondition(openElements.isEmpty, "unclosed elements: \(openElements)")
        output.removeLast(output.count - written)
        defer {
            output = []
            written = 0
        }
        return output
    }

    private mutating func append(_ text: String) {
        // Through the text's bytes in one piece (a short name is copied out of the
        // string's inline storage once), not byte by byte through its UTF-8 view.
        var text = text
        text.withUTF8 { append($0) }
    }

    @inline(__always)
    private mutating func append(literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        if written == output.count { makeRoom(for: 1) }
        output[written] = byte
        written += 1
    }

    @inline(__always)
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if written + bytes.count > output.count { makeRoom(for: bytes.count) }
        let start = written
        output.withUnsafeMutableBufferPointer { target in
            (target.baseAddress! + start).update(from: source, count: bytes.count)
        }
        written += bytes.count
    }

    /// Lengthens `output` by at least `extra` bytes past what is written, 64 KiB at a time
    /// (the array's own capacity still grows geometrically).
    private mutating func makeRoom(for extra: Int) {
        output.append(contentsOf: repeatElement(0, count: max(extra, 1 << 16)))
    }

    /// Appends `escaped(text, inAttribute:)`.
    private mutating func appendEscaped(_ text: String, inAttribute: Bool) {
        var text = text
        text.withUTF8 { source in
            HTMLWriter.forEachEscapedPiece(of: source, inAttribute: inAttribute) { append($0) }
        }
    }

    private mutating func writeStartTag(_ name: String, _ attributes: [(String, String)]) {
        precondition(HTMLWriter.isName(name), "not an element name: \(name)")
        append(UInt8(ascii: "<"))
        append(name)
        for (attribute, value) in attributes { writeAttribute(attribute, value) }
    }

    private mutating func writeAttribute(_ attribute: String, _ value: String) {
        precondition(HTMLWriter.isName(attribute), "not an attribute name: \(attribute)")
        append(UInt8(ascii: " "))
        append(attribute)
        append(literal: "=\"")
        appendEscaped(value, inAttribute: true)
        append(UInt8(ascii: "\""))
    }

    /// Whether `name` is a tag or attribute name we write: ASCII letters, digits, `-` and `:`,
    /// starting with a letter.
    static func isName(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            guard let first = bytes.first, isLetter(first) else { return false }
            return bytes.allSatisfy { isLetter($0) || (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x3A }
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        // Setting bit 5 lowercases an ASCII capital; `[` … `` ` `` land outside a…z.
        (0x61...0x7A).contains(byte | 0x20)
    }

    /// `text` with `&`, `<` and `>` as entities (and `"`, `'` too in an attribute), and every
    /// character XML forbids (controls other than tab and line ends, U+FFFE, U+FFFF) replaced
    /// by U+FFFD, so no data can end an element or attribute or make the page ill-formed.
    public static func escaped(_ text: String, inAttribute: Bool) -> String {
        var bytes: [UInt8] = []
        appendEscaped(text, inAttribute: inAttribute, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `escaped(text, inAttribute:)` to `bytes`.
    static func appendEscaped(_ text: String, inAttribute: Bool, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { source in
            forEachEscapedPiece(of: source, inAttribute: inAttribute) { bytes.append(contentsOf: $0) }
        }
    }

    /// Hands `body` the pieces of `escaped(text, inAttribute:)` of the UTF-8 `source`, in
    /// order, working on the bytes: every byte that needs a change is ASCII, or the lead of
    /// U+FFFE or U+FFFF (EF BF BE, EF BF BF), and a `String` is always valid UTF-8.
    @inline(__always)
    static func forEachEscapedPiece(
        of source: UnsafeBufferPointer<UInt8>, inAttribute: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var start = 0
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            // Most bytes are letters, digits or the lead and continuation bytes of
            // Vietnamese letters: none of them needs a change.
            if byte > UInt8(ascii: ">") && byte != 0x7F && byte != 0xEF {
                index += 1
                continue
            }
            let replacement: StaticString
            var width = 1
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\"") where inAttribute: replacement = "&quot;"
            case UInt8(ascii: "'") where inAttribute: replacement = "&#39;"
            // A tab or line end in an attribute would be normalized to a space by a parser.
            case 0x0A where inAttribute: replacement = "&#10;"
            case 0x09 where inAttribute: replacement = "&#9;"
            case 0x0D: replacement = "&#13;"
            case 0x09, 0x0A:
                index += 1
                continue
            case 0x00..<0x20, 0x7F: replacement = "\u{FFFD}"
            case 0xEF where index + 2 < count && source[index + 1] == 0xBF && source[index + 2] >= 0xBE:
                replacement = "\u{FFFD}"
                width = 3
            default:
                index += 1
                continue
            }
            if index > start { body(UnsafeBufferPointer(rebasing: source[start..<index])) }
            replacement.withUTF8Buffer { body($0) }
            index += width
            start = index
        }
        if count > start { body(UnsafeBufferPointer(rebasing: source[start..<count])) }
    }

}
