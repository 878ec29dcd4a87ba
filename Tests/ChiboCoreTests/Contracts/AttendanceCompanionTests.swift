import Foundation
import Testing

@testable import ChiboCore

/// The layout of `normalized/attendance.bin`, shared by ingest (writing) and indicators
/// (reading).
@Suite struct AttendanceCompanionTests {
    static func trailer() throws -> AttendanceCompanion.Trailer {
        var checksum = AttendanceCompanion.Checksum()
        for word: UInt32 in [3, 8, 1] { checksum.add(word) }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("chibo-stamp-\(UUID())").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let stamp = try #require(AttendanceCompanion.Stamp(path: path))
        return AttendanceCompanion.Trailer(
            wordCount: 3, rowCount: 2, meetingCount: 1, memberCount: 3, checksum: checksum,
            stamps: [stamp, stamp, stamp])
    }

    @Test func rowsAndMarkersAreToldApartByTheirLowBits() {
        // Member 5 unexcused (index 2): 5 << 2 | 2; meeting 7: 7 << 2 | 3.
        #expect(AttendanceCompanion.rowWord(member: 5, status: 2) == 22)
        #expect(AttendanceCompanion.markerWord(meeting: 7) == 31)
        #expect(AttendanceCompanion.markerWord(meeting: 7) & 3 == AttendanceCompanion.markerTag)
        // The indicators' reader counts statuses 0 (present) and 2 (unexcused) by number.
        #expect(AttendanceStatus.allCases == [.present, .excused, .unexcused])
        #expect(AttendanceCompanion.largestRowNumber == (1 << 30) - 1)
    }

    @Test func aTrailerReadsBackAsWritten() throws {
        let trailer = try Self.trailer()
        let bytes = trailer.bytes
        #expect(bytes.count == AttendanceCompanion.Trailer.size)
        #expect(Array(bytes.prefix(8)) == Array("CHIBOATT".utf8))
        #expect(AttendanceCompanion.Trailer(bytes: bytes) == trailer)
    }

    @Test func aTrailerWithAnyByteChangedIsNotRead() throws {
        let bytes = try Self.trailer().bytes
        for index in bytes.indices {
            var changed = bytes
            changed[index] ^= 0x10
            #expect(AttendanceCompanion.Trailer(bytes: changed) == nil, "byte \(index)")
        }
        #expect(AttendanceCompanion.Trailer(bytes: Array(bytes.dropLast())) == nil)
    }

    @Test func theChecksumTellsWordsMovedOrChanged() {
        func checksum(_ words: [UInt32]) -> AttendanceCompanion.Checksum {
            var checksum = AttendanceCompanion.Checksum()
            for word in words { checksum.add(word) }
            return checksum
        }
        #expect(checksum([1, 2, 3]) != checksum([2, 1, 3]))
        #expect(checksum([1, 2, 3]) != checksum([1, 2, 4]))
        #expect(checksum([1, 2, 3]) != checksum([1, 2, 3, 0]))
        let words: [UInt32] = [7, 0xFFFF_FFFF, 12]
        var whole = AttendanceCompanion.Checksum()
        words.withUnsafeBufferPointer { whole.add($0) }
        #expect(whole == checksum(words))
        var joined = checksum([7])
        joined.append(checksum([0xFFFF_FFFF, 12]), count: 2)
        #expect(joined == checksum(words))
    }

    @Test func aStampChangesWithTheFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("chibo-stamp-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("abc".utf8).write(to: URL(fileURLWithPath: path))
        let before = try #require(AttendanceCompanion.Stamp(path: path))
        #expect(before.size == 3)
        #expect(AttendanceCompanion.Stamp(path: path) == before)
        try Data("abcd".utf8).write(to: URL(fileURLWithPath: path))
        #expect(AttendanceCompanion.Stamp(path: path) != before)
        #expect(AttendanceCompanion.Stamp(path: path + ".missing") == nil)
    }

    @Test func aStampIsOfTheBytesAlone() throws {
        // Over a megabyte and an odd tail, so that reads end mid-chunk: the same bytes in
        // another file give the same stamp, one byte changed anywhere another.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chibo-stamps-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = (0..<((1 << 20) + 77)).map { UInt8(truncatingIfNeeded: $0 &* 31 >> 3) }
        let first = folder.appendingPathComponent("first").path
        let second = folder.appendingPathComponent("second").path
        try Data(bytes).write(to: URL(fileURLWithPath: first))
        try Data(bytes).write(to: URL(fileURLWithPath: second))
        let stamp = try #require(AttendanceCompanion.Stamp(path: first))
        let stamps = AttendanceCompanion.Stamp.stamps(of: [second, first, second + ".missing"])
        #expect(stamps == [stamp, stamp, nil])
        for offset in [0, 7, 8, 31, 32, 1 << 19, (1 << 20) - 1, 1 << 20, bytes.count - 1] {
            bytes[offset] ^= 0x20
            try Data(bytes).write(to: URL(fileURLWithPath: second))
            #expect(AttendanceCompanion.Stamp(path: second) != stamp, "byte \(offset)")
            bytes[offset] ^= 0x20
        }
        // Swapped 8-byte words (lanes hold order), and one byte more.
        var swapped = bytes
        swapped.swapAt(0, 8)
        swapped.swapAt(1, 9)
        if swapped != bytes {
            try Data(swapped).write(to: URL(fileURLWithPath: second))
            #expect(AttendanceCompanion.Stamp(path: second) != stamp)
        }
        try Data(bytes + [0]).write(to: URL(fileURLWithPath: second))
        #expect(AttendanceCompanion.Stamp(path: second) != stamp)
    }

    @Test func aStampCancelledWhileReadingIsNone() throws {
        // Three megabytes, asked before each block: a check stopped after the first block
        // gives no stamp, one never stopped the stamp of the whole file.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("chibo-stamp-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let whole = try #require(AttendanceCompanion.Stamp(path: path))
        var asked = 0
        let stopped = AttendanceCompanion.Stamp(path: path) {
            asked += 1
            return asked > 1
        }
        #expect(stopped == nil)
        #expect(asked == 2)
        #expect(AttendanceCompanion.Stamp(path: path, isCancelled: { false }) == whole)
        #expect(AttendanceCompanion.Stamp(path: path, isCancelled: { true }) == nil)
    }
}
