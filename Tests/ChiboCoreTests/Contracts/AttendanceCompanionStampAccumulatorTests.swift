import Foundation
import Testing

@testable import ChiboCore

/// Ingest stamps the tables as it writes them: the stamp of bytes handed over in pieces
/// must be the stamp of the file read back, however the pieces fall.
@Suite struct AttendanceCompanionStampAccumulatorTests {
    /// Bytes that differ from word to word, so that a piece put in the wrong place shows.
    static func bytes(_ count: Int) -> [UInt8] {
        var state: UInt64 = 0x1234_5678_9ABC_DEF1
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    static func stampOfFile(_ bytes: [UInt8]) throws -> AttendanceCompanion.Stamp {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("chibo-stamp-\(UUID())").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try #require(AttendanceCompanion.Stamp(path: path))
    }

    /// Sizes around the 32-byte lanes and the 1 MiB blocks a file is read in.
    @Test(arguments: [0, 1, 31, 32, 33, 95, 1000, (1 << 20) - 1, 1 << 20, (1 << 20) + 45])
    func piecesOfAnySizeGiveTheStampOfTheFile(_ count: Int) throws {
        let bytes = Self.bytes(count)
        let expected = try Self.stampOfFile(bytes)
        #expect(expected.size == Int64(count))
        for pieceSizes in [[count + 1], [1], [7, 25], [31, 1, 64], [33], [1 << 16, 3]] {
            let accumulator = AttendanceCompanion.Stamp.Accumulator()
            var start = 0
            var turn = 0
            bytes.withUnsafeBytes { raw in
                while start < count {
                    let end = min(count, start + pieceSizes[turn % pieceSizes.count])
                    accumulator.add(UnsafeRawBufferPointer(rebasing: raw[start..<end]))
                    start = end
                    turn += 1
                }
            }
            #expect(accumulator.stamp == expected, "pieces \(pieceSizes)")
        }
    }

    /// The stamp of 77 known bytes, worked out apart (from the lanes' definition, and
    /// checked against the trailers of companions written before the accumulator): a
    /// change to the fingerprint would change every attendance.bin.
    @Test func theStampOfKnownBytesIsPinned() throws {
        let bytes = (0..<77).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let pinned = AttendanceCompanion.Stamp(
            size: 77, fingerprint: (0x9B04_F48E_53B7_9539, 0x605E_E5B5_C1F7_8D64))
        #expect(try Self.stampOfFile(bytes) == pinned)
        let accumulator = AttendanceCompanion.Stamp.Accumulator()
        bytes.withUnsafeBytes { raw in
            accumulator.add(UnsafeRawBufferPointer(rebasing: raw[..<5]))
            accumulator.add(UnsafeRawBufferPointer(rebasing: raw[5...]))
        }
        #expect(accumulator.stamp == pinned)
    }

    @Test func aByteChangedAnywhereChangesTheStamp() throws {
        let bytes = Self.bytes(100)
        let accumulator = AttendanceCompanion.Stamp.Accumulator()
        bytes.withUnsafeBytes { accumulator.add($0) }
        let original = accumulator.stamp
        for offset in [0, 31, 32, 63, 64, 99] {
            var changed = bytes
            changed[offset] ^= 0x40
            let other = AttendanceCompanion.Stamp.Accumulator()
            changed.withUnsafeBytes { other.add($0) }
            #expect(other.stamp != original, "byte \(offset)")
        }
    }

    @Test func theStampCanBeTakenWhileBytesAreStillAdded() throws {
        let bytes = Self.bytes(80)
        let accumulator = AttendanceCompanion.Stamp.Accumulator()
        bytes.withUnsafeBytes { accumulator.add(UnsafeRawBufferPointer(rebasing: $0[..<40])) }
        #expect(accumulator.stamp == (try Self.stampOfFile(Array(bytes[..<40]))))
        bytes.withUnsafeBytes { accumulator.add(UnsafeRawBufferPointer(rebasing: $0[40...])) }
        #expect(accumulator.stamp == (try Self.stampOfFile(bytes)))
    }
}
