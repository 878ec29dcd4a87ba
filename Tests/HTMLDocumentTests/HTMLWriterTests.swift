import Foundation
import Testing

@testable import HTMLDocument

@Suite struct HTMLWriterTests {
    struct Hostile: CustomTestStringConvertible, Sendable {
        var text: String
        var testDescription: String { text.debugDescription }
    }

    /// Unit names that would be markup, a formula or a broken document if written raw.
    static let hostile = [
        "<script>alert(1)</script>", "=1+1", "A & B", "\"quoted\" 'single'", "a > b < c", "]]>", "<!--",
        "tab\tline\nend", "bell\u{7}nul\u{0}", "Huyện Đông Sơn", "&amp;",
    ].map(Hostile.init)

    @Test(arguments: hostile)
    func textAndAttributesComeBackAsWritten(_ hostile: Hostile) throws {
        var writer = HTMLWriter()
        writer.open("p", ["title": hostile.text, "data-x": hostile.text])
        writer.text(hostile.text)
        writer.close("p")
        let check = XMLCheck(writer.document)
        #expect(check.isWellFormed, "\(check.error ?? "")")
        // Characters XML cannot carry come back as U+FFFD; everything else as written.
        let expected = String(
            String.UnicodeScalarView(
                hostile.text.unicodeScalars.map {
                    $0.value < 0x20 && $0 != "\t" && $0 != "\n" ? "\u{FFFD}" : $0
                }))
        #expect(check.elements == ["p"])
        #expect(check.characters == expected)
        #expect(check.values(of: "title", on: "p") == [expected])
        #expect(!writer.document.dropFirst(3).contains("<script"))
    }

    @Test func escapesTheFiveXMLCharacters() {
        #expect(HTMLWriter.escaped("<a href=\"x\">&'", inAttribute: false) == "&lt;a href=\"x\"&gt;&amp;'")
        #expect(
            HTMLWriter.escaped("<a href=\"x\">&'", inAttribute: true)
                == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
        #expect(HTMLWriter.escaped("x\u{1}y", inAttribute: false) == "x\u{FFFD}y")
        #expect(HTMLWriter.escaped("a\nb", inAttribute: true) == "a&#10;b")
    }

    @Test(arguments: hostile)
    func theClassFormWritesWhatTheAttributeListWrites(_ hostile: Hostile) {
        var listed = HTMLWriter()
        listed.element("td", ["class": hostile.text], text: hostile.text)
        var classed = HTMLWriter()
        classed.element("td", class: hostile.text, text: hostile.text)
        #expect(classed.document == listed.document)
    }

    @Test func aPageOfManyPiecesComesBackWholeAndACopyKeepsItsOwnBytes() {
        // Past the 64 KiB the writer keeps ahead, with pieces of every length and the
        // characters that are replaced, U+FFFE among them.
        var writer = HTMLWriter()
        writer.writeDoctype()
        writer.open("body")
        var expected = "<!DOCTYPE html>\n<body>"
        for index in 0..<20_000 {
            let text = String(repeating: "Đảng bộ <x> & ", count: index % 7) + "\u{FFFE}\(index)"
            writer.element("p", class: "c\(index % 3)", text: text)
            let escaped = text.replacingOccurrences(of: "&", with: "&amp;")
                .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
                .replacingOccurrences(of: "\u{FFFE}", with: "\u{FFFD}")
            expected += "<p class=\"c\(index % 3)\">" + escaped + "</p>"
        }
        var copy = writer
        copy.text("only in the copy")
        writer.close("body")
        expected += "</body>"
        #expect(writer.document == expected)
        #expect(String(decoding: writer.takeDocumentUTF8(), as: UTF8.self) == expected)
        copy.close("body")
        #expect(copy.document.hasSuffix("only in the copy</body>"))
    }

    @Test func writesEmptyElementsAndTheDoctype() {
        var writer = HTMLWriter()
        writer.writeDoctype()
        writer.open("html", ["lang": "vi"])
        writer.empty("meta", ["charset": "utf-8"])
        writer.writeStyleSheet("p { color: #000; }")
        writer.close("html")
        #expect(
            writer.document
                == "<!DOCTYPE html>\n<html lang=\"vi\"><meta charset=\"utf-8\"/><style>p { color: #000; }</style></html>"
        )
        #expect(XMLCheck(writer.document).isWellFormed)
    }

    @Test(arguments: ["p", "svg", "aria-labelledby", "xlink:href", "h1"])
    func acceptsPlainNames(_ name: String) {
        #expect(HTMLWriter.isName(name))
    }

    @Test(arguments: ["", "1p", "p q", "p>", "on\"click", "-x", "é"])
    func refusesOtherNames(_ name: String) {
        #expect(!HTMLWriter.isName(name))
    }
}

@Suite struct HTMLEscapingOnBytesTests {
    @Test(arguments: [
        ("tab\tline\ncr\r", false, "tab\tline\ncr&#13;"),
        ("tab\tline\ncr\r", true, "tab&#9;line&#10;cr&#13;"),
        ("\u{FFFE}x\u{FFFF}\u{FFFD}\u{FFFC}", false, "\u{FFFD}x\u{FFFD}\u{FFFD}\u{FFFC}"),
        ("del\u{7F} nul\u{0}", true, "del\u{FFFD} nul\u{FFFD}"),
        ("Đảng bộ <b> & 'x' \"y\"", true, "Đảng bộ &lt;b&gt; &amp; &#39;x&#39; &quot;y&quot;"),
        ("Đảng bộ <b> & 'x' \"y\"", false, "Đảng bộ &lt;b&gt; &amp; 'x' \"y\""),
        ("\u{85}\u{EFBF}", false, "\u{85}\u{EFBF}"),
    ])
    func escapesTheBytesThatNeedIt(text: String, inAttribute: Bool, expected: String) {
        #expect(HTMLWriter.escaped(text, inAttribute: inAttribute) == expected)
    }

    @Test func anElementWrittenInOneGoMatchesOpenTextClose() {
        var short = HTMLWriter()
        short.element("td", ["class": "a\"b"], text: "1 < 2")
        var long = HTMLWriter()
        long.open("td", ["class": "a\"b"])
        long.text("1 < 2")
        long.close("td")
        #expect(short.document == "<td class=\"a&quot;b\">1 &lt; 2</td>")
        #expect(long.document == short.document)
    }
}
