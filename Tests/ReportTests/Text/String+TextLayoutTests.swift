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

@Suite struct WrappingTests {
    @Test func wrapsAtSpacesByDisplayWidth() {
        #expect(
            "Tỷ lệ trưởng thôn, tổ dân phố là đảng viên".wrapped(toWidth: 20) == [
                "Tỷ lệ trưởng thôn,", "tổ dân phố là đảng", "viên",
            ])
        #expect("a verylongword b".wrapped(toWidth: 4) == ["a", "verylongword", "b"])
        #expect("".wrapped(toWidth: 5) == [""])
    }

    @Test func paragraphsHangUnderTheirFirstLine() {
        let text = "một hai ba bốn năm sáu bảy tám".paragraph(width: 16, indent: 0, hangingIndent: 2)
        #expect(text == "một hai ba bốn\n  năm sáu bảy\n  tám\n")
    }
}
