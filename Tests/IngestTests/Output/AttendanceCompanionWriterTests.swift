import ChiboCore
import ChiboTestSupport
import Foundation
import Testing

@testable import Ingest

/// Ingest writes `normalized/attendance.bin` beside attendance.csv: the same rows as row
/// numbers into meetings.csv and members.csv, owner-only, stamped with the files in place.
@Suite struct AttendanceCompanionWriterTests {
    /// The companion's words and trailer, its header checked.
    static func read(_ normalized: URL) throws -> (words: [UInt32], trailer: AttendanceCompanion.Trailer) {
        let bytes = try [UInt8](
            Data(contentsOf: normalized.appendingPathComponent(AttendanceCompanion.fileName)))
        #expect(Array(bytes.prefix(AttendanceCompanion.headerSize)) == AttendanceCompanion.header)
        let trailer = try #require(
            AttendanceCompanion.Trailer(bytes: Array(bytes.suffix(AttendanceCompanion.Trailer.size))))
        let body = bytes.dropFirst(AttendanceCompanion.headerSize).dropLast(AttendanceCompanion.Trailer.size)
        try #require(body.count % 4 == 0)
        let words = stride(from: body.startIndex, to: body.endIndex, by: 4).map { start in
            (0..<4).reduce(UInt32(0)) { $0 | UInt32(body[start + $1]) << (8 * UInt32($1)) }
        }
        return (words, trailer)
    }

    /// The data rows of a normalized file, each as its fields (no field holds a newline here).
    static func rows(_ normalized: URL, _ entity: Entity) throws -> [[String]] {
        let text = try String(contentsOf: normalized.appendingPathComponent(entity.fileName), encoding: .utf8)
        return exportedRecords(text, separator: ",").dropFirst().map { $0.map(\.text) }
    }

    /// The attendance rows the words stand for, as `meeting,member,status`.
    static func decodedRows(_ normalized: URL) throws -> [String] {
        let (words, trailer) = try read(normalized)
        let meetings = try rows(normalized, .meetings).map { $0[0] }
        let members = try rows(normalized, .members).map { $0[0] }
        #expect(trailer.wordCount == words.count)
        #expect(trailer.meetingCount == meetings.count && trailer.memberCount == members.count)
        var checksum = AttendanceCompanion.Checksum()
        for word in words { checksum.add(word) }
        #expect(checksum == trailer.checksum)
        let stamps = AttendanceCompanion.describedPaths(in: normalized.path).map(
            AttendanceCompanion.Stamp.init)
        #expect(stamps == trailer.stamps)
        var decoded: [String] = []
        var meeting: String?
        for word in words {
            if word & 3 == AttendanceCompanion.markerTag {
                meeting = meetings[Int(word >> 2)]
            } else {
                let status = AttendanceStatus.allCases[Int(word & 3)].rawValue
                decoded.append(
                    [try #require(meeting), members[Int(word >> 2)], status].joined(separator: ","))
            }
        }
        #expect(decoded.count == trailer.rowCount)
        return decoded
    }

    @Test func theCompanionOfTheBasicFixtureHoldsTheRowsOfAttendanceCSV() throws {
        let (output, _) = try IngestEndToEndTests.run(
            input: IngestEndToEndTests.fixture.appendingPathComponent("input"))
        defer { try? FileManager.default.removeItem(at: output) }
        let normalized = output.appendingPathComponent("normalized")
        let expected = try Self.rows(normalized, .attendance).map { $0.joined(separator: ",") }
        #expect(expected.count >= 5)
        #expect(try Self.decodedRows(normalized) == expected)
        let companion = normalized.appendingPathComponent(AttendanceCompanion.fileName).path
        let mode = try FileManager.default.attributesOfItem(atPath: companion)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // The name the test support leaves out of its file listings is the contract's.
        #expect(Folder.attendanceCompanion == "normalized/" + AttendanceCompanion.fileName)
    }

    @Test(arguments: [1, 3, 1 << 20])
    func runsOfAnySizeWriteTheRowsOfAttendanceCSV(_ recordsPerRun: Int) throws {
        let fixture = try IngestFixture(IngestorAttendanceRunsTests.inputs)
        defer { fixture.remove() }
        let output = fixture.directory.appendingPathComponent("out")
        _ = try IngestorAttendanceRunsTests.run(
            fixture.directory, output: output, recordsPerRun: recordsPerRun)
        let normalized = output.appendingPathComponent("normalized")
        // G1 and G2 with rows, G3 too: three markers and five rows.
        #expect(
            try Self.decodedRows(normalized) == [
                "G1,M1,excused", "G1,M2,present", "G1,M3,present", "G2,M1,present", "G3,M3,present",
            ])
        #expect(try Self.read(normalized).words.count == 8)
    }

    @Test func withoutAttendanceTheCompanionHasNoRows() throws {
        let fixture = try IngestFixture([.attendance: "meeting_id,member_id,status\n"])
        defer { fixture.remove() }
        let output = fixture.directory.appendingPathComponent("out")
        _ = try Ingestor(inputDirectory: fixture.directory.path, outputDirectory: output.path).run()
        let normalized = output.appendingPathComponent("normalized")
        #expect(try Self.decodedRows(normalized) == [])
        #expect(try Self.read(normalized).trailer.meetingCount == 1)
    }

    /// A run stopped by a bad file leaves the previous companion, still describing the
    /// previous files; a later run replaces it.
    @Test func aFailedRunLeavesThePreviousCompanionMatchingThePreviousFiles() throws {
        let fixture = try IngestFixture(IngestorAttendanceRunsTests.inputs)
        defer { fixture.remove() }
        let output = fixture.directory.appendingPathComponent("out")
        let normalized = output.appendingPathComponent("normalized")
        _ = try IngestorAttendanceRunsTests.run(fixture.directory, output: output, recordsPerRun: 3)
        let before = try Self.read(normalized)
        let broken = IngestorAttendanceRunsTests.inputs[.attendance]! + "G1,M4,\"present\n"
        try Data(broken.utf8).write(to: fixture.directory.appendingPathComponent("attendance.csv"))
        #expect(throws: IngestError.self) {
            try IngestorAttendanceRunsTests.run(fixture.directory, output: output, recordsPerRun: 3)
        }
        #expect(try Self.read(normalized).trailer == before.trailer)
        #expect(try Self.decodedRows(normalized).count == 5)

        try Data(IngestorAttendanceRunsTests.inputs[.attendance]!.utf8).write(
            to: fixture.directory.appendingPathComponent("attendance.csv"))
        _ = try IngestorAttendanceRunsTests.run(fixture.directory, output: output, recordsPerRun: 3)
        #expect(try Self.read(normalized).trailer.stamps != before.trailer.stamps)
        #expect(try Self.decodedRows(normalized).count == 5)
    }
}
