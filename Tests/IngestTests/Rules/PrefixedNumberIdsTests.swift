import Testing

@testable import Ingest

@Suite struct PrefixedNumberIdsTests {
    static func numbered(_ ids: [String]) -> PrefixedNumberIds? {
        var values = InternedValues()
        let numbers = ids.map { values.number(of: $0) }
        return PrefixedNumberIds(values: values, numbers: numbers)
    }

    static func rank(_ ids: PrefixedNumberIds, _ id: String) -> Int? {
        var id = id
        return id.withUTF8 { ids.rank(of: $0) }
    }

    static func text(_ ids: PrefixedNumberIds, _ id: (digits: Int, number: UInt64)) -> String {
        ids.withBytes(digits: id.digits, number: id.number) { String(decoding: $0, as: UTF8.self) }
    }

    /// Bytewise, BB10 comes between BB1 and BB2 and BB99 after BB9: the ranks count the
    /// smaller ids of both counts of digits (1, 2, 9 and 10, 99).
    static let mixedLengths = ["BB1", "BB10", "BB2", "BB9", "BB99"]

    @Test func ranksIdsOfSeveralCountsOfDigitsInBytewiseOrder() throws {
        let ids = try #require(Self.numbered(Self.mixedLengths))
        #expect(ids.prefix == Array("BB".utf8))
        #expect(ids.groups.map(\.digits) == [1, 2])
        #expect(ids.count == 5)
        for (rank, id) in Self.mixedLengths.enumerated() {
            #expect(Self.rank(ids, id) == rank, "\(id)")
            #expect(Self.text(ids, ids.id(rank)) == id)
        }
    }

    @Test(arguments: ["BB3", "BB11", "BB01", "BB", "BX1", "BB1a", "bb1", "BB100", "B1", "", "BB-1"])
    func missesOtherIds(probe: String) throws {
        let ids = try #require(Self.numbered(Self.mixedLengths))
        #expect(Self.rank(ids, probe) == nil)
    }

    /// Leading zeros are digits like any other: M007 (3 digits, 7), M01 (2, 1), M1 (1, 1).
    @Test func keepsLeadingZeros() throws {
        let sorted = ["M007", "M01", "M1"]
        let ids = try #require(Self.numbered(sorted))
        #expect(ids.groups.map(\.digits) == [1, 2, 3])
        for (rank, id) in sorted.enumerated() {
            #expect(Self.rank(ids, id) == rank)
            #expect(Self.text(ids, ids.id(rank)) == id)
        }
        #expect(Self.rank(ids, "M001") == nil)
        #expect(Self.rank(ids, "M07") == nil)
    }

    @Test func takesIdsWithoutPrefix() throws {
        let ids = try #require(Self.numbered(["30000001", "30000002", "30000010"]))
        #expect(ids.prefix.isEmpty)
        #expect(Self.rank(ids, "30000010") == 2)
        #expect(Self.rank(ids, "30000003") == nil)
        #expect(Self.text(ids, ids.id(1)) == "30000002")
    }

    @Test(arguments: [
        ("other prefix", ["A1", "B1"]),
        ("no digits", ["ABC"]),
        ("not at the end", ["A1B", "A2B"]),
        ("not bytewise sorted", ["BB2", "BB1"]),
        ("repeated", ["BB1", "BB1"]),
        ("18 digits", ["K123456789012345678"]),
        ("too sparse", ["K10000000", "K99999999"]),
        ("none", []),
    ])
    func refusesOtherShapes(name: String, ids: [String]) {
        #expect(Self.numbered(ids) == nil, "\(name)")
    }

    /// 65,536 bits at least, however few ids: the ids 1 and 65,536 fit, 1 and 65,537 not.
    @Test func allowsSmallSetsSomeGaps() {
        #expect(Self.numbered(["K00001", "K65536"]) != nil)
        #expect(Self.numbered(["K00001", "K65537"]) == nil)
    }

    /// Every id of 1 to 3 digits, a third of them taken: ranks and reads agree with the
    /// sorted list, and every other id of up to 4 digits misses.
    @Test func agreesWithTheSortedListOnEveryId() throws {
        var all: [String] = []
        for digits in 1...3 {
            let limit = [1, 10, 100, 1000][digits]
            for number in 0..<limit {
                let text = String(number)
                all.append("Z" + String(repeating: "0", count: digits - text.count) + text)
            }
        }
        let taken = all.enumerated().filter { $0.offset % 3 == 1 }.map(\.element)
        let sorted = taken.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let ids = try #require(Self.numbered(sorted))
        let ranks = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($0.element, $0.offset) })
        for probe in all + ["Z0000", "Z1234", "Z9999"] {
            #expect(Self.rank(ids, probe) == ranks[probe], "\(probe)")
        }
        var reader = PrefixedNumberIds.Reader(ids)
        for (rank, id) in sorted.enumerated() {
            #expect(Self.text(ids, ids.id(rank)) == id)
            #expect(Self.text(ids, reader.id(rank)) == id)
        }
        // Backwards and far jumps seek; short steps forward walk.
        for rank in [300, 5, 6, 100, 99, 0, sorted.count - 1, 2] {
            #expect(Self.text(ids, reader.id(rank)) == sorted[rank], "rank \(rank)")
        }
    }
}
