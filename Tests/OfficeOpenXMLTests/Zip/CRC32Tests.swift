import ChiboTestSupport
import Testing

@testable import OfficeOpenXML

@Suite struct CRC32Tests {
    @Test(arguments: [
        ("", UInt32(0)),
        ("a", 0xE8B7_BE43),
        ("123456789", 0xCBF4_3926),
        ("The quick brown fox jumps over the lazy dog", 0x414F_A339),
    ])
    func knownVectors(text: String, expected: UInt32) {
        #expect(CRC32.checksum(Array(text.utf8)) == expected)
    }

    /// Lengths around the 16-byte step, against the bit-by-bit definition.
    @Test func slicedLoopAgreesWithBitwiseDefinition() {
        var generator = SplitMix(seed: 7)
        for length in [1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 1000, 4097] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            #expect(CRC32.checksum(bytes) == bitwiseCRC32(bytes), "length \(length)")
        }
    }

    @Test func updatesInPiecesGiveTheWholeChecksum() {
        let bytes = Array("123456789".utf8)
        var crc = CRC32()
        crc.update(Array(bytes[0..<4]))
        crc.update(Array(bytes[4...]))
        #expect(crc.value == 0xCBF4_3926)
    }
}

/// A small deterministic generator for test data.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
