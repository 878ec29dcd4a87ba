import ChiboCore
import Testing

@testable import Report

@Suite struct ReportOptionsTests {
    @Test func parsesAReportRun() throws {
        let command = try ReportOptions(arguments: [
            "--output", "out", "--quarter", "2018-Q2", "--review", "so-ket",
        ])
        #expect(
            command
                == .report(output: "out", review: ReviewName(kind: .midTerm, quarter: Quarter("2018-Q2")!)))
    }

    @Test func parsesACompare() throws {
        let command = try ReportOptions(arguments: [
            "compare", "--output", "out", "--from", "so-ket/2018-Q2", "--to", "tong-ket/2020-Q4",
        ])
        #expect(
            command
                == .compare(
                    output: "out", from: ReviewName("so-ket/2018-Q2")!, to: ReviewName("tong-ket/2020-Q4")!))
    }

    @Test(arguments: [
        ["--output", "out", "--quarter", "2018-Q2", "--review", "so-ket", "--previous", "quy/2017-Q2"],
        ["compare", "--output", "out", "--from", "2018-Q2", "--to", "tong-ket/2020-Q4"],
        ["compare", "--output", "out", "--from", "so-ket/2018-Q2", "--to", "tongket/2020-Q4"],
    ])
    func refusesWhatReviewCSVAndReviewNamesNowSay(arguments: [String]) {
        let error = #expect(throws: ReportError.self) { try ReportOptions(arguments: arguments) }
        #expect(error?.exitStatus == .usage)
        #expect(error?.description.hasPrefix("chibo-report: lỗi: ") == true)
    }

    @Test(arguments: [
        ["--output", "out", "--quarter", "2018-Q2"],
        ["--output", "out", "--quarter", "2018Q2", "--review", "quy"],
        ["--output", "out", "--quarter", "2018-Q2", "--review", "nam"],
        ["--output", "out", "--quarter", "2018-Q2", "--review", "quy", "--verbose"],
        ["--output"],
        ["compare", "--output", "out", "--from", "so-ket/2018-Q2"],
    ])
    func rejectsBadArgumentsWithExitStatus64(arguments: [String]) {
        #expect {
            _ = try ReportOptions(arguments: arguments)
        } throws: { error in
            (error as? ReportError)?.exitStatus == .usage
                && (error as? ReportError)?.description.hasPrefix("chibo-report: lỗi: ") == true
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
