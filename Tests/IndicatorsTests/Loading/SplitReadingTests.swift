import CSV
import ChiboCore
import Foundation
import Testing

@testable import Indicators

/// members.csv, meetings.csv and attendance.csv are read by two readers at once, the
/// second from a point of the file; wherever that point is, the outcome must be the one
/// of a single reader.
@Suite struct SplitReadingTests {
    static let window = MeetingActivityTests.window
    /// One reader for every file.
    static let oneReader = SplitOffsets(minimumSize: .max)

    /// The attendance fixture, plus ids and names holding line feeds that look like
    /// records, so that a second reader may start inside a quoted field.
    static func fixture() -> NormalizedFixture {
        var fixture = AttendanceIndicatorsTests.fixture()
        fixture.member(
            "a8", org: "C1", admitted: "2010-01-01", ["full_name": "Tên\na9,Giả,1980-01-01\n\"hết\","])
        fixture.member("a9", org: "C1", admitted: "2010-01-01", ["roles": "secretary", "exempt": "true"])
        let tricky = "M4\nM5,b1,present\nM6"
        fixture.meeting(tricky, org: "C2", date: "2018-04-12")
        fixture.attendance(tricky, "b1", "unexcused")
        fixture.attendance(tricky, "b2", "present")
        fixture.attendance(tricky, "a8", "unexcused")
        // A meeting no meetings.csv row names: its rows are skipped.
        fixture.attendance("M6", "a9", "present")
        for meeting in ["M1", "M2", "M3"] { fixture.attendance(meeting, "a8", "unexcused") }
        return fixture
    }

    /// The fixture written to a fresh directory, for `body`; removed after.
    static func withFixture<Value>(_ body: (String) throws -> Value) throws -> Value {
        let directory = try fixture().write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        return try body(directory)
    }

    /// The text offsets of the records of `entity`'s file, and the meeting id of each
    /// attendance record.
    static func records(of entity: Entity) throws -> [(offset: Int, key: String)] {
        try withFixture { directory in
            let reader = try CSVReader(path: directory + "/" + entity.fileName)
            _ = try reader.nextRow()
            var records: [(Int, String)] = []
            while let row = try reader.nextRow() { records.append((row.byteOffset, row.string(at: 0))) }
            return records
        }
    }

    static let attendanceRecords = try! records(of: .attendance)
    static let memberRecords = try! records(of: .members)

    static func oneReaderDataset(_ directory: String) throws -> Dataset {
        try Dataset.load(from: directory, window: window, split: oneReader)
    }

    @Test(arguments: attendanceRecords.indices)
    func attendanceSplitAtEachRecordTalliesAsOneReader(record: Int) throws {
        let directory = try Self.fixture().write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let expected = try Self.oneReaderDataset(directory)
        var dataset = expected
        dataset.meetingActivity = MeetingActivity(organizationCount: 0, unitCount: 0, yearCount: 0)
        dataset.unexcusedMonths = []
        let split = SplitOffsets(minimumSize: 0, attendance: Self.attendanceRecords[record].offset - 1)
        let isSplit = dataset.loadSplitMeetingActivity(in: directory, window: Self.window, split: split)
        // A second reader starts at the next meeting: none after the last one.
        #expect(isSplit == (Self.attendanceRecords[record].key != Self.attendanceRecords.last!.key))
        if !isSplit { try dataset.loadMeetingActivity(in: directory, window: Self.window, split: split) }
        #expect(dataset.meetingActivity == expected.meetingActivity)
        #expect(dataset.unexcusedMonths == expected.unexcusedMonths)
        #expect(expected.unexcusedMonths.contains { $0 != 0 })
    }

    @Test func attendanceSplitGuessedAtAnyByteTalliesAsOneReader() throws {
        let directory = try Self.fixture().write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let expected = try Self.oneReaderDataset(directory)
        let size =
            try FileManager.default.attributesOfItem(
                atPath: directory + "/" + Entity.attendance.fileName)[.size] as! Int
        var splits = 0
        for offset in 0..<size {
            var dataset = expected
            let split = SplitOffsets(minimumSize: 0, attendance: offset)
            if dataset.loadSplitMeetingActivity(in: directory, window: Self.window, split: split) {
                splits += 1
            }
            #expect(dataset.meetingActivity == expected.meetingActivity, "split near \(offset)")
            #expect(dataset.unexcusedMonths == expected.unexcusedMonths, "split near \(offset)")
        }
        #expect(splits > size / 2)
    }

