import ChiboCore
import Foundation
import Testing

@testable import Indicators

/// The check of a companion's stamps, made on a thread of its own while the tables are read.
@Suite struct CompanionStampCheckTests {
    /// Three files in a folder of their own, for `body`; removed after.
    static func withFiles<Value>(_ body: ([String]) throws -> Value) throws -> Value {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chibo-check-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = ["first", "second", "third"].map { folder.appendingPathComponent($0).path }
        for (index, path) in paths.enumerated() {
            try Data((0..<((1 << 20) + 5 * index)).map { UInt8(truncatingIfNeeded: $0 &+ index) })
                .write(to: URL(fileURLWithPath: path))
        }
        return try body(paths)
    }

    static func stamps(_ paths: [String]) throws -> [AttendanceCompanion.Stamp] {
        try paths.map { try #require(AttendanceCompanion.Stamp(path: $0)) }
    }

    @Test func filesAsStampedMatch() throws {
        try Self.withFiles { paths in
            let stamps = try Self.stamps(paths)
            #expect(CompanionStampCheck(paths: paths, stamps: stamps).isMatched)
        }
    }

    @Test(arguments: 0..<3)
    func oneFileChangedOrMissingDoesNotMatch(changed: Int) throws {
        try Self.withFiles { paths in
            let stamps = try Self.stamps(paths)
            var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: paths[changed])))
            bytes[bytes.count / 2] ^= 1
            try Data(bytes).write(to: URL(fileURLWithPath: paths[changed]))
            #expect(!CompanionStampCheck(paths: paths, stamps: stamps).isMatched)
            try FileManager.default.removeItem(atPath: paths[changed])
            #expect(!CompanionStampCheck(paths: paths, stamps: stamps).isMatched)
        }
    }

    @Test func stampsSwappedBetweenFilesDoNotMatch() throws {
        try Self.withFiles { paths in
            let stamps = try Self.stamps(paths)
            #expect(!CompanionStampCheck(paths: paths, stamps: [stamps[1], stamps[0], stamps[2]]).isMatched)
        }
    }

    @Test func attendanceIsStampedFirst() {
        // The biggest file first, each once.
        let order = CompanionStampCheck.order(of: AttendanceCompanion.describedFiles.count)
        #expect(order.sorted() == Array(AttendanceCompanion.describedFiles.indices))
        #expect(order.first.map { AttendanceCompanion.describedFiles[$0] } == .attendance)
    }

    @Test func aCheckWaitedForTwiceGivesTheSameOutcome() throws {
        try Self.withFiles { paths in
            let stamps = try Self.stamps(paths)
            let check = CompanionStampCheck(paths: paths, stamps: stamps)
            #expect(check.isMatched)
            #expect(check.isMatched)
            check.stop()
            #expect(check.isMatched)
            let stale = CompanionStampCheck(paths: paths, stamps: [stamps[0], stamps[1], stamps[0]])
            #expect(!stale.isMatched)
            #expect(!stale.isMatched)
        }
    }
}
