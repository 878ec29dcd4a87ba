import ChiboTestSupport
import Testing

@testable import OfficeOpenXML

@Suite struct XMLEscapingTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a & b", "a &amp; b"),
        ("<tag>", "&lt;tag&gt;"),
        ("say \"hi\"", "say &quot;hi&quot;"),
        ("it's", "it&apos;s"),
        ("]]>", "]]&gt;"),
        ("tab\tand\nline", "tab\tand\nline"),
        ("cr\r\nlf", "cr&#13;\nlf"),
        ("nul\u{0}bell\u{7}esc\u{1B}", "nul\u{FFFD}bell\u{FFFD}esc\u{FFFD}"),
        ("\u{FFFE}\u{FFFF}\u{FFFD}", "\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("\u{EFBB}\u{FFFC}", "\u{EFBB}\u{FFFC}"),
        ("Đảng bộ Hà Nội", "Đảng bộ Hà Nội"),
        ("\u{7F}\u{85}", "\u{7F}\u{85}"),
        ("emoji 🇻🇳", "emoji 🇻🇳"),
        ("=SUM(A1)", "=SUM(A1)"),
    ])
    func escapes(input: String, expected: String) {
        #expect(XMLEscaping.escaped(input) == expected)
    }

    @Test func invalidBytesArriveRepairedAndStayWellFormed() {
        // A lone surrogate's bytes decoded leniently become U+FFFD before they reach us.
        let text = String(decoding: [0x61, 0xED, 0xA0, 0x80, 0x62], as: UTF8.self)
        let (error, _) = XMLCheck.parse(Array("<a>\(XMLEscaping.escaped(text))</a>".utf8))
        #expect(error == nil)
        #expect(!XMLEscaping.escaped(text).unicodeScalars.contains { (0xD800...0xDFFF).contains($0.value) })
    }

    @Test(arguments: [
        ("", false), ("a b", false), (" a", true), ("a ", true), ("a  b", true), ("a\tb", true),
        ("a\nb", true),
    ])
    func spacePreservation(text: String, needed: Bool) {
        #expect(XMLEscaping.needsSpacePreservation(text) == needed)
    }

    @Test func everyEscapedTextParsesBackToItself() {
        let texts = ["a & b <c> \"d\" 'e' ]]>", "  leading and trailing  ", "line\nbreak\ttab", "Nậm Củm"]
        for text in texts {
            var writer = XMLWriter()
            writer.markup("<root>")
            writer.element("t", text: text)
            writer.markup("</root>")
            let (error, check) = XMLCheck.parse(writer.bytes)
            #expect(error == nil)
            #expect(check.texts["t"] == [text])
        }
    }
}
