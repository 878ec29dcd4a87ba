import Foundation
import Testing

@testable import Ingest

@Suite struct TextNormalizerTests {
    // "Nguyễn" typed with combining marks (NFD) must compose to the NFC form.
    static let decomposed = "Nguye\u{302}\u{303}n Va\u{306}n A"

    @Test(arguments: [
        ("  Nguyễn   Văn\tA ", true, "Nguyễn Văn A"),
        ("Nguyễn\nVăn A", true, "Nguyễn Văn A"),
        (decomposed, true, "Nguyễn Văn A"),
        ("  Bồi dưỡng,  cập nhật ", false, "Bồi dưỡng,  cập nhật"),
        ("\u{A0}UBKT\u{A0}", false, "UBKT"),
    ])
    func normalizes(raw: String, collapses: Bool, expected: String) {
        let result = TextNormalizer.normalize(raw, collapsesWhitespace: collapses)
        #expect(result.text == expected)
        #expect(Array(result.text.utf8) == Array(expected.utf8))
        #expect(result.legacyEncoding == nil)
    }

    @Test(arguments: [(" M001 ", "M001"), ("", nil), ("  ", nil), ("\tC01", "C01")])
    func normalizesIds(raw: String, expected: String?) {
        #expect(IdNormalizer.normalize(raw) == expected)
    }
}

@Suite struct TextNormalizerFastPathTests {
    @Test(arguments: [
        ("ASCII", "Chi bo 1", true),
        ("Vietnamese NFC", "Nguyễn Văn Ơn, Đỗ Thị Ưng", true),
        ("combining marks", TextNormalizerTests.decomposed, false),
        ("Cyrillic", "Иван", false),
        ("CJK", "漢字", false),
    ])
    func recognizesTextThatIsNFCByConstruction(label: String, text: String, isSurelyNFC: Bool) {
        #expect(TextNormalizer.isSurelyNFC(text) == isSurelyNFC, "\(label)")
        // Whatever the fast path says, the result is the NFC form.
        #expect(
            Array(TextNormalizer.nfc(text).utf8) == Array(text.precomposedStringWithCanonicalMapping.utf8))
    }

    @Test(arguments: [
        ("Nguyễn Văn A", "Nguyễn Văn A"), (" a", "a"), ("a ", "a"), ("a  b", "a b"), ("a\u{2003}b", "a b"),
        ("a\u{1680}b", "a b"), ("ạ ả", "ạ ả"),
    ])
    func collapsesOnlyWhatNeedsIt(raw: String, expected: String) {
        #expect(TextNormalizer.collapsed(raw) == expected)
    }
}
