import Testing

@testable import OfficeOpenXML

@Suite struct ExactTextTests {
    @Test func theSameStringAndAnEqualCopyAreEqual() {
        let name = "Đảng bộ huyện Mường Tè, chi bộ thôn Nậm Củm"
        let copy = String(decoding: Array(name.utf8), as: UTF8.self)
        #expect(ExactText(name) == ExactText(name))
        #expect(ExactText(name) == ExactText(copy))
        #expect(ExactText("SH") == ExactText(String("xSH".dropFirst())))
    }

    @Test func canonicallyEquivalentTextsOfOtherBytesDiffer() {
        let composed = "Huyện"
        let decomposed = "Huye\u{323}\u{302}n"
        // Swift's own equality merges them; bytes keep them apart, as a key and in a hash.
        #expect(composed == decomposed)
        #expect(ExactText(composed) != ExactText(decomposed))
        #expect(Set([ExactText(composed), ExactText(decomposed)]).count == 2)
        #expect(ExactText("a") != ExactText("b"))
        #expect(ExactText("") == ExactText(String()))
    }
}