    @Test(arguments: memberRecords.indices)
    func membersSplitAtEachRecordReadAsOneReader(record: Int) throws {
        let directory = try Self.fixture().write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let expected = try Self.oneReaderDataset(directory)
        let split = SplitOffsets(minimumSize: 0, members: Self.memberRecords[record].offset - 1)
        var dataset = try Dataset.load(
            from: directory, window: Self.window, split: oneReaderButMembers(split))
        Self.expectSameMembers(dataset, expected)
        let everyone = Set(0..<Int32(expected.memberIDs.count))
        #expect(try dataset.memberNames(of: everyone) == expected.memberNames(of: everyone))
        // The second reader's rows were taken (from the first record on, all of them).
        let file = try #require(try NormalizedFile.open(.members, in: directory))
        dataset.memberIDs = IdentifierTable()
        #expect(try dataset.loadMembers(file, split: split))
    }

    static func expectSameMembers(_ dataset: Dataset, _ expected: Dataset, _ comment: Comment? = nil) {
        #expect(dataset.memberIDs.count == expected.memberIDs.count)
        for member in 0..<Int32(expected.memberIDs.count) {
            #expect(dataset.memberIDs.string(at: member) == expected.memberIDs.string(at: member))
        }
        #expect(dataset.memberOrganizations == expected.memberOrganizations, comment)
        #expect(dataset.memberVillages == expected.memberVillages)
        #expect(dataset.admitted == expected.admitted)
        #expect(dataset.official == expected.official)
        #expect(dataset.left == expected.left)
        #expect(dataset.isExempt == expected.isExempt)
        #expect(dataset.isTaskAssigned == expected.isTaskAssigned)
        #expect(dataset.roles.map(\.rawValue) == expected.roles.map(\.rawValue))
        #expect(dataset.education == expected.education)
        #expect(dataset.politicalTheory == expected.politicalTheory)
        #expect(dataset.memberRecordOffsets == expected.memberRecordOffsets, comment)
        #expect(dataset.unexcusedMonths == expected.unexcusedMonths)
    }

    @Test func membersSplitGuessedAtAnyByteReadAsOneReader() throws {
        let directory = try Self.fixture().write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let expected = try Self.oneReaderDataset(directory)
        let size =
            try FileManager.default.attributesOfItem(
                atPath: directory + "/" + Entity.members.fileName)[.size] as! Int
        for offset in 0..<size {
            let split = oneReaderButMembers(SplitOffsets(minimumSize: 0, members: offset))
            let dataset = try Dataset.load(from: directory, window: Self.window, split: split)
            Self.expectSameMembers(dataset, expected, "split near \(offset)")
        }
    }

    /// Only members.csv is split.
    func oneReaderButMembers(_ split: SplitOffsets) -> SplitOffsets {
        var split = split
        split.attendance = Int.max
        return split
    }

