import Foundation
import Testing

@testable import Report

@Suite struct StringPrecomposedTests {
    @Test(arguments: [
        "Đảng bộ huyện Mường Tè — đạt 3/5 chỉ tiêu ≥ 75 ✓ ✗ “x” …", "ASCII only", "", "Krông Búk, Y Jót",
    ])
    func composedTextIsKnownAndKept(text: String) {
        #expect(text.isKnownPrecomposed)
        #expect(Array(text.precomposed.utf8) == Array(text.precomposedStringWithCanonicalMapping.utf8))
    }

    @Test(arguments: [
        "Đa\u{0309}ng",  // a + combining hook above
        "e\u{0301}",  // e + combining acute
        "\u{2126}",  // OHM SIGN, a singleton NFC maps to Ω
        "Ελλάδα",  // Greek: outside the ranges known
    ])
    func otherTextIsNormalizedAsFoundationDoes(text: String) {
        #expect(!text.isKnownPrecomposed)
        #expect(Array(text.precomposed.utf8) == Array(text.precomposedStringWithCanonicalMapping.utf8))
    }
}
