import ChiboCore
import Testing

@testable import Indicators

@Suite struct IndicatorsOptionsTests {
    @Test func parsesEveryOption() throws {
        let options = try IndicatorsOptions(arguments: [
            "--normalized", "out/normalized", "--output", "out/2018-Q2", "--quarter", "2018-Q2",
            "--term-start", "2016-01-01", "--meeting-deadline-day", "3",
        ])
        #expect(
            options
                == IndicatorsOptions(
                    normalizedDirectory: "out/normalized", outputDirectory: "out/2018-Q2", quarter: "2018-Q2",
                    termStart: Day(iso: "2016-01-01")!, meetingDeadlineDay: 3))
    }

    @Test func theDeadlineDayDefaultsToTheTenth() throws {
        let options = try IndicatorsOptions(arguments: [
            "--normalized", "n", "--output", "o", "--quarter", "2018-Q2", "--term-start", "2016-01-01",
        ])
        #expect(options.meetingDeadlineDay == 10)
    }

    @Test(arguments: [
        ["--normalized", "n", "--output", "o", "--quarter", "2018-Q2"],
        ["--normalized", "n", "--output", "o", "--quarter", "2018-Q9", "--term-start", "2016-01-01"],
        ["--normalized", "n", "--output", "o", "--quarter", "2018-Q2", "--term-start", "01/01/2016"],
        [
            "--normalized", "n", "--output", "o", "--quarter", "2018-Q2", "--term-start", "2016-01-01",
            "--meeting-deadline-day", "32",
        ],
        [
            "--normalized", "n", "--output", "o", "--quarter", "2018-Q2", "--term-start", "2016-01-01", "--x",
            "1",
        ],
        ["--normalized"],
    ])
    func badArgumentsAreUsageErrors(arguments: [String]) {
        let error = #expect(throws: IndicatorsError.self) { try IndicatorsOptions(arguments: arguments) }
        #expect(error?.exitStatus == .usage)
    }

    @Test(arguments: [["--help"], ["-h"], ["--normalized", "n", "--help"]])
    func helpPrintsTheUsageAndSucceeds(arguments: [String]) {
        #expect(IndicatorsStage.main(arguments: arguments) == .success)
    }

    @Test func mainReturnsTheErrorsExitStatus() {
        #expect(IndicatorsStage.main(arguments: ["--quarter"]) == .usage)
    }
}
