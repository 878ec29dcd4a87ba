import ChiboCore
import Testing

@testable import Report

@Suite struct ReportOptionsTests {
    @Test func parsesAReportRun() throws {
        let options = try ReportOptions(arguments: [
            "--output", "out", "--quarter", "2018-Q2", "--review", "so-ket", "--previous", "2017-Q4",
        ])
        #expect(
            options
                == .report(
                    output: "out", quarter: Quarter("2018-Q2")!, review: .midTerm,
                    previous: Quarter("2017-Q4")))
    }

    @Test func parsesACompare() throws {
        let options = try ReportOptions(arguments: [
            "compare", "--output", "out", "--from", "2018-Q1", "--to", "2018-Q2",
        ])
        #expect(options == .compare(output: "out", from: Quarter("2018-Q1")!, to: Quarter("2018-Q2")!))
    }

    @Test(arguments: [
        ["--output", "out", "--quarter", "2018-Q2"],
        ["--output", "out", "--quarter", "2018Q2", "--review", "quy"],
        ["--output", "out", "--quarter", "2018-Q2", "--review", "nam"],
        ["--output", "out", "--quarter", "2018-Q2", "--review", "quy", "--verbose"],
        ["--output"],
        ["compare", "--output", "out", "--from", "2018-Q1"],
    ])
    func rejectsBadArgumentsWithExitStatus64(arguments: [String]) {
        #expect {
            _ = try ReportOptions(arguments: arguments)
        } throws: { error in
            (error as? ReportError)?.exitStatus == .usage
                && (error as? ReportError)?.description.hasPrefix("chibo-report: error: expected ") == true
        }
    }

    @Test func mainReturnsTheErrorsExitStatus() {
        #expect(ReportStage.main(arguments: ["--output"]) == .usage)
    }

    @Test(arguments: [["--help"], ["-h"], ["compare", "--help"], ["--output", "out", "--help"]])
    func helpPrintsTheUsageAndSucceeds(arguments: [String]) {
        #expect(ReportStage.main(arguments: arguments) == .success)
    }
}
