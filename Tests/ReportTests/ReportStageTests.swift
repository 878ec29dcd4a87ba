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
        var testDescription: String { "report-\(review.rawValue)" }
        var name: ReviewName { ReviewName(kind: review, quarter: Quarter(quarter)!) }
        /// The review's folder relative to OUTPUT.
        var folder: String { name.description }
    }

    // Each review's review.csv names the review it compares with.
    static let cases = [
        // Mid-term review at 2018-Q2 compared with so-ket/2018-Q1.
        Case(review: .midTerm, quarter: "2018-Q2"),
        // Quarterly report at 2018-Q2 (the year to date) compared with quy/2017-Q2.
        Case(review: .quarterly, quarter: "2018-Q2"),
        // Final review at 2020-Q4 of a term that started 2016-03-01, compared with so-ket/2018-Q2.
        Case(review: .final, quarter: "2020-Q4"),
    ]

    static let outputs = ["report.txt", "indicators_wide.csv", "indicators_wide_vi.csv"]

    /// Outputs checked for determinism and privacy but by structure, not by snapshot.
    static let unsnapshotted = ["report.html"]

    /// Copies the case's input into a fresh temporary folder and runs the stage there.
    static func run(_ testCase: Case) throws -> URL {
        let folder = try Folder.temporary("chibo-report").appendingPathComponent("output")
        try FileManager.default.copyItem(
            at: Folder.fixture(testCase.testDescription).appendingPathComponent("input"), to: folder)
        try ReportStage.writeReview(output: folder.path, review: testCase.name)
        return folder
    }

    @Test(arguments: cases)
    func matchesTheSnapshot(_ testCase: Case) throws {
        let folder = try Self.run(testCase)
        defer { try? FileManager.default.removeItem(at: folder) }
        var actual: [String: Data] = [:]
        for name in Self.outputs {
            actual[name] = try Data(contentsOf: folder.appendingPathComponent("\(testCase.folder)/\(name)"))
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
        for name in Self.outputs + Self.unsnapshotted {
            let path = "\(testCase.folder)/\(name)"
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
        for name in Self.outputs + Self.unsnapshotted {
            let text = try String(
                contentsOf: folder.appendingPathComponent("\(testCase.folder)/\(name)"), encoding: .utf8)
            for secret in ["DV000", "Nguyễn Văn Tâm", "Trần Thị Bình"] {
                #expect(!text.contains(secret), "\(name) contains \(secret)")
            }
        }
    }

    @Test(arguments: cases)
    func pageHoldsEveryUnitAndIndicator(_ testCase: Case) throws {
        let folder = try Self.run(testCase)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try String(
            contentsOf: folder.appendingPathComponent("\(testCase.folder)/report.html"), encoding: .utf8)
        let check = PageCheck(page)
        #expect(check.isWellFormed, "\(check.error ?? "")")
        #expect(page == page.precomposedStringWithCanonicalMapping)
        let rows = try IndicatorFile.read(path: folder.path + "/\(testCase.folder)/indicators.csv")
        let districts = Set(rows.filter { $0.scope == .district }.map(\.unitName))
        let sections = check.values(of: "id", on: "section")
        #expect(sections.filter { $0.hasPrefix("unit-") }.count == districts.count)
        #expect(sections.filter { $0.hasPrefix("indicator-") }.count == Set(rows.map(\.indicator)).count)
        for name in districts {
            #expect(check.characters.contains(name), "\(name)")
        }
        for code in Set(rows.map(\.indicator)) {
            #expect(check.characters.contains(PageIndicator(code: code).name), "\(code)")
        }
    }

    @Test func reportTextIsNFCWithLFAndNoTrailingSpaces() throws {
        let folder = try Self.run(Self.cases[0])
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(
            contentsOf: folder.appendingPathComponent("so-ket/2018-Q2/report.txt"), encoding: .utf8)
        #expect(text == text.precomposedStringWithCanonicalMapping)
        #expect(!text.contains("\r"))
        #expect(!text.contains(" \n"))
        #expect(text.hasSuffix("\n"))
    }

    @Test func aMissingReviewIsExitStatus66AndSaysWhichMakeCommandComputesIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chibo-\(UUID().uuidString)")
        let review = ReviewName("quy/2018-Q2")!
        let error = #expect(throws: ReportError.self) {
            try ReportStage.writeReview(output: folder.path, review: review)
        }
        #expect(error == .missingReview(review: review, output: folder.path, file: "review.csv"))
        #expect(error?.exitStatus == .noInput)
        #expect(error?.description.contains("make quarter QUARTER=2018-Q2 OUTPUT=\"\(folder.path)\"") == true)
    }

    @Test func theComparedReviewNamedInReviewCSVMustExist() throws {
        let folder = try Self.run(Self.cases[2])
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("so-ket/2018-Q2/indicators.csv"))
        let error = #expect(throws: ReportError.self) {
            try ReportStage.writeReview(output: folder.path, review: Self.cases[2].name)
        }
        #expect(
            error
                == .missingReview(
                    review: ReviewName("so-ket/2018-Q2")!, output: folder.path, file: "indicators.csv"))
        #expect(error?.description.contains("make so-ket QUARTER=2018-Q2") == true)
    }

    @Test func aComparedReviewOfOtherInputIsRefused() throws {
        let folder = try Self.run(Self.cases[2])
        defer { try? FileManager.default.removeItem(at: folder) }
        let record = folder.appendingPathComponent("so-ket/2018-Q2/review.csv")
        let text = try String(contentsOf: record, encoding: .utf8).replacingOccurrences(
            of: "input_sha256,5f3c", with: "input_sha256,0000")
        try text.write(to: record, atomically: true, encoding: .utf8)
        let error = #expect(throws: ReportError.self) {
            try ReportStage.writeReview(output: folder.path, review: Self.cases[2].name)
        }
        #expect(error?.exitStatus == .data)
        #expect(error?.description.hasPrefix("so-ket/2018-Q2/review.csv:8:2: lỗi: ") == true)
        #expect(error?.description.contains("make tong-ket QUARTER=2020-Q4") == true)
    }

    @Test func noComparisonIsGuessedFromTheFoldersThatExist() throws {
        // quy/2017-Q2 exists, but once the quarterly review's review.csv names no earlier
        // review the report compares with nothing.
        let folder = try Self.run(Self.cases[1])
        defer { try? FileManager.default.removeItem(at: folder) }
        let record = folder.appendingPathComponent("quy/2018-Q2/review.csv")
        let text = try String(contentsOf: record, encoding: .utf8).replacingOccurrences(
            of: "previous,quy/2017-Q2", with: "previous,")
        try text.write(to: record, atomically: true, encoding: .utf8)
        try ReportStage.writeReview(output: folder.path, review: Self.cases[1].name)
        let report = try String(
            contentsOf: folder.appendingPathComponent("quy/2018-Q2/report.txt"), encoding: .utf8)
        #expect(report.contains("So sánh: không có"))
        #expect(!report.contains("2017-Q2"))
        #expect(!report.contains("Cùng kỳ\n"))
    }

    @Test func aReviewCSVOfAnotherReviewIsRefused() throws {
        let folder = try Self.run(Self.cases[0])
        defer { try? FileManager.default.removeItem(at: folder) }
        let record = folder.appendingPathComponent("so-ket/2018-Q2/review.csv")
        let text = try String(contentsOf: record, encoding: .utf8).replacingOccurrences(
            of: "review,so-ket", with: "review,tong-ket")
        try text.write(to: record, atomically: true, encoding: .utf8)
        let error = #expect(throws: ReportError.self) {
            try ReportStage.writeReview(output: folder.path, review: Self.cases[0].name)
        }
        #expect(error?.exitStatus == .data)
        #expect(error?.description.hasPrefix("so-ket/2018-Q2/review.csv:2:2: lỗi: ") == true)
    }

    @Test func aFailedRunLeavesThePreviousOutputsUntouched() throws {
        let folder = try Self.run(Self.cases[1])
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("quy/2018-Q2/report.txt")
        let before = try Data(contentsOf: report)
        let indicators = folder.appendingPathComponent("quy/2018-Q2/indicators.csv")
        var text = try String(contentsOf: indicators, encoding: .utf8)
        text += "members_total,county,TU,T,as_of,1,,1,,\n"
        try text.write(to: indicators, atomically: true, encoding: .utf8)
        #expect(throws: ReportError.self) {
            try ReportStage.writeReview(output: folder.path, review: Self.cases[1].name)
        }
        #expect(try Data(contentsOf: report) == before)
    }

    @Test func comparePrintsTheChangesBetweenTwoReviews() throws {
        let input = Folder.fixture("report-so-ket").appendingPathComponent("input").path
        let text = try ReportStage.compare(
            output: input, from: ReviewName("so-ket/2018-Q1")!, to: ReviewName("so-ket/2018-Q2")!)
        #expect(text.hasPrefix("So sánh chỉ tiêu: so-ket/2018-Q1 → so-ket/2018-Q2\n"))
        // probation_overdue of H01: 0 (met) at 2018-Q1, 2 (not met) at 2018-Q2.
        let line = text.split(separator: "\n").first { $0.contains("H01") && $0.contains("đạt → không đạt") }
        #expect(line?.contains("+2") == true)
    }
}
