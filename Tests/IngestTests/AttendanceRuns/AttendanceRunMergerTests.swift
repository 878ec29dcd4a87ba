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
