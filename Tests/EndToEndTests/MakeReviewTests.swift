import ChiboTestSupport
import Foundation
import Testing

/// The reviews through make, the way boards run them: review folders, the compared review
/// computed as a prerequisite, paths with spaces and Vietnamese letters, refused command
/// lines, and make clean keeping every review. Skipped, visibly, without GNU make.
@Suite struct MakeReviewTests {
    /// A fresh input folder and output folder whose paths hold spaces and Vietnamese
    /// letters, the input a copy of the pipeline-basic fixture.
    static func folders(_ name: String) throws -> (input: URL, output: URL) {
        let base = try Folder.temporary(name)
        let input = base.appendingPathComponent("Dữ liệu xuất")
        try FileManager.default.copyItem(
            at: Folder.packageRoot.appendingPathComponent(
                "Tests/Fixtures/\(PipelineFixtureTests.fixture)/input"),
            to: input)
        return (input, base.appendingPathComponent("kết quả"))
    }

    /// make with INPUT and OUTPUT set.
    static func make(_ folders: (input: URL, output: URL), _ arguments: [String]) throws -> Pipeline.Run {
        try Pipeline.make(["INPUT=\(folders.input.path)", "OUTPUT=\(folders.output.path)"] + arguments)
    }

    /// The reviews whose indicators a make run computed, from the stage's summary lines.
    static func computed(_ run: Pipeline.Run, output: URL) -> [String] {
        run.standardOutput.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("chibo-indicators: "), let range = line.range(of: output.path + "/") else {
                return nil
            }
            return String(line[range.upperBound...].prefix { $0 != " " }).replacingOccurrences(
                of: "/indicators.csv", with: "")
        }.sorted()
    }

    @Test func aQuarterlyReviewComputesTheSameQuarterOfThePreviousYear() throws {
        guard Pipeline.hasMake else {
            print("MakeReviewTests: SKIPPED: /usr/bin/make is not installed")
            return
        }
        let folders = try Self.folders("make-quarter")
        let output = folders.output
        let first = try Self.make(folders, ["quarter", "QUARTER=2019-Q4"])
        try #require(first.status == 0, "\(first.standardError)")
        #expect(Self.computed(first, output: output) == ["quy/2018-Q4", "quy/2019-Q4"])
        let files = FileManager.default
        #expect(files.fileExists(atPath: output.path + "/quy/2019-Q4/report.txt"))
        #expect(files.fileExists(atPath: output.path + "/quy/2018-Q4/indicators.csv"))
        // Its report is not needed, and nothing recurses.
        #expect(!files.fileExists(atPath: output.path + "/quy/2018-Q4/report.txt"))
        #expect(!files.fileExists(atPath: output.path + "/quy/2017-Q4"))
        let report = try String(contentsOfFile: output.path + "/quy/2019-Q4/report.txt", encoding: .utf8)
        #expect(report.contains("So sánh với: quy/2018-Q4, cùng kỳ năm trước"))

        // Twice: nothing to do.
        let second = try Self.make(folders, ["quarter", "QUARTER=2019-Q4"])
        #expect(second.status == 0)
        #expect(!second.standardOutput.contains("chibo-"), "\(second.standardOutput)")

        // Deleted: recomputed, and only it (then the report that reads it).
        try files.removeItem(atPath: output.path + "/quy/2018-Q4")
        let third = try Self.make(folders, ["quarter", "QUARTER=2019-Q4"])
        #expect(third.status == 0, "\(third.standardError)")
        #expect(Self.computed(third, output: output) == ["quy/2018-Q4"])
        #expect(third.standardOutput.contains("chibo-report"))
        #expect(
            try String(contentsOfFile: output.path + "/quy/2019-Q4/report.txt", encoding: .utf8) == report)

        // Stale: another TERM_START reruns both with it, so both windows start alike.
        let fourth = try Self.make(folders, ["quarter", "QUARTER=2019-Q4", "TERM_START=2016-03-01"])
        #expect(fourth.status == 0, "\(fourth.standardError)")
        #expect(Self.computed(fourth, output: output) == ["quy/2018-Q4", "quy/2019-Q4"])
        // Stale: an input file rewritten reruns ingest and both reviews.
        let members = folders.input.appendingPathComponent("members.csv")
        try files.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: 5)], ofItemAtPath: members.path)
        let fifth = try Self.make(folders, ["quarter", "QUARTER=2019-Q4", "TERM_START=2016-03-01"])
        #expect(fifth.status == 0, "\(fifth.standardError)")
        #expect(fifth.standardOutput.contains("chibo-ingest"))
        #expect(Self.computed(fifth, output: output) == ["quy/2018-Q4", "quy/2019-Q4"])
    }

    @Test func reviewsOfOneQuarterHaveTheirOwnFoldersAndTheComparisonIsNamed() throws {
        guard Pipeline.hasMake else {
            print("MakeReviewTests: SKIPPED: /usr/bin/make is not installed")
            return
        }
        let folders = try Self.folders("make-reviews")
        let output = folders.output
        for target in ["quarter", "so-ket"] {
            let run = try Self.make(folders, [target, "QUARTER=2018-Q2"])
            try #require(run.status == 0, "\(run.standardError)")
        }
        let before = try Folder.files(under: output).filter { !$0.key.hasPrefix(".make/") }
        // A tổng kết compared with the sơ kết: the sơ kết exists and is fresh, so only the
        // tổng kết is computed, and the sơ kết is left as it was.
        let final = try Self.make(folders, ["tong-ket", "QUARTER=2018-Q4", "PREVIOUS=so-ket/2018-Q2"])
        try #require(final.status == 0, "\(final.standardError)")
        #expect(Self.computed(final, output: output) == ["tong-ket/2018-Q4"])
        let after = try Folder.files(under: output)
        for (path, contents) in before { #expect(after[path] == contents, "\(path) changed") }
        for review in ["quy/2018-Q2", "quy/2017-Q2", "so-ket/2018-Q2", "tong-ket/2018-Q4"] {
            #expect(after["\(review)/indicators.csv"] != nil, "\(review)")
            #expect(after["\(review)/review.csv"] != nil, "\(review)")
        }
        #expect(after["quy/2017-Q2/report.txt"] == nil)
        let record = String(decoding: try #require(after["tong-ket/2018-Q4/review.csv"]), as: UTF8.self)
        #expect(record.contains("\nprevious,so-ket/2018-Q2\n"))
        let report = String(decoding: try #require(after["tong-ket/2018-Q4/report.txt"]), as: UTF8.self)
        #expect(report.contains("So sánh với: so-ket/2018-Q2 ("))

        // The same review in another OUTPUT: byte-identical, whatever else exists there.
        let elsewhere = (folders.input, output.deletingLastPathComponent().appendingPathComponent("nơi khác"))
        let again = try Self.make(elsewhere, ["tong-ket", "QUARTER=2018-Q4", "PREVIOUS=so-ket/2018-Q2"])
        try #require(again.status == 0, "\(again.standardError)")
        #expect(Self.computed(again, output: elsewhere.1) == ["so-ket/2018-Q2", "tong-ket/2018-Q4"])
        let other = try Folder.files(under: elsewhere.1)
        for name in [
            "report.txt", "review.csv", "indicators.csv", "indicators_wide.csv", "indicators_wide_vi.csv",
        ] {
            #expect(other["tong-ket/2018-Q4/\(name)"] == after["tong-ket/2018-Q4/\(name)"], "\(name)")
        }
        #expect(other["so-ket/2018-Q2/report.txt"] == nil)

        // compare takes review names.
        let compare = try Self.make(folders, ["compare", "FROM=so-ket/2018-Q2", "TO=tong-ket/2018-Q4"])
        #expect(compare.status == 0, "\(compare.standardError)")
        #expect(compare.standardOutput.contains("So sánh chỉ tiêu: so-ket/2018-Q2 → tong-ket/2018-Q4"))
        let missing = try Self.make(folders, ["compare", "FROM=so-ket/2017-Q2", "TO=tong-ket/2018-Q4"])
        #expect(missing.status != 0)
        #expect(missing.standardError.contains("make so-ket QUARTER=2017-Q2"))
    }

    @Test func oddFileNamesInInputDoNotBreakMake() throws {
        guard Pipeline.hasMake else {
            print("MakeReviewTests: SKIPPED: /usr/bin/make is not installed")
            return
        }
        let folders = try Self.folders("make-odd-names")
        let files = FileManager.default
        // A browser's second download of the same export sits beside the first.
        try files.copyItem(
            at: folders.input.appendingPathComponent("members.csv"),
            to: folders.input.appendingPathComponent("members (1).csv"))
        let first = try Self.make(folders, ["so-ket", "QUARTER=2018-Q2"])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(!first.standardError.contains("No rule to make target"))
        #expect(files.fileExists(atPath: folders.output.path + "/so-ket/2018-Q2/report.txt"))

        // A file renamed in INPUT is a change of INPUT: ingest reruns, and make names no
        // input file as a target whatever its spelling.
        try files.moveItem(
            at: folders.input.appendingPathComponent("members.csv"),
            to: folders.input.appendingPathComponent("Members.CSV"))
        let renamed = try Self.make(folders, ["so-ket", "QUARTER=2018-Q2"])
        #expect(!renamed.standardError.contains("No rule to make target"), "\(renamed.standardError)")
        #expect(renamed.standardOutput.contains("chibo-ingest"))
    }

    @Test(arguments: [
        (["QUARTER=2018Q2"], "QUARTER phải có dạng"),
        (["QUARTER="], "QUARTER phải có dạng"),
        (["REVIEW=quarterly"], "REVIEW phải là quy, so-ket hoặc tong-ket"),
        (
            ["quarter", "QUARTER=2018-Q2", "PREVIOUS=so-ket/2017-Q2"],
            "Báo cáo quý luôn so với cùng quý năm trước"
        ),
        (["tong-ket", "PREVIOUS=so-ket/2018Q2"], "PREVIOUS phải có dạng"),
        (
            ["tong-ket", "QUARTER=2018-Q2", "PREVIOUS=so-ket/2019-Q2"],
            "PREVIOUS phải là một kỳ đánh giá trước"
        ),
        (["so-ket", "TERM_START=2016-02-30"], "TERM_START phải là một ngày"),
        (["so-ket", "QUARTER=2015-Q4"], "TERM_START (2016-01-01) phải không sau"),
        (["so-ket", "MEETING_DEADLINE_DAY=32"], "MEETING_DEADLINE_DAY phải là một ngày trong tháng"),
        (["quarter", "so-ket"], "chỉ làm một kỳ đánh giá"),
        (["compare", "FROM=2018-Q2", "TO=tong-ket/2020-Q4"], "make compare cần FROM=<REVIEW>/<QUARTER>"),
    ])
    func aRefusedCommandLineSaysWhatIsExpectedAndCreatesNothing(arguments: [String], message: String) throws {
        guard Pipeline.hasMake else {
            print("MakeReviewTests: SKIPPED: /usr/bin/make is not installed")
            return
        }
        let folders = try Self.folders("make-refused")
        let run = try Self.make(folders, arguments)
        #expect(run.status == 2)
        #expect(run.standardError.contains(message), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folders.output.path))
    }

    @Test func aChangedSourceRerunsOnlyTheStagesThatLinkIt() throws {
        guard Pipeline.hasMake else {
            print("MakeReviewTests: SKIPPED: /usr/bin/make is not installed")
            return
        }
        let folders = try Self.folders("make-sources")
        // Copies of the executables, since make touches a product it has "rebuilt".
        let bin = folders.output.deletingLastPathComponent().appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        for name in ["chibo-ingest", "chibo-indicators", "chibo-report"] {
            try FileManager.default.copyItem(
                at: Pipeline.productsFolder.appendingPathComponent(name), to: bin.appendingPathComponent(name)
            )
        }
        let arguments = ["so-ket", "QUARTER=2018-Q2", "BIN=\(bin.path)"]
        try #require(try Self.make(folders, arguments).status == 0)
        // `-W FILE`: make acts as if FILE had just been edited, without touching it.
        let stages = ["chibo-ingest\"", "chibo-indicators\"", "chibo-report\""]
        for (source, rerun) in [
            ("Sources/Report/Text/TextReport.swift", ["chibo-report\""]),
            ("Sources/HTMLDocument/HTMLWriter.swift", ["chibo-report\""]),
            ("Sources/Indicators/IndicatorsStage.swift", ["chibo-indicators\"", "chibo-report\""]),
            ("Sources/ChiboCore/Reviews/ReviewName.swift", stages),
        ] {
            let run = try Self.make(folders, ["-W", source] + arguments)
            #expect(run.status == 0, "\(run.standardError)")
            let ran = stages.filter { run.standardOutput.contains("/\($0) --") }
            #expect(ran == rerun, "\(source): \(run.standardOutput)")
        }
    }

    @Test func makeCleanRemovesBuildsAndTemporariesButNoReview() throws {
        guard Pipeline.hasMake else {
            print("MakeReviewTests: SKIPPED: /usr/bin/make is not installed")
            return
        }
        let folders = try Self.folders("make-clean")
        let output = folders.output
        try #require(try Self.make(folders, ["so-ket", "QUARTER=2018-Q2"]).status == 0)
        // A scratch folder standing in for .build, and a temporary file an interrupted
        // writer left behind.
        let scratch = output.deletingLastPathComponent().appendingPathComponent("scratch build")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: scratch.appendingPathComponent("object.o"))
        let leftover = output.appendingPathComponent("so-ket/2018-Q2/report.txt.tmp-12345")
        try Data("partial".utf8).write(to: leftover)
        let before = try Folder.files(under: output).filter { !$0.key.hasSuffix(".tmp-12345") }

        let clean = try Self.make(folders, ["clean", "SCRATCH=\(scratch.path)"])
        #expect(clean.status == 0, "\(clean.standardError)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path))
        #expect(try Folder.files(under: output) == before)

        let delete = try Self.make(folders, ["delete-outputs"])
        #expect(delete.status == 0, "\(delete.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
    }
}
