import ChiboCore
import Foundation
import Testing

@testable import Indicators

/// meetings.csv and attendance.csv are read side by side when sorted by meeting_id, and
/// with every meeting indexed by id otherwise; both ways must tally the same.
@Suite struct MeetingActivityTests {
    static let window = try! ReviewWindow(quarter: "2018-Q2", termStart: Day(iso: "2018-01-01")!)

    static func load(_ fixture: NormalizedFixture, shuffleSeed: UInt64? = nil) throws -> (Dataset, String) {
        let directory = try fixture.write(shuffleSeed: shuffleSeed)
        return (try Dataset.load(from: directory, window: window), directory)
    }

    @Test func sortedFilesAreMergedToTheTalliesOfTheIndexedRead() throws {
        let (dataset, directory) = try Self.load(AttendanceIndicatorsTests.fixture())
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var merged = dataset
        #expect(try merged.loadSortedMeetingActivity(in: directory, window: Self.window))
        var indexed = dataset
        try indexed.loadUnsortedMeetingActivity(in: directory, window: Self.window)
        #expect(merged.meetingActivity == indexed.meetingActivity)
        #expect(merged.unexcusedMonths == indexed.unexcusedMonths)
        #expect(merged.unexcusedMonths.contains { $0.nonzeroBitCount >= 3 })
        // Periodic in the window: M1–M5, M7–M9; with attendance rows: all but M5.
        #expect(merged.meetingActivity.periodic(year: 0, throughDay: 31, unitCount: 4).counts[0] == 8)
        #expect(merged.meetingActivity.withAttendanceRows[0].counts == [7, 4, 3, 0])
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func filesOutOfOrderAreReadByIndexToTheSameTallies(seed: UInt64) throws {
        let fixture = AttendanceIndicatorsTests.fixture()
        let (sorted, sortedDirectory) = try Self.load(fixture)
        let (shuffled, shuffledDirectory) = try Self.load(fixture, shuffleSeed: seed)
        defer {
            try? FileManager.default.removeItem(atPath: sortedDirectory)
            try? FileManager.default.removeItem(atPath: shuffledDirectory)
        }
        var probe = shuffled
        #expect(try !probe.loadSortedMeetingActivity(in: shuffledDirectory, window: Self.window))
        // Organizations are shuffled too: their month masks are compared as sets.
        func monthsAsSets(_ activity: MeetingActivity) -> MeetingActivity {
            var activity = activity
            activity.periodicMonths.sort()
            activity.thematicMonths.sort()
            return activity
        }
        #expect(monthsAsSets(shuffled.meetingActivity) == monthsAsSets(sorted.meetingActivity))
        #expect(shuffled.unexcusedMonths.sorted() == sorted.unexcusedMonths.sorted())
    }

    @Test func aRepeatedMeetingIsLeftToTheIndexedRead() throws {
        var fixture = AttendanceIndicatorsTests.fixture()
        fixture.meeting("M1", org: "C1", date: "2018-01-11")
        let directory = try fixture.write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(throws: IndicatorsError.self) { try Dataset.load(from: directory, window: Self.window) }
    }
}
