import Testing

@testable import Ingest

@Suite struct BytewiseTests {
    @Test(arguments: [
        ("A1", "A1-2", true),  // a prefix sorts first
        ("A1-2", "A1", false),
        ("B", "a", true),  // upper case letters are smaller bytes
        ("Z", "Á", true),  // any ASCII sorts before multi-byte UTF-8
        ("Ă", "Â", false),  // U+0102 (C4 82) after U+00C2 (C3 82)
        ("x", "x", false),
    ])
    func ordersByUTF8Bytes(lhs: String, rhs: String, isLess: Bool) {
        #expect(Bytewise.less(lhs, rhs) == isLess)
        #expect(Bytewise.less(lhs, rhs) == Array(lhs.utf8).lexicographicallyPrecedes(Array(rhs.utf8)))
    }
}
