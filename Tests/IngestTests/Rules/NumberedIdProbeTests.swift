import Testing

@testable import Ingest

@Suite struct NumberedIdProbeTests {
    static func probe(_ probe: NumberedIdProbe, _ field: String) -> Int {
        var field = field
        return field.withUTF8 { probe.rank(of: $0) }
    }

    /// Member ids as exports number them (8 digits, no prefix, a gap) and meeting ids (a
    /// prefix, 7 digits): every field of the shape gets the rank `RankedIds` gives, or
    /// unknown; fields of other shapes are left to the general look-up.
    @Test(arguments: [
        (
            ["30000001", "30000002", "30000003", "30000005", "30000064", "30000065", "30000200"],
            [
                "30000000", "30000004", "30000063", "30000066", "30000199", "30000201", "39999999",
                "10000000",
            ],
            [
                " 30000001", "30000001 ", "3000001", "300000011", "3000000a", "30000/01", "30000:01", "",
                "3０000001",
            ]
        ),
        (
            ["BB0000001", "BB0000002", "BB0000010", "BB0000011"],
            ["BB0000003", "BB0000000", "BB0000012", "BB9999999"],
            [
                "bb0000001", "BA0000001", "BB000001", "BB00000011", "B0000001", "BB 000001", "BB000000/",
                " BB0000001",
            ]
        ),
    ])
    func agreesWithTheRankedIds(ids: [String], unknown: [String], otherShapes: [String]) {
        let ranked = RankedIds(ids)
        #expect(ranked.isNumbered)
        let probe = NumberedIdProbe(ranked)
        for (rank, id) in ids.enumerated() {
            #expect(Self.probe(probe, id) == rank, "\(id)")
        }
        for id in unknown {
            #expect(Self.probe(probe, id) == NumberedIdProbe.unknown, "\(id)")
            #expect(ranked.rank(of: id) == nil, "\(id)")
        }
        for field in otherShapes {
            #expect(Self.probe(probe, field) == NumberedIdProbe.otherShape, "\(field)")
        }
    }

    /// Ids of several counts of digits, or not held as numbers, are never answered.
    @Test(arguments: [["BB1", "BB10", "BB2"], ["M1", "Mã-1"], ["A1", "B1"]])
    func leavesOtherIdsToTheGeneralLookUp(ids: [String]) {
        let probe = NumberedIdProbe(RankedIds(ids))
        for id in ids { #expect(Self.probe(probe, id) == NumberedIdProbe.otherShape, "\(id)") }
    }

    /// Eight digits read at once give the number the digits write; a byte other than a
    /// digit anywhere in them gives none.
    @Test func readsEightDigitsAtOnce() {
        for text in ["00000000", "12345678", "99999999", "30000001", "09876543"] {
            let word = Array(text.utf8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(NumberedIdProbe.eightDigits(UInt64(littleEndian: word)) == UInt64(text)!)
        }
        for position in 0..<8 {
            for byte: UInt8 in [0x2F, 0x3A, 0x20, 0x00, 0xB0, 0x40, 0x39 + 0x80] {
                var bytes = Array("12345678".utf8)
                bytes[position] = byte
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(NumberedIdProbe.eightDigits(UInt64(littleEndian: word)) == nil, "\(position) \(byte)")
            }
        }
    }
}
