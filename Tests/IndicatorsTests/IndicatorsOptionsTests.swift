import ChiboCore
import Testing

@testable import Indicators

@Suite struct IndicatorsOptionsTests {
    @Test func parsesEveryOption() throws {
        let options = try IndicatorsOptions(arguments: [
            "--normalized", "out/normalized", "--output", "out/tong-ket/2018-Q2", "--review", "tong-ket",
            "--quarter", "2018-Q2", "--term-start", "2016-01-01", "--meeting-deadline-day", "3", "--previous",
            "so-ket/2017-Q2",
        ])
        #expect(
            options
                == IndicatorsOptions(
                    normalizedDirectory: "out/normalized", outputDirectory: "out/tong-ket/2018-Q2",
                    quarter: "2018-Q2", termStart: Day(iso: "2016-01-01")!, meetingDeadlineDay: 3,
                    review: .final, previous: ReviewName("so-ket/2017-Q2")))
    }

    @Test func aQuarterlyReviewComparesWithTheSameQuarterOfThePreviousYear() throws {
        let options = try IndicatorsOptions(arguments: [
            "--normalized", "n", "--output", "o", "--review", "quy", "--quarter", "2019-Q3", "--term-start",
            "2016-01-01",
        ])
        #expect(options.previous == ReviewName("quy/2018-Q3"))
    }

    @Test func theDeadlineDayDefaultsToTheTenth() throws {
        let options = try IndicatorsOptions(arguments: [
            "--normalized", "n", "--output", "o", "--review", "so-ket", "--quarter", "2018-Q2",
            "--term-start",
            "2016-01-01",
        ])
        #expect(options.meetingDeadlineDay == 10)
        #expect(options.previous == nil)
    }

    @Test(arguments: [
        ["--normalized", "n", "--output", "o", "--review", "so-ket", "--quarter", "2018-Q2"],
        ["--normalized", "n", "--output", "o", "--quarter", "2018-Q2", "--term-start", "2016-01-01"],
        [
            "--normalized", "n", "--output", "o", "--review", "quarterly", "--quarter", "2018-Q2",
            "--term-start",
            "2016-01-01",
        ],
        [
            "--normalized", "n", "--output", "o", "--review", "so-ket", "--quarter", "2018-Q2",
            "--term-start",
            "2018-07-01",
        ],
        [
            "--normalized", "n", "--output", "o", "--review", "quy", "--quarter", "2018-Q2", "--term-start",
            "2016-01-01", "--previous", "quy/2017-Q2",
        ],
        [
            "--normalized", "n", "--output", "o", "--review", "tong-ket", "--quarter", "2018-Q2",
            "--term-start",
            "2016-01-01", "--previous", "tong-ket/2018-Q2",
        ],
        [
            "--normalized", "n", "--output", "o", "--review", "tong-ket", "--quarter", "2018-Q2",
            "--term-start",
            "2016-01-01", "--previous", "so-ket/2018-Q3",
        ],
        [
            "--normalized", "n", "--output", "o", "--review", "tong-ket", "--quarter", "2018-Q2",
            "--term-start",
            "2016-01-01", "--previous", "2017-Q2",
        ],
        [
            "--normalized", "n", "--output", "o", "--review", "so-ket", "--quarter", "2018-Q9",
            "--term-start", "2016-01-01",
        ],
        [
            "--normalized", "n", "--output", "o", "--review", "so-ket", "--quarter", "2018-Q2",
            "--term-start", "01/01/2016",
        ],
        [
            "--normalized", "n", "--output", "o", "--review", "so-ket", "--quarter", "2018-Q2",
            "--term-start", "2016-01-01",
            "--meeting-deadline-day", "32",
        ],
        [
            "--normalized", "n", "--output", "o", "--review", "so-ket", "--quarter", "2018-Q2",
            "--term-start", "2016-01-01", "--x",
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
