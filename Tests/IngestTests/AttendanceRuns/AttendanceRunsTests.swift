import ChiboCore
import ChiboTestSupport
import Foundation
import Testing

@testable import Ingest

#if canImport(Glibc)
    import Glibc
#endif

/// Keyed attendance records kept in runs of three: full buffers are sorted and written to
/// the run file, the rest stays in memory.
@Suite struct AttendanceRunsTests {
    typealias Record = AttendanceValidator.Record

    /// Seven keyed rows on lines 2–8, as (meeting rank, member rank). Lines 4 and 6 share a
    /// key, and fall in different runs of three.
    static let keys = [(1, 0), (0, 2), (0, 1), (2, 2), (0, 1), (1, 1), (0, 0)]

    static func records() -> [Record] {
        keys.enumerated().map { index, key in
            Record(
                meeting: UInt32(key.0), member: UInt32(key.1), line: index + 2, status: UInt8(index % 3),
                isRejected: index == 3)
        }
    }

    /// The lines of `records`, with their ranks and flags, for readable comparisons.
    static func describe(_ records: [Record]) -> [String] {
        records.map { "\($0.line):\($0.meeting),\($0.member),\($0.status)\($0.isRejected ? "!" : "")" }
    }

    static func read(_ run: AttendanceRunFile.Run, of file: AttendanceRunFile) throws -> [Record] {
        var records = [Record](
            repeating: Record(meeting: 0, member: 0, line: 0, status: 0, isRejected: false), count: run.count)
        try records.withUnsafeMutableBufferPointer { try file.read(run, from: 0, into: $0) }
        return records
    }

    @Test func aFullBufferIsWrittenAsASortedRunAndTheRestStaysInMemory() throws {
        let folder = try Folder.temporary("chibo-runs")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = AttendanceRunFile(directory: folder.path)
        var runs = AttendanceRuns(capacity: 3, file: file)
        for record in Self.records() { runs.append(record) }

        // Lines 2–4 and 5–7 filled the buffer twice; line 8 waits in it.
        #expect(runs.written == [.init(offset: 0, count: 3), .init(offset: 36, count: 3)])
        #expect(Self.describe(runs.buffer) == ["8:0,0,0"])
        #expect(runs.count == 7)
        // Lines 2, 3, 4 are (1,0), (0,2), (0,1): sorted, line 4 first.
        #expect(try Self.describe(Self.read(runs.written[0], of: file)) == ["4:0,1,2", "3:0,2,1", "2:1,0,0"])
        // Lines 5, 6, 7 are (2,2) rejected, (0,1), (1,1).
        #expect(
            try Self.describe(Self.read(runs.written[1], of: file)) == ["6:0,1,1", "7:1,1,2", "5:2,2,0!"])

        runs.finish()
        #expect(runs.buffer.isEmpty)
        #expect(runs.held.map(Self.describe) == [["8:0,0,0"]])
        #expect(runs.failure == nil)
    }

    @Test func rowsThatFitInOneBufferNeverTouchTheDisk() throws {
        let folder = try Folder.temporary("chibo-runs")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = AttendanceRunFile(directory: folder.path)
        var runs = AttendanceRuns(capacity: 8, file: file)
        for record in Self.records() { runs.append(record) }
        runs.finish()
        #expect(!file.isCreated)
        #expect(runs.written.isEmpty)
        #expect(
            runs.held.map(Self.describe) == [
                ["8:0,0,0", "4:0,1,2", "6:0,1,1", "3:0,2,1", "2:1,0,0", "7:1,1,2", "5:2,2,0!"]
            ])
    }

    /// The run file is owner-only from its creation, and has no name once created: nothing
    /// is left in the output folder, whatever happens to the process.
    @Test func theRunFileIsOwnerOnlyAndUnlinked() throws {
        let folder = try Folder.temporary("chibo-runs")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = AttendanceRunFile(directory: folder.path)
        var runs = AttendanceRuns(capacity: 2, file: file)
        for record in Self.records() { runs.append(record) }
        #expect(file.isCreated)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)

        // The open descriptor still reaches it: /proc names it "… (deleted)".
        guard let descriptors = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else {
            print("skipped: no /proc/self/fd to find the run file's descriptor")
            return
        }
        var modes: [mode_t] = []
        for name in descriptors {
            let link = "/proc/self/fd/" + name
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: link),
                target.hasPrefix(folder.path + "/.attendance-runs.tmp-")
            else { continue }
            #expect(target.hasSuffix(" (deleted)"))
            var status = stat()
            if stat(link, &status) == 0 { modes.append(status.st_mode & 0o777) }
        }
        #expect(modes == [0o600])
    }

    @Test func aRunThatCannotBeWrittenIsAFailureAndLaterRecordsAreDropped() throws {
        let file = AttendanceRunFile(directory: "/nonexistent-chibo-folder")
        var runs = AttendanceRuns(capacity: 3, file: file)
        for record in Self.records() { runs.append(record) }
        let failure = try #require(runs.failure)
        #expect(failure.operation == "create")
        #expect(failure.code == ENOENT)
        #expect(runs.written.isEmpty)
        #expect(runs.count == 1, "only line 8, in the buffer")
    }
}
