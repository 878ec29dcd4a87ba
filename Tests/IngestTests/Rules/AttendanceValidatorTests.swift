import ChiboCore
import Foundation
import Testing

@testable import Ingest

/// A big attendance.csv is read by two threads; what they find must be what one reader
/// finds, wherever the middle of the file falls.
@Suite struct AttendanceValidatorTests {
    /// How the file around its middle is laid out.
    enum Layout: String, CaseIterable, CustomTestStringConvertible {
        /// Plain LF rows: the second reader's rows are used.
        case plain
        /// CR LF line ends and a byte order mark: lines and offsets still line up.
        case windowsLineEndsWithMark
        /// A quoted status holding line ends spans the middle: the line end found there is
        /// inside a field, the first reader does not meet a record there and reads on alone.
        case quotedLineEndsAcrossTheMiddle
        /// A stray quote in an unquoted field before the middle, as spreadsheets leave them.
        case strayQuoteBeforeTheMiddle
        /// Blank lines around the middle.
        case blankLinesAtTheMiddle

        var testDescription: String { rawValue }
    }

    static let memberCount = 40

    /// About 100 KB of rows: known and unknown ids, duplicates, bad statuses.
    static func text(_ layout: Layout) -> String {
        let lineEnd = layout == .windowsLineEndsWithMark ? "\r\n" : "\n"
        var rows: [String] = []
        for index in 0..<4000 {
            let meeting = "G\(index / 100 % 3 + 1)"
            let member = index % 97 == 0 ? "X\(index)" : "M\(index % memberCount + 1)"
            let status = index % 89 == 0 ? "maybe" : (index % 2 == 0 ? "present" : "Vắng có lý do")
            rows.append("\(meeting),\(member),\(status)")
        }
        switch layout {
        case .plain, .windowsLineEndsWithMark: break
        case .quotedLineEndsAcrossTheMiddle:
            let filler = String(repeating: "x\n", count: 2000)
            rows.insert("G1,M1,\"pres\(filler)ent\"", at: 1900)
        case .strayQuoteBeforeTheMiddle:
            rows.insert("G1,M2\"x,present", at: 1000)
        case .blankLinesAtTheMiddle:
            for index in stride(from: 1900, to: 2200, by: 3) { rows.insert("", at: index) }
        }
        let mark = layout == .windowsLineEndsWithMark ? "\u{FEFF}" : ""
        return mark + "meeting_id,member_id,status" + lineEnd + rows.joined(separator: lineEnd) + lineEnd
    }

