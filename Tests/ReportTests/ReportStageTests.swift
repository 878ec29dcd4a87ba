import ChiboCore
import ChiboTestSupport
import Foundation
import Testing

@testable import Report

/// End-to-end runs of the report stage on the hand-made fixtures in
/// `Tests/Fixtures/report-<review>/`: `input/` is an OUTPUT folder as the earlier stages
/// leave it, `expected/` holds report.txt and the two spreadsheets. Set UPDATE_FIXTURES=1
/// to rewrite `expected/`.
@Suite struct ReportStageTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var review: ReviewKind
        var quarter: String
        var previous: String?
        var testDescription: String { "report-\(review.rawValue)" }
    }

    static let cases = [
        // Mid-term review at 2018-Q2; 2018-Q1's output exists, so section IV compares with it.
        Case(review: .midTerm, quarter: "2018-Q2", previous: nil),
        // Quarterly report at 2018-Q2 with no earlier output: "Không có dữ liệu kỳ trước".
        Case(review: .quarterly, quarter: "2018-Q2", previous: nil),
        // Final review at 2020-Q4 of a term that started 2016-03-01, compared with the mid-term.
        Case(review: .final, quarter: "2020-Q4", previous: "2018-Q2"),
    ]

    static let outputs = ["report.txt", "indicators_wide.csv", "indicators_wide_vi.csv"]

    /// Copies the case's input into a fresh temporary folder and runs the stage there.
    static func run(_ testCase: Case) throws -> URL {
        let folder = try Folder.temporary("chibo-report").appendingPathComponent("output")
        try FileManager.default.copyItem(
            at: Folder.fixture(testCase.testDescription).appendingPathComponent("input"), to: folder)
        try ReportStage.writeReview(
            output: folder.path, quarter: Quarter(testCase.quarter)!, review: testCase.review,
            previous: testCase.previous.flatMap(Quarter.init))
        return folder
    }

    @Test(arguments: cases)
    func matchesTheSnapshot(_ testCase: Case) throws {
        let folder = try Self.run(testCase)
        defer { try? FileManager.default.removeItem(at: folder) }
        var actual: [String: Data] = [:]
        for name in Self.outputs {
            actual[name] = try Data(contentsOf: folder.appendingPathComponent("\(testCase.quarter)/\(name)"))
        }
        try Snapshot.match(
            actual, expected: Folder.fixture(testCase.testDescription).appendingPathComponent("expected"))
    }

    @Test(arguments: cases)
    func rerunsAreByteIdentical(_ testCase: Case) throws {
        let first = try Self.run(testCase)
        let second = try Self.run(testCase)
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        for name in Self.outputs {
            let path = "\(testCase.quarter)/\(name)"
            #expect(
                try Data(contentsOf: first.appendingPathComponent(path))
                    == Data(contentsOf: second.appendingPathComponent(path)))
        }
    }

    @Test(arguments: cases)
    func outputsHoldNoMemberIDsOrNames(_ testCase: Case) throws {
        let folder = try Self.run(testCase)
        defer { try? FileManager.default.removeItem(at: folder) }
        // rejects.csv of every fixture quotes member ids (DV000123 …) and names in its value
        // and message columns; only codes and counts may reach the report.
        for name in Self.outputs {
            let text = try String(
                contentsOf: folder.appendingPathComponent("\(testCase.quarter)/\(name)"), encoding: .utf8)
            for secret in ["DV000", "Nguyễn Văn Tâm", "Trần Thị Bình"] {
                #expect(!text.contains(secret), "\(name) contains \(secret)")
            }
        }
    }

    @Test func reportTextIsNFCWithLFAndNoTrailingSpaces() throws {
        let folder = try Self.run(Self.cases[0])
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(
            contentsOf: folder.appendingPathComponent("2018-Q2/report.txt"), encoding: .utf8)
        #expect(text == text.precomposedStringWithCanonicalMapping)
        #expect(!text.contains("\r"))
        #expect(!text.contains(" \n"))
        #expect(text.hasSuffix("\n"))
    }

    @Test func aMissingIndicatorsFileIsExitStatus66() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chibo-\(UUID().uuidString)")
        #expect(throws: ReportError.missingFile(path: folder.path + "/2018-Q2/indicators.csv")) {
            try ReportStage.writeReview(
                output: folder.path, quarter: Quarter("2018-Q2")!, review: .quarterly, previous: nil)
        }
        #expect(ReportError.missingFile(path: "x").exitStatus == .noInput)
    }

    @Test func anExplicitPreviousReviewMustExist() throws {
        let folder = try Self.run(Self.cases[1])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: ReportError.missingFile(path: folder.path + "/2017-Q4/indicators.csv")) {
            try ReportStage.writeReview(
                output: folder.path, quarter: Quarter("2018-Q2")!, review: .quarterly,
                previous: Quarter("2017-Q4"))
        }
    }

    @Test func aFailedRunLeavesThePreviousOutputsUntouched() throws {
        let folder = try Self.run(Self.cases[1])
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("2018-Q2/report.txt")
        let before = try Data(contentsOf: report)
        let indicators = folder.appendingPathComponent("2018-Q2/indicators.csv")
        var text = try String(contentsOf: indicators, encoding: .utf8)
        text += "members_total,county,TU,T,as_of,1,,1,,\n"
        try text.write(to: indicators, atomically: true, encoding: .utf8)
        #expect(throws: ReportError.self) {
            try ReportStage.writeReview(
                output: folder.path, quarter: Quarter("2018-Q2")!, review: .quarterly, previous: nil)
        }
        #expect(try Data(contentsOf: report) == before)
    }

    @Test func comparePrintsTheChangesBetweenTwoReviews() throws {
        let input = Folder.fixture("report-so-ket").appendingPathComponent("input").path
        let text = try ReportStage.compare(output: input, from: Quarter("2018-Q1")!, to: Quarter("2018-Q2")!)
        #expect(text.hasPrefix("So sánh chỉ tiêu: 2018-Q1 → 2018-Q2\n"))
        // probation_overdue of H01: 0 (met) at 2018-Q1, 2 (not met) at 2018-Q2.
        let line = text.split(separator: "\n").first { $0.contains("H01") && $0.contains("đạt → không đạt") }
        #expect(line?.contains("+2") == true)
    }
}
