import Testing

@testable import Report

@Suite struct TextTableTests {
    @Test func aTableOfVietnameseNamesLinesUp() {
        var table = TextTable(headings: ["Đơn vị", "Kết quả"], alignsRight: [false, true])
        table.append(["Huyện ủy Lạc Sơn", "1.234"])
        table.append(["Thành ủy Hòa Bình", "5"])
        table.append(["Đa\u{0300} Bă\u{0301}c", "84,5%"])  // decomposed "Đà Bắc"
        table.appendText("a heading line is not aligned")
        let lines = table.rendered().split(separator: "\n").map(String.init)
        // The right edge of the numbers column is the longest name (17 columns) + 2 spaces
        // + the widest number "84,5%" or the heading "Kết quả" (7 columns) = 26, plus the
        // 2-column indent = 28, on every row whatever the diacritics.
        for line in [lines[0], lines[2], lines[3], lines[4]] {
            #expect(line.displayWidth == 28, "\(line)")
        }
        #expect(lines[1] == "  " + String(repeating: "-", count: 26))
        #expect(lines[5] == "  a heading line is not aligned")
        #expect(!table.rendered().contains(" \n"))
    }
}
