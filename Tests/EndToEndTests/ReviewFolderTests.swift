import ChiboTestSupport
import Foundation
import Testing

/// One folder per review, through the executables: `<OUTPUT>/<REVIEW>/<QUARTER>/` with a
/// review.csv saying what produced it; reviews of the same quarter kept apart; a refused
/// command line leaves nothing behind.
@Suite struct ReviewFolderTests {
    /// Runs the indicators and report stages for `review` at `quarter` on an ingested output.
    static func review(
        _ review: String, _ quarter: String, output: URL, previous: String? = nil,
        termStart: String = "2016-01-01"
    ) throws -> [Pipeline.Run] {
        let indicators = try Pipeline.run(
            "chibo-indicators",
            [
                "--normalized", output.path + "/normalized", "--output",
                output.path + "/\(review)/\(quarter)",
                "--review", review, "--quarter", quarter, "--term-start", termStart,
            ] + (previous.map { ["--previous", $0] } ?? []))
        guard indicators.status == 0 else { return [indicators] }
        let report = try Pipeline.run(
            "chibo-report", ["--output", output.path, "--review", review, "--quarter", quarter])
        return [indicators, report]
    }

    /// SHA-256 of `data` by the system's sha256sum, independent of ChiboCore's; nil (and
    /// a printed notice) when the tool is missing.
    static func systemSHA256(_ data: Data) throws -> String? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum") else {
            print("ReviewFolderTests: SKIPPED the independent digest: /usr/bin/sha256sum is not installed")
            return nil
        }
        let file = try Folder.temporary("digest").appendingPathComponent("input.bin")
        try data.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.split(separator: " ").first.map(String.init)
    }

    @Test func reviewCSVIsWhatProducedTheReview() throws {
        let input = try Pipeline.copyFixtureInput(PipelineFixtureTests.fixture)
        let output = input.deletingLastPathComponent().appendingPathComponent("output")
        try #require(
            try Pipeline.run("chibo-ingest", ["--input", input.path, "--output", output.path]).status == 0)
        let runs = try Self.review(
            "tong-ket", "2018-Q4", output: output, previous: "so-ket/2018-Q2", termStart: "2016-03-01")
        // The indicators stage writes review.csv; the report would need so-ket/2018-Q2.
        try #require(runs[0].status == 0, "\(runs[0].standardError)")

        // The input files in the order of SPEC's "Input files", concatenated.
        var bytes = Data()
        for name in [
            "organizations", "members", "villages", "meetings", "attendance", "member_ratings", "org_ratings",
            "trainings", "inspections", "targets",
        ] {
            bytes += try Data(contentsOf: input.appendingPathComponent("\(name).csv"))
        }
        let digest = try Self.systemSHA256(bytes)
        let text = try String(contentsOfFile: output.path + "/tong-ket/2018-Q4/review.csv", encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Worked out by hand on the fixture: AS_OF is the last day of 2018-Q4; the window of a
        // tổng kết starts at TERM_START; meetings.csv's latest accepted meeting is MT02 on
        // 05/02/2018 (MT07 on 05/03/2018 is rejected, its kind 'Họp mặt' is not a meeting kind).
        #expect(
            lines.filter { !$0.hasPrefix("input_sha256,") } == [
                "key,value", "review,tong-ket", "quarter,2018-Q4", "as_of,2018-12-31",
                "window_start,2016-03-01",
                "meeting_deadline_day,10", "previous,so-ket/2018-Q2", "data_until,2018-02-05",
                "version,0.10.0", "",
            ])
        let recorded = try #require(lines.first { $0.hasPrefix("input_sha256,") }?.dropFirst(13))
        #expect(recorded.count == 64)
        if let digest { #expect(String(recorded) == digest) }
        #expect(!text.contains(output.path) && !text.contains(input.path))
    }

    @Test func theIndicatorsStageWarnsWhenTheDataStopBeforeTheReview() throws {
        let input = try Pipeline.copyFixtureInput(PipelineFixtureTests.fixture)
        let output = input.deletingLastPathComponent().appendingPathComponent("output")
        try #require(
            try Pipeline.run("chibo-ingest", ["--input", input.path, "--output", output.path]).status == 0)
        // The latest accepted meeting is 05/02/2018: 2018-Q1 is covered, 2018-Q2 is not.
        let covered = try Self.review("so-ket", "2018-Q1", output: output)
        #expect(covered[0].status == 0)
        #expect(!covered[0].standardError.contains("cảnh báo"), "\(covered[0].standardError)")
        let later = try Self.review("so-ket", "2025-Q4", output: output)
        #expect(later[0].status == 0)
        #expect(
            later[0].standardError.contains(
                "chibo-indicators: cảnh báo: dữ liệu chỉ đến ngày 05/02/2018 (buổi sinh hoạt chi bộ muộn nhất được"
                    + " nhận): các số liệu sau quý 1/2018, đến 31/12/2025, chưa đầy đủ"),
            "\(later[0].standardError)")
    }

    @Test func reviewsOfTheSameQuarterAreKeptApart() throws {
        let input = try Pipeline.copyFixtureInput(PipelineFixtureTests.fixture)
        let output = input.deletingLastPathComponent().appendingPathComponent("output")
        try #require(
            try Pipeline.run("chibo-ingest", ["--input", input.path, "--output", output.path]).status == 0)
        for review in ["so-ket", "quy"] {
            let runs = try Self.review(review, "2019-Q2", output: output)
            // The quarterly review's comparison, quy/2018-Q2, is not there yet.
            if review == "quy" {
                try #require(runs.count == 2 && runs[1].status == 66)
                #expect(runs[1].standardError.contains("make quarter QUARTER=2018-Q2"))
                try #require(try Self.review("quy", "2018-Q2", output: output)[0].status == 0)
                try #require(try Self.review("quy", "2019-Q2", output: output).allSatisfy { $0.status == 0 })
            } else {
                try #require(runs.allSatisfy { $0.status == 0 })
            }
        }
        let before = try Folder.files(under: output)
        try #require(try Self.review("tong-ket", "2019-Q2", output: output).allSatisfy { $0.status == 0 })
        let after = try Folder.files(under: output)
        // Another review adds its folder and changes nothing of the others.
        for (path, contents) in before { #expect(after[path] == contents, "\(path) changed") }
        let added = Set(after.keys).subtracting(before.keys)
        #expect(!added.isEmpty && added.allSatisfy { $0.hasPrefix("tong-ket/2019-Q2/") })
        let titles = try ["quy", "so-ket", "tong-ket"].map { review in
            try String(contentsOfFile: output.path + "/\(review)/2019-Q2/report.txt", encoding: .utf8)
                .split(separator: "\n")[1]
        }
        #expect(titles[0].hasPrefix("BÁO CÁO QUÝ II NĂM 2019"))
        #expect(titles[1].hasPrefix("BÁO CÁO SƠ KẾT"))
        #expect(titles[2].hasPrefix("BÁO CÁO TỔNG KẾT"))
        for review in ["quy", "so-ket", "tong-ket"] {
            let record = try String(
                contentsOfFile: output.path + "/\(review)/2019-Q2/review.csv", encoding: .utf8)
            #expect(record.contains("review,\(review)\n"))
            #expect(record.contains(review == "quy" ? "previous,quy/2018-Q2\n" : "previous,\n"))
        }
        let quarterly = try String(contentsOfFile: output.path + "/quy/2019-Q2/report.txt", encoding: .utf8)
        #expect(quarterly.contains("So sánh với: quy/2018-Q2, cùng kỳ năm trước"))
    }

    @Test(arguments: [
        ["chibo-indicators", "--review", "so-ket", "--quarter", "2018Q2", "--term-start", "2016-01-01"],
        ["chibo-indicators", "--review", "so-ket", "--quarter", "", "--term-start", "2016-01-01"],
        ["chibo-indicators", "--review", "nam", "--quarter", "2018-Q2", "--term-start", "2016-01-01"],
        ["chibo-indicators", "--review", "so-ket", "--quarter", "2018-Q2", "--term-start", "2019-01-01"],
        [
            "chibo-indicators", "--review", "tong-ket", "--quarter", "2018-Q2", "--term-start", "2016-01-01",
            "--previous", "tong-ket/2018-Q2",
        ],
        ["chibo-report", "--review", "so-ket", "--quarter", "2018Q2"],
        ["chibo-report", "--review", "so-ket", "--quarter", "2018-Q2", "--previous", "quy/2017-Q2"],
    ])
    func aRefusedCommandLineLeavesNothingBehind(_ arguments: [String]) throws {
        let input = try Pipeline.copyFixtureInput(PipelineFixtureTests.fixture)
        let output = input.deletingLastPathComponent().appendingPathComponent("output")
        try #require(
            try Pipeline.run("chibo-ingest", ["--input", input.path, "--output", output.path]).status == 0)
        let before = try FileManager.default.subpathsOfDirectory(atPath: output.path).sorted()
        let program = arguments[0]
        let options =
            program == "chibo-indicators"
            ? ["--normalized", output.path + "/normalized", "--output", output.path + "/so-ket/2018-Q2"]
            : ["--output", output.path]
        let run = try Pipeline.run(program, options + arguments.dropFirst())
        #expect(run.status == 64, "\(run.standardError)")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: output.path).sorted() == before)
    }
}
