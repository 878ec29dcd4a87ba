import ChiboCore
import ChiboTestSupport
import Foundation
import Testing

@testable import Ingest

/// attendance.csv's rows are copied from escaped ids in wide moves that read and write
/// past each field: every length around those moves, and quoted ids, come out whole.
@Suite struct AttendanceTableWriterTests {
    /// Ids as written in the file, each with the id it stands for: lengths 1 to 70 bytes
    /// escaped (one 16-byte move up to 16 with the separator, two up to 32, a plain copy
    /// past that), and ids that need quotes.
    static let meetingIds: [(id: String, field: String)] = [
        ("M", "M"),
        (String(repeating: "m", count: 15), String(repeating: "m", count: 15)),
        (String(repeating: "n", count: 16), String(repeating: "n", count: 16)),
        (String(repeating: "o", count: 31), String(repeating: "o", count: 31)),
        (String(repeating: "p", count: 32), String(repeating: "p", count: 32)),
        (String(repeating: "q", count: 70), String(repeating: "q", count: 70)),
        ("s,1", "\"s,1\""),
    ]
    static let memberIds: [(id: String, field: String)] = [
        ("1", "1"),
        (String(repeating: "a", count: 14), String(repeating: "a", count: 14)),
        (String(repeating: "b", count: 15), String(repeating: "b", count: 15)),
        (String(repeating: "c", count: 16), String(repeating: "c", count: 16)),
        (String(repeating: "d", count: 31), String(repeating: "d", count: 31)),
        (String(repeating: "e", count: 32), String(repeating: "e", count: 32)),
        (String(repeating: "f", count: 45), String(repeating: "f", count: 45)),
        ("x\"y", "\"x\"\"y\""),
    ]
    static let statuses = ["present", "excused", "unexcused"]

    /// Every meeting with every member, over and over so that the rows fill several 1 MiB
    /// blocks, each block handed over mid-meeting: the file is the rows one after the other.
    @Test func rowsOfIdsOfEveryLengthAreWrittenWhole() throws {
        let folder = try Folder.temporary("attendance-table")
        defer { try? FileManager.default.removeItem(at: folder) }
        var meetings = AttendanceValidator.Meetings()
        meetings.ids = RankedIds(Self.meetingIds.map(\.id))
        var members = AttendanceValidator.Members()
        members.ids = RankedIds(Self.memberIds.map(\.id))
        let path = folder.appendingPathComponent("attendance.csv").path
        let table = AttendanceTableWriter(
            file: try AtomicFileWriter(path: path, confidentiality: .ownerOnly), meetings: meetings,
            members: members)
        var expected = ""
        var line = 2
        for round in 0..<800 {
            for meeting in Self.meetingIds.indices {
                for member in Self.memberIds.indices {
                    let status = (round + meeting + member) % 3
                    try table.append(
                        AttendanceValidator.Record(
                            meeting: UInt32(meeting), member: UInt32(member), line: line,
                            status: UInt8(status),
                            isRejected: false))
                    line += 1
                    expected +=
                        Self.meetingIds[meeting].field + "," + Self.memberIds[member].field + ","
                        + Self.statuses[status] + "\n"
                }
            }
        }
        try table.flush()
        try table.file.commit()
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(written.count > 2 << 20, "the rows span several blocks")
        #expect(written == Data(expected.utf8))
    }
}
