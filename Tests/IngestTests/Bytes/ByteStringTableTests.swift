import Testing

@testable import Ingest

@Suite struct ByteStringTableTests {
    // Keys of 8 and 16 bytes and longer ones sharing their first 16 bytes exercise each
    // way bytes are compared.
    static let keys =
        [
            "M1", "M10", "", "Mã-đảng-viên", "BB0000001", "12345678", "1234567890ABCDEF",
            "1234567890ABCDEF-1", "1234567890ABCDEF-2",
        ] + (0..<200).map { "K\($0)" }

    @Test func findsEveryKeyByItsBytes() {
        let table = ByteStringTable(keys: Self.keys)
        for (index, key) in Self.keys.enumerated() {
            #expect(table.value(for: key) == Int32(index), "\(key)")
        }
    }

    @Test(arguments: [
        "M", "M100", "m1", "K200", "Ma-dang-vien", " M1", "12345679", "1234567890ABCDEG",
        "1234567890ABCDEF-3", "1234567890ABCDEF-",
    ])
    func missesOtherStrings(probe: String) {
        #expect(ByteStringTable(keys: Self.keys).value(for: probe) == nil)
    }

    @Test func emptyTableFindsNothing() {
        #expect(ByteStringTable(keys: []).value(for: "M1") == nil)
    }
}

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
