import Testing

@testable import Ingest

@Suite struct ByteHashTests {
    static func hash(_ bytes: [UInt8], seed: UInt64 = 0) -> UInt64 {
        bytes.withUnsafeBufferPointer { ByteHash.hash($0, seed: seed) }
    }

    @Test func equalBytesHashAlikeWhereverTheyLie() {
        // The same 11 bytes at another address (inside a bigger buffer) hash alike.
        let value = Array("SH.00001.01".utf8)
        let inside = Array("xx".utf8) + value + Array("yy".utf8)
        let borrowed = inside.withUnsafeBufferPointer {
            ByteHash.hash(UnsafeBufferPointer(rebasing: $0[2..<13]))
        }
        #expect(Self.hash(value) == borrowed)
    }

    @Test(
        arguments: [
            // Lengths differ though the words read alike: zero bytes in the tail count.
            ([], [0]),
            ([0], [0, 0]),
            // A difference in the last byte of a whole word, and in the tail after it.
            (Array("01/02/1980".utf8), Array("01/02/1981".utf8)),
            (Array("12345678".utf8), Array("12345679".utf8)),
            (Array("abcdefgh1".utf8), Array("abcdefgh2".utf8)),
        ] as [([UInt8], [UInt8])])
    func differentBytesHashApart(lhs: [UInt8], rhs: [UInt8]) {
        #expect(Self.hash(lhs) != Self.hash(rhs))
    }

    @Test func theSeedSeparatesColumns() {
        #expect(Self.hash(Array("Kinh".utf8), seed: 0) != Self.hash(Array("Kinh".utf8), seed: 1))
    }

    /// The low bits pick the slot: 4,096 consecutive ids spread over 4,096 slots leave no
    /// slot with more than a handful (a byte-at-a-time hash left unmixed clusters them).
    @Test func consecutiveIdsSpreadOverTheLowBits() {
        var perSlot = [Int](repeating: 0, count: 4096)
        for id in 30_000_000..<30_004_096 { perSlot[Int(Self.hash(Array(String(id).utf8)) & 4095)] += 1 }
        #expect(perSlot.max()! <= 8)
        #expect(perSlot.filter { $0 == 0 }.count < 4096 / 2)
    }
}
