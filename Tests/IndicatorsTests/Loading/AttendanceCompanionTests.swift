import CSV
import ChiboCore
import Foundation
import Testing

@testable import Indicators

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `normalized/attendance.bin` is read instead of attendance.csv only while it describes
/// the CSV files present; then it gives the CSV's tallies. Anything else (missing,
/// truncated, corrupt, of another version, or the CSV edited since) reads the CSV, to
/// the CSV's results.
@Suite struct AttendanceCompanionTests {
    static let window = MeetingActivityTests.window

    /// The tallies of the CSV files alone (no companion in the folder).
    static func csvDataset(_ directory: String) throws -> Dataset {
        try FileManager.default.removeItem(atPath: AttendanceCompanion.path(in: directory))
        defer { try? writeCompanion(in: directory) }
        return try Dataset.load(from: directory, window: window)
    }

    /// The rows of `entity`'s file, each as its fields.
    static func rows(of entity: Entity, in directory: String) throws -> [[String]] {
        let reader = try CSVReader(path: directory + "/" + entity.fileName)
        _ = try reader.nextRow()
        var rows: [[String]] = []
        while let row = try reader.nextRow() { rows.append((0..<row.count).map { row.string(at: $0) }) }
        return rows
    }

    /// The words of the companion of the files in `directory`, worked out from the CSV
    /// text: a marker per meeting with rows, then each row's member row number and status.
    /// `statusOf` may give other statuses than the CSV's (a companion that is read shows).
    static func words(
        in directory: String, statusOf: (String) -> String = { $0 }
    ) throws -> (words: [UInt32], rows: Int, meetings: Int, members: Int) {
        let meetings = try rows(of: .meetings, in: directory).map { $0[0] }
        let members = try rows(of: .members, in: directory).map { $0[0] }
        var words: [UInt32] = []
        var previous = -1
        var rowCount = 0
        for row in try rows(of: .attendance, in: directory) {
            let meeting = try #require(meetings.firstIndex(of: row[0]))
            let member = try #require(members.firstIndex(of: row[1]))
            let status = try #require(
                AttendanceStatus.allCases.firstIndex { $0.rawValue == statusOf(row[2]) })
            if meeting != previous { words.append(AttendanceCompanion.markerWord(meeting: meeting)) }
            previous = meeting
            words.append(AttendanceCompanion.rowWord(member: member, status: status))
            rowCount += 1
        }
        return (words, rowCount, meetings.count, members.count)
    }

    /// Writes the companion of the files in `directory` as they are now.
    /// The message loading the normalized folder `directory` stops with, or "no error".
    static func loadingFailure(in directory: String) -> String {
        do {
            _ = try Dataset.load(from: directory, window: window)
            return "no error"
        } catch {
            return error.description
        }
    }

    static func writeCompanion(in directory: String, statusOf: (String) -> String = { $0 }) throws {
        let (words, rowCount, meetingCount, memberCount) = try Self.words(in: directory, statusOf: statusOf)
        var checksum = AttendanceCompanion.Checksum()
        var bytes = AttendanceCompanion.header
        for word in words {
            checksum.add(word)
            withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) }
        }
        let stamps = try AttendanceCompanion.describedPaths(in: directory).map { path in
            try #require(AttendanceCompanion.Stamp(path: path))
        }
        bytes +=
            AttendanceCompanion.Trailer(
                wordCount: words.count, rowCount: rowCount, meetingCount: meetingCount,
                memberCount: memberCount,
                checksum: checksum, stamps: stamps
            ).bytes
        try Data(bytes).write(to: URL(fileURLWithPath: AttendanceCompanion.path(in: directory)))
    }

    /// The attendance fixture with its companion, for `body`; removed after.
    static func withCompanion<Value>(_ body: (String) throws -> Value) throws -> Value {
        let directory = try AttendanceIndicatorsTests.fixture().write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try writeCompanion(in: directory)
        return try body(directory)
    }

    /// Whether the companion of `directory` is read, and the tallies of a whole load.
    static func load(_ directory: String) throws -> (isCompanionRead: Bool, dataset: Dataset) {
        var dataset = try Dataset.load(from: directory, window: window)
        let reading = Dataset.startCompanionReading(
            in: directory, organizationIDs: dataset.organizationIDs, window: window)
        let isRead = reading.map { dataset.loadCompanionMeetingActivity($0, window: window) } ?? false
        return (isRead, try Dataset.load(from: directory, window: window))
    }

    @Test func aCompanionDescribingTheFilesIsReadToTheTalliesOfTheCSV() throws {
        try Self.withCompanion { directory in
            let (isRead, dataset) = try Self.load(directory)
            #expect(isRead)
            let expected = try Self.csvDataset(directory)
            #expect(dataset.meetingActivity == expected.meetingActivity)
            #expect(dataset.unexcusedMonths == expected.unexcusedMonths)
            #expect(expected.unexcusedMonths.contains { $0 != 0 })
            #expect(expected.meetingActivity.meetingCriterion.contains { $0.counts.contains { $0 > 0 } })
        }
    }

    @Test func twoReadersOfTheCompanionTallyAsOne() throws {
        // Split from the first marker after the middle, the companion of this fixture is
        // read by two readers whose tallies are added.
        try Self.withCompanion { directory in
            let expected = try Self.csvDataset(directory)
            var dataset = try Dataset.load(from: directory, window: Self.window)
            let reading = try #require(
                Dataset.startCompanionReading(
                    in: directory, organizationIDs: dataset.organizationIDs, window: Self.window))
            let isRead = dataset.loadCompanionMeetingActivity(
                reading, window: Self.window, split: SplitOffsets(minimumSize: 0))
            #expect(isRead)
            #expect(dataset.meetingActivity == expected.meetingActivity)
            #expect(dataset.unexcusedMonths == expected.unexcusedMonths)
            let companion = try #require(AttendanceCompanionFile(directory: directory))
            let marker = try #require(companion.firstMarker(atOrAfter: companion.trailer.wordCount / 2))
            #expect(marker.index > companion.trailer.wordCount / 2 - 1 && marker.meeting > 0)
        }
    }

    @Test func theRowsReadAreTheCompanionsNotTheCSVs() throws {
        // Every row unexcused in the companion alone: the tallies follow it, so the
        // companion, not the CSV, was read (the test above cannot tell the two apart).
        try Self.withCompanion { directory in
            let csv = try Self.csvDataset(directory)
            try Self.writeCompanion(in: directory) { _ in "unexcused" }
            let (isRead, dataset) = try Self.load(directory)
            #expect(isRead)
            #expect(dataset.unexcusedMonths != csv.unexcusedMonths)
            #expect(dataset.meetingActivity.presentRows.allSatisfy { $0.counts.allSatisfy { $0 == 0 } })
        }
    }

    /// A change that must make the companion ignored.
    enum Change: String, CaseIterable, CustomTestStringConvertible {
        case missing, truncated, bodyByteFlipped, trailerByteFlipped, otherVersion, empty
        case attendanceEdited, attendanceEditedWithItsOldTimes
        case meetingsEdited, membersEdited

        var testDescription: String { rawValue }
    }

    @Test(arguments: Change.allCases)
    func aCompanionNotDescribingTheFilesIsIgnored(change: Change) throws {
        try Self.withCompanion { directory in
            let companion = AttendanceCompanion.path(in: directory)
            let attendance = directory + "/" + Entity.attendance.fileName
            var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: companion)))
            func rewrite(_ path: String, _ change: (inout String) -> Void) throws {
                var text = try String(contentsOfFile: path, encoding: .utf8)
                change(&text)
                // In place, as an editor that keeps the file may.
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                try handle.truncate(atOffset: 0)
                try handle.write(contentsOf: Data(text.utf8))
                try handle.close()
            }
            // Same length: the size alone cannot tell.
            func editStatus(_ text: inout String) {
                text = text.replacingOccurrences(of: "M2,a6,excused", with: "M2,a6,present")
            }
            switch change {
            case .missing: try FileManager.default.removeItem(atPath: companion)
            case .truncated:
                try Data(bytes.dropLast(5)).write(to: URL(fileURLWithPath: companion))
            case .bodyByteFlipped:
                bytes[AttendanceCompanion.headerSize + 5] ^= 0x40
                try Data(bytes).write(to: URL(fileURLWithPath: companion))
            case .trailerByteFlipped:
                bytes[bytes.count - 30] ^= 0x01
                try Data(bytes).write(to: URL(fileURLWithPath: companion))
            case .otherVersion:
                bytes[8] &+= 1
                try Data(bytes).write(to: URL(fileURLWithPath: companion))
            case .empty: try Data().write(to: URL(fileURLWithPath: companion))
            case .attendanceEdited: try rewrite(attendance, editStatus)
            case .attendanceEditedWithItsOldTimes:
                var status = stat()
                try #require(stat(attendance, &status) == 0)
                try rewrite(attendance, editStatus)
                // Back to the exact access and modification times, nanoseconds included.
                let times = [status.st_atim, status.st_mtim]
                try #require(utimensat(AT_FDCWD, attendance, times, 0) == 0)
            case .meetingsEdited:
                try rewrite(directory + "/" + Entity.meetings.fileName) { text in
                    text = text.replacingOccurrences(of: "2018-02-10", with: "2018-02-11")
                }
            case .membersEdited:
                try rewrite(directory + "/" + Entity.members.fileName) { text in
                    text = text.replacingOccurrences(of: "a6,", with: "a0,")
                }
            }
            switch change {
            case .attendanceEdited, .attendanceEditedWithItsOldTimes, .meetingsEdited, .membersEdited:
                // Opened, its runs still tallied while the stamps are checked (same lengths,
                // same runs: only the stamps tell it is stale), but not kept.
                let file = try #require(AttendanceCompanionFile(directory: directory))
                #expect(!file.describesFiles)
                var dataset = try Dataset.load(from: directory, window: Self.window)
                func reading() -> Dataset.CompanionReading {
                    Dataset.startCompanionReading(
                        file, in: directory, organizationIDs: dataset.organizationIDs, window: Self.window)
                }
                #expect(dataset.companionTallies(reading(), window: Self.window, split: .halves) != nil)
                let isRead = dataset.loadCompanionMeetingActivity(reading(), window: Self.window)
                #expect(!isRead)
            case .bodyByteFlipped:
                // Of the files present, but its words are not those it was written with.
                let file = try #require(AttendanceCompanionFile(directory: directory))
                #expect(file.describesFiles)
                let dataset = try Dataset.load(from: directory, window: Self.window)
                let reading = Dataset.startCompanionReading(
                    file, in: directory, organizationIDs: dataset.organizationIDs, window: Self.window)
                #expect(dataset.companionTallies(reading, window: Self.window, split: .halves) == nil)
            default: #expect(AttendanceCompanionFile(directory: directory) == nil)
            }
            let (isRead, dataset) = try Self.load(directory)
            #expect(!isRead)
            // The CSV's tallies, the edit included.
            try? FileManager.default.removeItem(atPath: companion)
            let expected = try Dataset.load(from: directory, window: Self.window)
            #expect(dataset.meetingActivity == expected.meetingActivity)
            #expect(dataset.unexcusedMonths == expected.unexcusedMonths)
        }
    }

    /// A change to the files that leaves their bytes as they were.
    enum SameBytes: String, CaseIterable, CustomTestStringConvertible {
        case attendanceReplacedByACopy, membersChangedMode, attendanceTouched

        var testDescription: String { rawValue }
    }

    @Test(arguments: SameBytes.allCases)
    func aCompanionOfTheSameBytesIsStillRead(change: SameBytes) throws {
        // The stamps are of the bytes, not of times or inodes: a copy, a permission change
        // or a new modification time leave the companion describing the files.
        try Self.withCompanion { directory in
            let attendance = directory + "/" + Entity.attendance.fileName
            switch change {
            case .attendanceReplacedByACopy:
                let copy = directory + "/copy"
                try FileManager.default.copyItem(atPath: attendance, toPath: copy)
                try FileManager.default.removeItem(atPath: attendance)
                try FileManager.default.moveItem(atPath: copy, toPath: attendance)
            case .membersChangedMode:
                try FileManager.default.setAttributes(
                    [.posixPermissions: 0o600], ofItemAtPath: directory + "/" + Entity.members.fileName)
            case .attendanceTouched:
                try FileManager.default.setAttributes(
                    [.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: attendance)
            }
            #expect(try #require(AttendanceCompanionFile(directory: directory)).describesFiles)
            let (isRead, dataset) = try Self.load(directory)
            #expect(isRead)
            let expected = try Self.csvDataset(directory)
            #expect(dataset.meetingActivity == expected.meetingActivity)
            #expect(dataset.unexcusedMonths == expected.unexcusedMonths)
        }
    }

    @Test func aCompanionDroppedUnreadStopsItsCheck() throws {
        // Opened, its check stopped (as when the stage fails) or never waited for: the
        // check's thread ends, and a stopped check is not taken for a match.
        try Self.withCompanion { directory in
            let stopped = try #require(AttendanceCompanionFile(directory: directory))
            stopped.stopCheckingFiles()
            stopped.stopCheckingFiles()
            let described = try #require(AttendanceCompanionFile(directory: directory))
            #expect(described.describesFiles)
            _ = AttendanceCompanionFile(directory: directory)
            try FileManager.default.removeItem(atPath: directory + "/" + Entity.attendance.fileName)
            #expect(try #require(AttendanceCompanionFile(directory: directory)).describesFiles == false)
        }
    }

    @Test func aBadMembersFileWhileTheStampsAreCheckedGivesTheCSVsError() throws {
        // The stage fails while the companion's check runs: the error is the CSV's, as
        // without a companion.
        try Self.withCompanion { directory in
            let members = directory + "/" + Entity.members.fileName
            let text = try String(contentsOfFile: members, encoding: .utf8)
            let edited = text.replacingOccurrences(of: "2010-01-01", with: "2010-13-01")
            #expect(edited != text)
            try edited.write(toFile: members, atomically: false, encoding: .utf8)
            try Self.writeCompanion(in: directory)
            func failure() -> String { Self.loadingFailure(in: directory) }
            let withCompanion = failure()
            #expect(withCompanion.contains("members.csv"))
            try FileManager.default.removeItem(atPath: AttendanceCompanion.path(in: directory))
            #expect(failure() == withCompanion)
        }
    }

    @Test func anEditedAttendanceFileGivesItsOwnTallies() throws {
        // The edit shows in the tallies: the companion (which still says excused) is not read.
        try Self.withCompanion { directory in
            let before = try Dataset.load(from: directory, window: Self.window)
            let attendance = directory + "/" + Entity.attendance.fileName
            let text = try String(contentsOfFile: attendance, encoding: .utf8)
            try text.replacingOccurrences(of: "M2,a6,excused", with: "M2,a6,present")
                .write(toFile: attendance, atomically: false, encoding: .utf8)
            let after = try Dataset.load(from: directory, window: Self.window)
            #expect(after.meetingActivity.presentRows != before.meetingActivity.presentRows)
            #expect(after.meetingActivity.meetingCriterion != before.meetingActivity.meetingCriterion)
        }
    }

    @Test func aCompanionOfOtherMembersIsIgnored() throws {
        // Valid stamps, but a member count that is not members.csv's.
        try Self.withCompanion { directory in
            let companion = AttendanceCompanion.path(in: directory)
            var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: companion)))
            let trailerStart = bytes.count - AttendanceCompanion.Trailer.size
            var trailer = try #require(AttendanceCompanion.Trailer(bytes: Array(bytes[trailerStart...])))
            trailer.memberCount += 1
            bytes.replaceSubrange(trailerStart..., with: trailer.bytes)
            try Data(bytes).write(to: URL(fileURLWithPath: companion))
            #expect(try !Self.load(directory).isCompanionRead)
        }
    }

    @Test func theWholeStageGivesTheSameRowsWithAndWithoutTheCompanion() throws {
        try Self.withCompanion { directory in
            let window = try ReviewWindow(quarter: "2018-Q2", termStart: Day(iso: "2016-01-01")!)
            let withCompanion = try IndicatorsStage.compute(normalizedDirectory: directory, window: window)
            try FileManager.default.removeItem(atPath: AttendanceCompanion.path(in: directory))
            let withoutCompanion = try IndicatorsStage.compute(normalizedDirectory: directory, window: window)
            #expect(
                IndicatorsWriter.text(of: withCompanion.rows)
                    == IndicatorsWriter.text(of: withoutCompanion.rows))
            #expect(withCompanion.restrictedLists == withoutCompanion.restrictedLists)
        }
    }
}

