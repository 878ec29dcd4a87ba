import ChiboCore
import ChiboTestSupport
import Foundation
import Testing

@testable import Ingest

/// Runs on file and in memory merged in (meeting, member, line) order.
@Suite struct AttendanceRunMergerTests {
    typealias Record = AttendanceValidator.Record

    static func merged(_ runs: AttendanceRuns, bufferCount: Int?) throws -> [String] {
        var merger = try AttendanceRunMerger(runs, bufferCount: bufferCount)
        var records: [Record] = []
        while let record = try merger.next() { records.append(record) }
        return AttendanceRunsTests.describe(records)
    }

    /// The seven rows of `AttendanceRunsTests` by key, then line: line 4 before line 6
    /// (same key, different runs); line 5 keeps its rejection.
    static let expected = ["8:0,0,0", "4:0,1,2", "6:0,1,1", "3:0,2,1", "2:1,0,0", "7:1,1,2", "5:2,2,0!"]

    struct Case: CustomTestStringConvertible, Sendable {
        var capacity: Int
        var isOnFile: Bool
        var bufferCount: Int?
        var testDescription: String {
            "runs of \(capacity) \(isOnFile ? "on file" : "in memory"), buffers of \(bufferCount.map(String.init) ?? "default")"
        }
    }

    @Test(arguments: [
        Case(capacity: 3, isOnFile: true, bufferCount: 1),
        Case(capacity: 3, isOnFile: true, bufferCount: 2),
        Case(capacity: 3, isOnFile: true, bufferCount: nil),
        Case(capacity: 1, isOnFile: true, bufferCount: 1),
        Case(capacity: 3, isOnFile: false, bufferCount: nil),
        Case(capacity: 100, isOnFile: true, bufferCount: nil),
    ])
    func mergesInKeyThenLineOrder(_ test: Case) throws {
        let folder = try Folder.temporary("chibo-merge")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = test.isOnFile ? AttendanceRunFile(directory: folder.path) : nil
        var runs = AttendanceRuns(capacity: test.capacity, file: file)
        for record in AttendanceRunsTests.records() { runs.append(record) }
        #expect(try Self.merged(runs, bufferCount: test.bufferCount) == Self.expected)
    }

    @Test func mergesTheRunsOfTwoReaders() throws {
        let folder = try Folder.temporary("chibo-merge")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = AttendanceRunFile(directory: folder.path)
        // The first reader reads lines 2–5, the second lines 6–8, into one file.
        let records = AttendanceRunsTests.records()
        var first = AttendanceRuns(capacity: 2, file: file)
        var second = AttendanceRuns(capacity: 2, file: file)
        for record in records[4...] { second.append(record) }
        for record in records[..<4] { first.append(record) }
        first.append(second)
        #expect(first.written.count == 3)
        #expect(first.held.count == 1)
        #expect(try Self.merged(first, bufferCount: 1) == Self.expected)
    }

    /// Many runs, some disjoint (rows listed by meeting, as exports do) and some
    /// interleaved, read through small buffers: the merge gives every record once, in
    /// (meeting, member, line) order, whichever run it comes from.
    @Test(arguments: [1, 2, 7, 64])
    func mergesDisjointAndInterleavedRuns(capacity: Int) throws {
        let folder = try Folder.temporary("chibo-merge")
        defer { try? FileManager.default.removeItem(at: folder) }
        var records: [Record] = []
        var seed: UInt64 = 12_345
        for line in 2..<1_500 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // The first rows come by meeting; later ones anywhere, with repeated keys.
            let meeting = line < 700 ? UInt32(line / 25) : UInt32(seed >> 59)
            records.append(
                Record(
                    meeting: meeting, member: UInt32(seed >> 33 & 7), line: line, status: UInt8(line % 3),
                    isRejected: line % 11 == 0))
        }
        for bufferCount in [1, 3, nil] {
            var runs = AttendanceRuns(capacity: capacity, file: AttendanceRunFile(directory: folder.path))
            for record in records { runs.append(record) }
            var merger = try AttendanceRunMerger(runs, bufferCount: bufferCount)
            var merged: [Record] = []
            while let record = try merger.next() { merged.append(record) }
            #expect(
                AttendanceRunsTests.describe(merged)
                    == AttendanceRunsTests.describe(records.sorted { $0.precedes($1) }))
        }
    }

    @Test func nothingToMerge() throws {
        var merger = try AttendanceRunMerger(AttendanceRuns(capacity: 3, file: nil))
        #expect(try merger.next() == nil)
    }

    @Test func bufferCountsStayWithinTheirBudget() {
        #expect(AttendanceRunMerger.bufferCount(runCount: 1) == (1 << 20) / 12)
        #expect(AttendanceRunMerger.bufferCount(runCount: 64) == (1 << 20) / 12)
        #expect(AttendanceRunMerger.bufferCount(runCount: 128) == (512 << 10) / 12)
        #expect(AttendanceRunMerger.bufferCount(runCount: 1_000_000) == (4 << 10) / 12)
    }
}
