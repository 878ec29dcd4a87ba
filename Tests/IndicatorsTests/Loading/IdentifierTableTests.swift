import Testing

@testable import Indicators

@Suite struct IdentifierTableTests {
    @Test func internsDenseIndexesThroughGrowth() {
        // 10 000 ids force several doublings of the 16-slot start.
        var table = IdentifierTable(capacity: 1)
        for number in 0..<10_000 {
            let (index, isNew) = table.insert("DV\(number)")
            #expect(index == Int32(number) && isNew)
        }
        #expect(table.count == 10_000)
        #expect(table.insert("DV42") == (42, false))
        #expect(table.index(of: "DV9999") == 9999)
        #expect(table.index(of: "DV10000") == nil)
        #expect(table.index(of: "") == nil)
        #expect(table.string(at: 1234) == "DV1234")
    }

    @Test func comparesIdentifiersBytewise() {
        var table = IdentifierTable()
        let d10 = table.insert("D10").index
        let d2 = table.insert("D2").index
        let accented = table.insert("Đ1").index
        #expect(table.precedes(d10, d2))
        #expect(!table.precedes(d2, d10))
        #expect(table.precedes(d2, accented))  // "Đ" is 0xC4 0x90 in UTF-8, after ASCII
    }

    /// Ids back to back and where each ends.
    static func packed(_ ids: [String]) -> (identifiers: [UInt8], ends: [Int]) {
        var identifiers: [UInt8] = []
        var ends: [Int] = []
        for id in ids {
            identifiers += Array(id.utf8)
            ends.append(identifiers.count)
        }
        return (identifiers, ends)
    }

    @Test(arguments: [0, 1, 17, 5000])
    func builtAtOnceIndexesAsInsertedOneByOne(count: Int) throws {
        let ids = (0..<count).map { "M\($0 * 7919 % 10007)" } + ["", "Đ"]
        let (identifiers, ends) = Self.packed(ids)
        let table = try #require(IdentifierTable.build(identifiers: identifiers, ends: ends))
        #expect(table.count == ids.count)
        for (index, id) in ids.enumerated() {
            #expect(table.index(of: id) == Int32(index))
            #expect(table.string(at: Int32(index)) == id)
        }
        #expect(table.index(of: "M10007") == nil)
    }

    @Test func buildingFindsARepeatedId() {
        let (identifiers, ends) = Self.packed((0..<3000).map { "DV\($0)" } + ["DV1234"])
        #expect(IdentifierTable.build(identifiers: identifiers, ends: ends) == nil)
    }
}
