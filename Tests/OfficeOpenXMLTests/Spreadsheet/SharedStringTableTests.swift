import Testing

@testable import OfficeOpenXML

/// Shared strings are numbered in order of first use and found again by their exact bytes,
/// however many there are (the table grows many times for rejects.xlsx).
@Suite struct SharedStringTableTests {
    @Test func numbersFollowFirstUseThroughEveryGrowth() {
        var table = SharedStringTable()
        // 20,000 distinct texts of every length from 0 to 40 bytes, each used three times
        // in a shuffled but fixed order.
        let texts = (0..<20_000).map { String(repeating: "ả", count: $0 % 7) + String($0 * 7919 % 100_003) }
        var expected: [String: Int] = [:]
        var order: [String] = []
        for round in 0..<3 {
            for index in stride(from: round, to: texts.count + round, by: 1) {
                let text = texts[(index * 37) % texts.count]
                if expected[text] == nil {
                    expected[text] = order.count
                    order.append(text)
                }
                #expect(table.index(of: text) == expected[text])
            }
        }
        #expect(order.count == Set(texts).count)
        #expect(table.index(of: "") == order.count, "the empty text is new here")
        #expect(table.index(of: "\u{E9}") != table.index(of: "e\u{301}"), "bytes, not canonical equivalence")
    }
}
