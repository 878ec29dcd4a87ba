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