    @Test func namesAreReadFromTheRecordsNoted() throws {
        let directory = try Self.fixture().write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let dataset = try Self.oneReaderDataset(directory)
        let a8 = try #require(dataset.memberIDs.index(of: "a8"))
        let a9 = try #require(dataset.memberIDs.index(of: "a9"))
        #expect(
            try dataset.memberNames(of: [a8, a9]) == [a8: "Tên\na9,Giả,1980-01-01\n\"hết\",", a9: "Người a9"])
    }

    @Test(arguments: [0.25, 0.5, 0.75])
    func filesWithAByteOrderMarkSplitAnywhereGiveTheOutputOfOneReader(fraction: Double) throws {
        let directory = try Self.fixture().write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for entity in [Entity.members, .meetings, .attendance] {
            let path = directory + "/" + entity.fileName
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            try (Data([0xEF, 0xBB, 0xBF]) + data).write(to: URL(fileURLWithPath: path))
        }
        let expected = Self.outcome(directory, split: Self.oneReader)
        #expect(expected.contains("a9,Giả,1980-01-01"))
        func offset(_ entity: Entity) throws -> Int {
            let size =
                try FileManager.default.attributesOfItem(atPath: directory + "/" + entity.fileName)[.size]
                as! Int
            return Int(Double(size) * fraction)
        }
        let split = SplitOffsets(
            minimumSize: 0, attendance: try offset(.attendance), members: try offset(.members))
        #expect(Self.outcome(directory, split: split) == expected)
        var dataset = try Dataset.load(from: directory, window: Self.window, split: Self.oneReader)
        let isSplit = dataset.loadSplitMeetingActivity(in: directory, window: Self.window, split: split)
        #expect(isSplit)
        let file = try #require(try NormalizedFile.open(.members, in: directory))
        dataset.memberIDs = IdentifierTable()
        let areMembersSplit = try dataset.loadMembers(file, split: split)
        #expect(areMembersSplit)
    }

    @Test(arguments: [0.25, 0.5, 0.75])
    func theStageSplitAnywhereGivesTheOutputOfOneReader(fraction: Double) throws {
        let directory = try Self.fixture().write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let window = try ReviewWindow(quarter: "2018-Q2", termStart: Day(iso: "2016-01-01")!)
        let one = try IndicatorsStage.compute(
            normalizedDirectory: directory, window: window, meetingDeadlineDay: 10, split: Self.oneReader
        )
        func offset(_ entity: Entity) throws -> Int {
            let size =
                try FileManager.default.attributesOfItem(
                    atPath: directory + "/" + entity.fileName)[.size] as! Int
            return Int(Double(size) * fraction)
        }
        let split = SplitOffsets(
            minimumSize: 0, attendance: try offset(.attendance), members: try offset(.members))
        let two = try IndicatorsStage.compute(
            normalizedDirectory: directory, window: window, meetingDeadlineDay: 10, split: split)
        #expect(one.rows == two.rows)
        #expect(one.restrictedLists == two.restrictedLists)
        #expect(!one.restrictedLists.absenceRemovalCandidates.isEmpty)
    }

    /// Ways a file can break the contract.
    enum Breakage: String, CaseIterable, CustomTestStringConvertible {
        case attendanceStatus, memberDate, repeatedMember, attendanceOutOfOrder

        var testDescription: String { rawValue }

        /// The file the breakage is in.
        var entity: Entity { self == .memberDate || self == .repeatedMember ? .members : .attendance }
    }

    /// The fixture broken by `breakage`, written.
    static func brokenDirectory(_ breakage: Breakage) throws -> String {
        var fixture = fixture()
        switch breakage {
        case .attendanceStatus: fixture.attendance("M9", "c9", "absent")
        case .memberDate: fixture.member("z9", org: "C2", admitted: "2010-13-01")
        case .repeatedMember: fixture.member("a2", org: "C2", admitted: "2011-01-01")
        case .attendanceOutOfOrder: break
        }
        let directory = try fixture.write()
        if breakage == .attendanceOutOfOrder {
            // The last row first: the files are then read by index.
            let path = directory + "/" + Entity.attendance.fileName
            var lines = try String(contentsOfFile: path, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false)
            lines.removeLast()
            lines.insert(lines.removeLast(), at: 1)
            try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        return directory
    }

    /// What the stage computes, or its error message.
    static func outcome(_ directory: String, split: SplitOffsets) -> String {
        do {
            let window = try ReviewWindow(quarter: "2018-Q2", termStart: Day(iso: "2016-01-01")!)
            let output = try IndicatorsStage.compute(
                normalizedDirectory: directory, window: window, meetingDeadlineDay: 10, split: split)
            return String(decoding: IndicatorsWriter.text(of: output.rows), as: UTF8.self)
                + "\(output.restrictedLists)"
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: Breakage.allCases)
    func aBrokenFileSplitAtEachRecordGivesTheOutcomeOfOneReader(_ breakage: Breakage) throws {
        let directory = try Self.brokenDirectory(breakage)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let expected = Self.outcome(directory, split: Self.oneReader)
        if breakage == .attendanceOutOfOrder {
            #expect(expected.contains("indicator"))
        } else {
            #expect(expected.contains(breakage.entity.fileName + ":"))
        }
        let reader = try CSVReader(path: directory + "/" + breakage.entity.fileName)
        _ = try reader.nextRow()
        while let row = try reader.nextRow() {
            var split = SplitOffsets(minimumSize: 0)
            if breakage.entity == .members {
                split.members = row.byteOffset - 1
            } else {
                split.attendance = row.byteOffset - 1
            }
            #expect(Self.outcome(directory, split: split) == expected, "split at line \(row.line)")
        }
    }
}