extension AttendanceCompanionTests {
    @Test(arguments: ["2018-02-31", "weekly"])
    func aBadMeetingsFileDescribedByTheCompanionGivesTheCSVsError(replacement: String) throws {
        // A date that does not exist, or an unknown kind: the companion is written after
        // the edit, so it describes the files, and the CSV's error is the one reported.
        let directory = try AttendanceIndicatorsTests.fixture().write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var dataset = try Dataset.load(from: directory, window: Self.window)
        let meetings = directory + "/" + Entity.meetings.fileName
        let text = try String(contentsOfFile: meetings, encoding: .utf8)
        let edited = text.replacingOccurrences(
            of: replacement == "weekly" ? "periodic" : "2018-02-10", with: replacement)
        #expect(edited != text)
        try edited.write(toFile: meetings, atomically: false, encoding: .utf8)
        func failure() -> String { Self.loadingFailure(in: directory) }
        let withoutCompanion = failure()
        #expect(withoutCompanion.contains("meetings.csv"))
        try Self.writeCompanion(in: directory)
        let reading = try #require(
            Dataset.startCompanionReading(
                in: directory, organizationIDs: dataset.organizationIDs, window: Self.window))
        let isRead = dataset.loadCompanionMeetingActivity(reading, window: Self.window)
        #expect(!isRead)
        #expect(failure() == withoutCompanion)
    }
}

