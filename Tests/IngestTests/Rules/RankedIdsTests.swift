import Testing

@testable import Ingest

@Suite struct RankedIdsTests {
    // Ids of 8 and 16 bytes and longer ones sharing their first 16 bytes exercise each
    // way bytes are compared.
    static let ids =
        [
            "M1", "M10", "Mã-đảng-viên", "BB0000001", "12345678", "1234567890ABCDEF",
            "1234567890ABCDEF-1", "1234567890ABCDEF-2",
        ] + (0..<200).map { "K\($0)" }

    @Test func findsTheRankOfEveryIdByItsBytes() {
        let ranked = RankedIds(Self.ids)
        #expect(ranked.count == Self.ids.count)
        for (rank, id) in Self.ids.enumerated() {
            #expect(ranked.rank(of: id) == Int32(rank), "\(id)")
            #expect(ranked.id(rank) == id)
            #expect(ranked.withBytes(of: rank) { Array($0) } == Array(id.utf8))
        }
    }

    @Test(arguments: [
        "M", "M100", "m1", "K200", "Ma-dang-vien", " M1", "12345679", "1234567890ABCDEG",
        "1234567890ABCDEF-3", "1234567890ABCDEF-", "",
    ])
    func missesOtherIds(probe: String) {
        #expect(RankedIds(Self.ids).rank(of: probe) == nil)
    }

    /// Ids of rejected rows are in the interned column but have no rank.
    @Test func missesValuesOfTheColumnThatAreNotRanked() {
        var values = InternedValues()
        let numbers = ["B", "rejected", "A", "C"].map { values.number(of: $0) }
        let ranked = RankedIds(values: values, numbers: [numbers[2], numbers[0], numbers[3]])
        #expect(ranked.rank(of: "A") == 0)
        #expect(ranked.rank(of: "B") == 1)
        #expect(ranked.rank(of: "C") == 2)
        #expect(ranked.rank(of: "rejected") == nil)
        #expect(ranked.id(2) == "C")
    }

    @Test func noIdsFindNothing() {
        #expect(RankedIds([]).rank(of: "M1") == nil)
        #expect(RankedIds([]).count == 0)
    }
}

@Suite struct RankedIdsNumberedTests {
    /// Prefixed numbers are held as numbers; the same ranks and ids as interned ones.
    @Test func holdsPrefixedNumbersAsNumbers() {
        let ids = ["BB0000001", "BB0000002", "BB0000010", "BB10000000"]
        let ranked = RankedIds(ids)
        #expect(ranked.isNumbered)
        #expect(!RankedIds(RankedIdsTests.ids).isNumbered)
        var reader = RankedIds.Reader(ranked)
        for (rank, id) in ids.enumerated() {
            #expect(ranked.rank(of: id) == Int32(rank))
            #expect(ranked.id(rank) == id)
            #expect(reader.withBytes(of: rank) { Array($0) } == Array(id.utf8))
        }
        #expect(ranked.rank(of: "BB0000003") == nil)
        #expect(ranked.rank(of: "BB00000001") == nil)
    }

    /// Ids kept interned by the ranks are looked up even when the table dropped its
    /// look-ups (as ingest does before ranking meetings).
    @Test func looksUpInternedIdsOfAColumnWithoutLookUps() {
        var values = InternedValues()
        let numbers = ["X-b", "X-a"].map { values.number(of: $0) }
        values.dropLookUps()
        let ranked = RankedIds(values: values, numbers: [numbers[1], numbers[0]])
        #expect(!ranked.isNumbered)
        #expect(ranked.rank(of: "X-a") == 0 && ranked.rank(of: "X-b") == 1 && ranked.rank(of: "X") == nil)
    }

    /// Ranked in an order that is not bytewise (tests do so), ids stay interned.
    @Test func keepsIdsRankedOutOfBytewiseOrderInterned() {
        let ranked = RankedIds(["G2", "G1"])
        #expect(!ranked.isNumbered)
        #expect(ranked.rank(of: "G2") == 0)
        #expect(ranked.rank(of: "G1") == 1)
    }
}
