import Testing

@testable import CSV

@Suite struct CSVRowTests {
    @Test func fieldAccess() throws {
        let reader = try CSVReader(bytes: Array(utf8: "a,,\"c,d\"\n,\n"), fileName: "t.csv")
        let row = try #require(try reader.nextRow())
        #expect(row.count == 3)
        #expect(Array(row[2]) == Array(utf8: "c,d"))
        #expect(row.string(at: 0) == "a")
        #expect(row.string(at: 3) == "")  // past the last field
        #expect(row.isEmpty(at: 1))
        #expect(!row.isEmpty(at: 2))
        #expect(row.isEmpty(at: 7))
        #expect(!row.isBlank)
        let separatorsOnly = try #require(try reader.nextRow())
        #expect(separatorsOnly.strings == ["", ""])
        #expect(separatorsOnly.isBlank)
    }
}
