import ChiboCore
import Foundation
import Testing

@testable import Indicators

@Suite struct MembershipTallyTests {
    /// The members tallied in two parts, wherever the seam falls, add up to one pass (the
    /// overdue members in member order): what the stage does on two cores for many members.
    @Test func partsAddUpToOnePass() throws {
        let directory = try MembershipIndicatorsTests.fixture().write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let window = try ReviewWindow(quarter: "2018-Q2", termStart: Day(iso: "2016-01-01")!)
        let (_, context) = try IndicatorsStage.tallies(
            normalizedDirectory: directory, window: window, meetingDeadlineDay: 10)
        let count = context.dataset.memberIDs.count
        let whole = MembershipTally(context, members: 0..<count)
        #expect(count > 2)
        #expect(!whole.probationOverdue.isEmpty)
        for seam in 0...count {
            var parts = MembershipTally(context, members: 0..<seam)
            parts.add(MembershipTally(context, members: seam..<count))
            #expect(parts == whole, "seam \(seam)")
        }
    }
}
