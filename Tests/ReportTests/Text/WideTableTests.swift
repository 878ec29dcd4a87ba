import Testing

@testable import Report

@Suite struct WideTableTests {
    @Test func dataColumnsAreGroupedToFitAndTheLeadingColumnRepeats() {
        var table = WideTable(leadingHeadings: ["Chỉ tiêu"], dataHeadings: (1...6).map { "Cột \($0)" })
        table.maxWidth = 40
        table.append(leading: [["Tên"]], data: (1...6).map { [String(repeating: "9", count: $0 + 6)] })
        // Indent 2 + "Chỉ tiêu" 8 = 10; columns of 7…12 digits plus 2 spaces each:
        // 10 + 9 + 10 + 11 = 40 fits, + 12 does not; then 10 + 12 + 13 = 35, + 14 does not.
        #expect(table.groups == [0..<3, 3..<5, 5..<6])
        let lines = table.rendered().split(separator: "\n")
        #expect(lines.allSatisfy { String($0).displayWidth <= 40 })
        #expect(lines.filter { $0.hasPrefix("  Tên") }.count == 3)
    }

    @Test func aColumnWiderThanTheLineStillGetsAGroupOfItsOwn() {
        var table = WideTable(leadingHeadings: ["A"], dataHeadings: ["B", "C"])
        table.maxWidth = 10
        table.append(leading: [["a"]], data: [["bbbbbbbbbbbb"], ["c"]])
        #expect(table.groups == [0..<1, 1..<2])
    }

    @Test func aRowWithNothingInAGroupIsLeftOutOfThatGroup() {
        var table = WideTable(leadingHeadings: ["A"], dataHeadings: ["B", "C"])
        table.maxWidth = 14
        table.append(leading: [["x"]], data: [["bbbbbb"], [""]])
        table.append(leading: [["y"]], data: [[""], ["cccccc"]])
        let groups = table.rendered().components(separatedBy: "\n\n")
        #expect(groups.count == 2)
        #expect(groups[0].contains("  x") && !groups[0].contains("  y"))
        #expect(groups[1].contains("  y") && !groups[1].contains("  x"))
    }
}
