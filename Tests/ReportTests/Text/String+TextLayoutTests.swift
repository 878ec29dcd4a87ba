import Testing

@testable import Report

@Suite struct StringTextLayoutTests {
    @Test(arguments: [
        ("Hà Nội", 6),
        ("Nguye\u{0302}\u{0303}n", 6),  // decomposed: e + circumflex + tilde is one column
        ("Nguyễn", 6),
        ("Đảng ủy Khối", 12),
        ("", 0),
    ])
    func countsColumns(text: String, width: Int) {
        #expect(text.displayWidth == width)
    }

    @Test func trimsOnlyTrailingSpaces() {
        #expect("  a b  ".trimmingTrailingSpaces() == "  a b")
        #expect("Tại 30/06/2018".lowercasedFirst == "tại 30/06/2018")
    }
}
