import Testing

@testable import Ingest

/// The radix sort puts keys in the order `sorted()` does, whatever bytes they use.
@Suite struct RadixSortTests {
    /// Keys of one shape: `key(index, random)` for each index.
    struct Shape: CustomTestStringConvertible, Sendable {
        let name: String
        let key: @Sendable (Int, UInt64) -> UInt64
        var testDescription: String { name }
    }

    static let shapes: [Shape] = [
        Shape(name: "any 64 bits") { _, random in random },
        Shape(name: "few values, many repeats") { _, random in random % 7 },
        Shape(name: "all equal") { _, _ in 0xDEAD_BEEF },
        Shape(name: "ascending") { index, _ in UInt64(index) * 3 },
        Shape(name: "descending") { index, _ in UInt64(1 << 40) - UInt64(index) },
        Shape(name: "only the top byte differs") { _, random in (random >> 56) << 56 | 0x00FF_00FF },
        Shape(name: "name, birth, row packed") { index, random in
            (random % 50_000) << 40 | (random >> 20 % 20_000) << 23 | UInt64(index)
        },
    ]

    @Test(arguments: shapes, [0, 1, 5, RadixSort.smallest - 1, RadixSort.smallest, 100_003])
    func keysComeOutAsSortedPutsThem(shape: Shape, count: Int) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let keys = (0..<count).map { index -> UInt64 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return shape.key(index, state ^ state >> 29)
        }
        var sorted = keys
        RadixSort.sort(&sorted)
        #expect(sorted == keys.sorted())
    }
}
