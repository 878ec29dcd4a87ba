import Testing

@testable import Ingest

@Suite struct InternedValuesTests {
    @Test func numbersValuesInTheOrderFirstSeen() {
        var values = InternedValues()
        let numbers = ["M2", "", "M1", "M2", "Nguyễn Văn A", "", "M1"].map { values.number(of: $0) }
        #expect(numbers == [0, 1, 2, 0, 3, 1, 2])
        #expect(values.count == 4)
        #expect((0..<4).map { values.string(UInt32($0)) } == ["M2", "", "M1", "Nguyễn Văn A"])
        #expect(values.length(of: 3) == "Nguyễn Văn A".utf8.count)
    }

    @Test func findsValuesByTheirBytesOnly() {
        var values = InternedValues()
        for index in 0..<1000 { _ = values.number(of: "K\(index)") }
        #expect(values.lookUp("K999") == 999)
        #expect(values.lookUp("K0") == 0)
        #expect(values.lookUp("K1000") == nil)
        #expect(values.lookUp("k1") == nil)
        #expect(values.lookUp("") == nil)
        // NFC and NFD forms of "ế" are equal as Strings but not as bytes.
        _ = values.number(of: "\u{1EBF}")
        #expect(values.lookUp("e\u{0302}\u{0301}") == nil)
        #expect(values.number(of: "e\u{0302}\u{0301}") == 1001)
    }

    @Test func ranksValuesBytewiseWithPrefixesFirst() {
        var values = InternedValues()
        for value in ["B", "A1-2", "", "A1", "Á", "a", "Z"] { _ = values.number(of: value) }
        // Bytewise: "" < "A1" < "A1-2" < "B" < "Z" < "a" < "Á" (C3 81).
        #expect(values.bytewiseRanks() == [3, 2, 0, 1, 6, 5, 4])
    }

    /// Without its look-ups a column still reads and ranks its values by number.
    @Test func readsValuesAfterTheLookUpsAreDropped() {
        var values = InternedValues()
        for value in ["B", "A1-2", "", "A1"] { _ = values.number(of: value) }
        #expect(values.canLookUp)
        values.dropLookUps()
        #expect(!values.canLookUp)
        #expect(values.count == 4)
        #expect((0..<4).map { values.string(UInt32($0)) } == ["B", "A1-2", "", "A1"])
        #expect(values.withBytes(of: 1) { Array($0) } == Array("A1-2".utf8))
        #expect(values.bytewiseRanks() == [3, 2, 0, 1])
        values.restoreLookUps()
        #expect(values.canLookUp)
        #expect(values.lookUp("A1") == 3 && values.lookUp("") == 2 && values.lookUp("A") == nil)
        #expect(values.number(of: "C") == 4)
    }

    @Test func emptyColumnHasNoRanks() {
        #expect(InternedValues().bytewiseRanks().isEmpty)
        #expect(InternedValues().lookUp("M1") == nil)
    }
}