    static func check(_ fixture: IngestFixture, splitSize: Int) throws -> AttendanceValidator.Result {
        let file = try #require(
            try InputFile.open(
                .attendance, in: InputFolder(fixture.directory.path), directory: fixture.directory.path))
        var meetings = AttendanceValidator.Meetings()
        meetings.ids = RankedIds(["G1", "G2", "G3"])
        meetings.days = [100, 200, 300]
        meetings.organizations = [0, 0, 1]
        var members = AttendanceValidator.Members()
        let memberIds = (1...memberCount).map { "M\($0)" }.sorted()
        members.ids = RankedIds(memberIds)
        members.admitted = memberIds.map { $0 == "M7" ? 250 : 0 }
        members.left = memberIds.map { $0 == "M9" ? 150 : Int32.max }
        members.organizations = memberIds.map { $0 == "M3" ? 1 : 0 }
        return try AttendanceValidator.validate(
            file, meetings: meetings, members: members, splitSize: splitSize)
    }

    @Test(arguments: Layout.allCases)
    func twoReadersFindWhatOneReaderFinds(_ layout: Layout) throws {
        let fixture = try IngestFixture([.attendance: Self.text(layout)])
        defer { fixture.remove() }
        let path = fixture.directory.appendingPathComponent("attendance.csv").path
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size > 1 << 16, "the file must be big enough to be split")
        let file = try #require(
            try InputFile.open(
                .attendance, in: InputFolder(fixture.directory.path), directory: fixture.directory.path))
        #expect(AttendanceValidator.SplitPoint.find(file, minimumSize: 0) != nil)

        let one = try Self.check(fixture, splitSize: Int.max)
        let two = try Self.check(fixture, splitSize: 0)
        #expect(one.summary.rowsRead > 3900)
        #expect(one.summary.rowsRejected > 50)
        #expect(two.summary == one.summary)
        #expect(two.diagnostics == one.diagnostics)
        #expect(
            two.accepted.map { [$0.meeting, $0.member, UInt32($0.line), UInt32($0.status)] }
                == one.accepted.map { [$0.meeting, $0.member, UInt32($0.line), UInt32($0.status)] })
    }

    /// Two readers keeping runs of three records on file, merged through buffers of two,
    /// find what one reader holding every record finds, and write the table of its
    /// accepted rows; the rows repeat each (meeting, member) pair many times, so
    /// duplicates straddle runs and the two halves.
    @Test(arguments: Layout.allCases)
    func runsOfThreeFindWhatOneRunFinds(_ layout: Layout) throws {
        let fixture = try IngestFixture([.attendance: Self.text(layout)])
        defer { fixture.remove() }
        let output = fixture.directory.appendingPathComponent("out")
        let writer = IngestOutputWriter(directory: output.path)
        try writer.createNormalizedDirectory()

        let one = try Self.check(fixture, splitSize: Int.max)
        let file = try #require(
            try InputFile.open(
                .attendance, in: InputFolder(fixture.directory.path), directory: fixture.directory.path))
        let runs = try AttendanceValidator.validate(
            file, meetings: one.meetings, members: one.members, splitSize: 0, output: writer,
            recordsPerRun: 3,
            mergeBufferCount: 2)
        #expect(one.summary.rowsRejected > 3000, "most rows repeat a pair")
        #expect(runs.summary == one.summary)
        #expect(runs.diagnostics == one.diagnostics)
        #expect(runs.accepted.isEmpty, "the rows went to the table")
        #expect(runs.failure == nil)
        let table = try #require(runs.table)
        try table.commit()

        let expected = AttendanceTableWriter(
            file: try AtomicFileWriter(path: output.path + "/expected.csv", confidentiality: .ownerOnly),
            meetings: one.meetings, members: one.members)
        for record in one.accepted { try expected.append(record) }
        try expected.flush()
        try expected.file.commit()
        let written = try String(contentsOfFile: output.path + "/normalized/attendance.csv", encoding: .utf8)
        let rows = try String(contentsOfFile: output.path + "/expected.csv", encoding: .utf8)
        #expect(written == "meeting_id,member_id,status\n" + rows)
        #expect(written.split(separator: "\n").count == one.accepted.count + 1)
        // Nothing else is left in the output folder: the run file had no name.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == [
                "expected.csv", "normalized",
            ])
    }

    /// The line the second reader starts at is the one a byte-by-byte count finds, line
    /// ends of every kind mixed, a CR LF cut by the 1 MiB blocks the count reads.
    @Test(arguments: [1, 7, 1 << 20, (1 << 20) + 1, (1 << 20) + 2, (2 << 20) + 5, 2_400_000])
    func theSplitLineIsCountedAsTheReaderCounts(offset: Int) throws {
        // Line ends of every kind in the first block, its last byte a CR; then a CR-free
        // block (counted eight bytes at a time) starting with the LF of that CR LF.
        var bytes: [UInt8] = []
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        while bytes.count < 1 << 20 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            switch seed >> 60 {
            case 0: bytes += [0x0D]
            case 1: bytes += [0x0D, 0x0A]
            case 2, 3: bytes += [0x0A]
            default: bytes += Array(repeating: UInt8(ascii: "x"), count: Int(seed >> 40 & 0xFF))
            }
        }
        bytes.removeLast(bytes.count - (1 << 20) + 1)
        bytes += [0x0D]
        while bytes.count < 2_500_000 { bytes += Array("\na,b,c".utf8) }
        var expected = 1
        for index in 0..<offset {
            if bytes[index] == 0x0D || (bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D)) {
                expected += 1
            }
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "split-line-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("attendance.csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let split = AttendanceValidator.SplitPoint(offset: offset, textOffset: offset, path: path)
        #expect(split.line() == expected)
        let lineFeeds = bytes[0..<offset].withUnsafeBufferPointer {
            AttendanceValidator.SplitPoint.lineFeeds(in: $0)
        }
        #expect(lineFeeds == bytes[0..<offset].filter { $0 == 0x0A }.count)
    }

    @Test func anUnterminatedQuoteAfterTheMiddleIsReportedAtItsLine() throws {
        let text = Self.text(.plain) + "G1,M1,\"present\n"
        let fixture = try IngestFixture([.attendance: text])
        defer { fixture.remove() }
        var errors: [String] = []
        for splitSize in [Int.max, 0] {
            do {
                _ = try Self.check(fixture, splitSize: splitSize)
                Issue.record("expected an unterminated quote")
            } catch {
                errors.append(String(describing: error))
            }
        }
        #expect(errors.count == 2)
        #expect(errors.first == errors.last)
        #expect(errors.first?.hasPrefix("attendance.csv:4002:3: ") == true, "\(errors)")
    }
}
