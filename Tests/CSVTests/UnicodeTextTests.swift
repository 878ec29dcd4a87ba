import Testing

@testable import CSV

@Suite struct UnicodeTextTests {
    @Test func decomposedNameBecomesPrecomposed() {
        // "Nguyễn" typed as e + U+0302 (circumflex) + U+0303 (tilde): 8 scalars in, 6 out.
        let decomposed = "Nguye\u{302}\u{303}n"
        let composed = UnicodeText.nfc(decomposed)
        #expect(decomposed.unicodeScalars.count == 8)
        #expect(Array(composed.unicodeScalars) == Array("Nguy\u{1EC5}n".unicodeScalars))
    }

    static let alreadyComposed = ["", "Nguyen Van A", "Nguyễn Văn Ánh", "Đặng Thị Ửng", "Œuvre ÿ"]

    @Test(arguments: alreadyComposed)
    func composedTextIsKept(_ text: String) {
        #expect(Array(UnicodeText.nfc(text).unicodeScalars) == Array(text.unicodeScalars))
        var copy = text
        #expect(copy.withUTF8 { UnicodeText.isKnownNFC($0) })
    }

    static let needsNormalizing: [(name: String, text: String, nfc: String)] = [
        ("combining acute", "a\u{301}", "\u{E1}"),
        ("ư + dot below", "\u{1B0}\u{323}", "\u{1EF1}"),
        ("Ångström sign", "\u{212B}", "\u{C5}"),
        ("dot below before hook is reordered, then composed", "o\u{309}\u{323}", "\u{1ECD}\u{309}"),
    ]

    @Test(arguments: needsNormalizing)
    func normalizes(_ testCase: (name: String, text: String, nfc: String)) {
        var copy = testCase.text
        #expect(!copy.withUTF8 { UnicodeText.isKnownNFC($0) })
        #expect(Array(UnicodeText.nfc(testCase.text).unicodeScalars) == Array(testCase.nfc.unicodeScalars))
        let bytes = Array(testCase.text.utf8)
        #expect(bytes.withUnsafeBufferPointer { UnicodeText.nfcString($0) } == testCase.nfc)
    }

    @Test(arguments: [
        ("", true), ("abc", true), ("abcdefghijklmnop", true), ("abcdefghijklmnoé", false), ("é", false),
        ("abcdefgh\u{7F}", true),
    ])
    func isASCII(_ text: String, _ expected: Bool) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { UnicodeText.isASCII($0) } == expected)
    }
}
