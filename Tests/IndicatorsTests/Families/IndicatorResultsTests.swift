import ChiboCore
import Foundation
import Testing

@testable import Indicators

/// The families record the periods the catalog lists, and nothing else.
@Suite struct IndicatorResultsTests {
    struct Window: CustomTestStringConvertible, Sendable {
        var quarter: String
        var termStart: String
        var testDescription: String { "\(termStart)..\(quarter)" }
    }

    private static func results(in window: Window) throws -> (IndicatorResults, ReviewWindow) {
        let directory = try IndicatorsStageTests.combinedFixture().write()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let reviewWindow = try ReviewWindow(quarter: window.quarter, termStart: Day(iso: window.termStart)!)
        let dataset = try Dataset.load(from: directory, window: reviewWindow)
        let context = ComputationContext(dataset: dataset, window: reviewWindow, meetingDeadlineDay: 10)
        return (IndicatorsStage.results(of: context), reviewWindow)
    }

    @Test(arguments: [
        // Full years then a clipped one; the ratings of 2018 are not due yet.
        Window(quarter: "2018-Q2", termStart: "2016-01-01"),
        // A clipped first year, then full years only.
        Window(quarter: "2017-Q4", termStart: "2016-03-15"),
        // A window inside one year.
        Window(quarter: "2018-Q1", termStart: "2018-01-01"),
    ])
    func everyFamilyRecordsExactlyTheCatalogPeriods(window: Window) throws {
        let (results, reviewWindow) = try Self.results(in: window)
        #expect(results.codesDifferingFromCatalog(in: reviewWindow) == [])
        #expect(results.tallies.count == IndicatorCode.allCases.count)
    }

    @Test func recordingAPeriodTheCatalogDoesNotListIsCaught() throws {
        let (computed, window) = try Self.results(in: Window(quarter: "2018-Q2", termStart: "2016-01-01"))
        let tally = UnitTally(unitCount: 1)
        var extra = computed
        extra.record(.attendanceRate, .term, numerator: tally, denominator: tally)
        #expect(extra.codesDifferingFromCatalog(in: window) == [.attendanceRate])
        var replaced = computed
        replaced.tallies[.membersTotal]![0].period = .term
        #expect(replaced.codesDifferingFromCatalog(in: window) == [.membersTotal])
        var ratedTooEarly = computed
        ratedTooEarly.record(
            .weakOrganizations, .clippedYear(first: window.years[2].start, last: window.asOf),
            numerator: tally)
        #expect(ratedTooEarly.codesDifferingFromCatalog(in: window) == [.weakOrganizations])
    }
}