extension AttendanceCompanionTests {
    /// The files the stage writes from `normalized` (indicators.csv formatted from the
    /// tallies), by relative path.
    static func writtenFiles(from normalized: String) throws -> [String: String] {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("chibo-out-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let options = IndicatorsOptions(
            normalizedDirectory: normalized, outputDirectory: output + "/tong-ket/2018-Q2",
            quarter: "2018-Q2",
            termStart: Day(iso: "2016-01-01")!, review: .final, previous: nil)
        _ = try IndicatorsStage.write(options)
        var files: [String: String] = [:]
        for name in [
            "indicators.csv", "restricted/probation_overdue.csv", "restricted/absence_removal_candidates.csv",
        ] {
            files[name] = try String(contentsOfFile: output + "/tong-ket/2018-Q2/" + name, encoding: .utf8)
        }
        return files
    }

    @Test func aStaleCompanionLeavesTheStageToWriteTheCSVsFiles() throws {
        // attendance.csv edited in place after ingest, same length, its times put back:
        // only the stamps tell. The stage must write what the edited CSV gives, as when
        // there is no companion, not what the companion (still saying excused) gives.
        try Self.withCompanion { directory in
            let fresh = try Self.writtenFiles(from: directory)
            let attendance = directory + "/" + Entity.attendance.fileName
            var status = stat()
            try #require(stat(attendance, &status) == 0)
            let text = try String(contentsOfFile: attendance, encoding: .utf8)
            let edited = text.replacingOccurrences(of: "M2,a6,excused", with: "M2,a6,present")
            try #require(edited != text && edited.utf8.count == text.utf8.count)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: attendance))
            try handle.write(contentsOf: Data(edited.utf8))
            try handle.close()
            let times = [status.st_atim, status.st_mtim]
            try #require(utimensat(AT_FDCWD, attendance, times, 0) == 0)
            let stale = try Self.writtenFiles(from: directory)
            try FileManager.default.removeItem(atPath: AttendanceCompanion.path(in: directory))
            let csvOnly = try Self.writtenFiles(from: directory)
            #expect(stale == csvOnly)
            // The edit shows in indicators.csv: the companion's rows would not give these.
            #expect(stale["indicators.csv"] != fresh["indicators.csv"])
        }
    }
}
