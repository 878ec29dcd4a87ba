import ChiboTestSupport
import Foundation
import Testing

/// Same input → byte-identical outputs: on rerun, under another time zone and locale,
/// and when the rows of every input file come in another order.
@Suite struct DeterminismTests {
    private func pipelineOutputs(
        input: URL, environment: [String: String] = [:], name: String
    ) throws -> [String: Data] {
        let output = try Folder.temporary("chibo-e2e-\(name)")
        let runs = try Pipeline.runAll(input: input, output: output, environment: environment)
        for run in runs { #expect(run.status == 0, "\(run.standardError)") }
        return try Folder.files(under: output)
    }

    @Test func rerunsAreByteIdentical() throws {
        let input = try Pipeline.copyFixtureInput(PipelineFixtureTests.fixture)
        let first = try pipelineOutputs(input: input, name: "first")
        let second = try pipelineOutputs(input: input, name: "second")
        #expect(first == second)
    }

    @Test func timeZoneAndLocaleDoNotChangeOutputs() throws {
        let input = try Pipeline.copyFixtureInput(PipelineFixtureTests.fixture)
        let plain = try pipelineOutputs(
            input: input, environment: ["TZ": "UTC", "LANG": "C", "LC_ALL": "C"], name: "utc")
        let vietnamese = try pipelineOutputs(
            input: input,
            environment: ["TZ": "Pacific/Kiritimati", "LANG": "vi_VN.UTF-8", "LC_ALL": "vi_VN.UTF-8"],
            name: "kiritimati")
        let westward = try pipelineOutputs(
            input: input, environment: ["TZ": "America/Los_Angeles", "LANG": "de_DE.UTF-8"], name: "la")
        #expect(plain == vietnamese)
        #expect(plain == westward)
    }

    /// Shuffles the data rows (not the header) of a one-record-per-line CSV file.
    private func shuffleRows(of file: URL, seed: UInt64) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard lines.count > 2 else { return }
        let header = lines.removeFirst()
        var generator = SeededGenerator(state: seed)
        lines.shuffle(using: &generator)
        try ([header] + lines).joined(separator: "\n").appending("\n").write(
            to: file, atomically: true, encoding: .utf8)
    }

    @Test func shuffledInputRowsGiveIdenticalOutputs() throws {
        // Canonical files are valid exports too: run once, then feed the normalized files back
        // in, as they are and shuffled. Clean rows have no duplicates, so order cannot decide
        // which of two rows is rejected.
        let input = try Pipeline.copyFixtureInput(PipelineFixtureTests.fixture)
        let first = try Folder.temporary("chibo-e2e-canonical")
        try Pipeline.runAll(input: input, output: first)
        let canonical = first.appendingPathComponent("normalized")

        let shuffled = try Folder.temporary("chibo-e2e-shuffled").appendingPathComponent("input")
        try FileManager.default.copyItem(at: canonical, to: shuffled)
        let names = try FileManager.default.contentsOfDirectory(atPath: shuffled.path).sorted()
        for (index, name) in names.enumerated()
        where name.hasSuffix(".csv") {
            // Normalized text fields hold no newline, so lines are records.
            try shuffleRows(of: shuffled.appendingPathComponent(name), seed: UInt64(index + 1) * 7919)
        }
        let inOrder = try pipelineOutputs(input: canonical, name: "in-order")
        let outOfOrder = try pipelineOutputs(input: shuffled, name: "out-of-order")
        // The input's digest is of its bytes, which the shuffle changed; the rejects name
        // the lines of the files, which the shuffle moves; everything else must not depend
        // on the row order.
        func withoutDigest(_ data: Data?) -> [Substring] {
            String(decoding: data ?? Data(), as: UTF8.self).split(separator: "\n").filter {
                !$0.hasPrefix("input_sha256,")
            }
        }
        for (relative, contents) in inOrder.sorted(by: { $0.key < $1.key })
        where relative != "rejects.csv" && relative != "rejects.xlsx" {
            if relative.hasSuffix("review.csv") || relative == "normalized/ingest.csv" {
                #expect(withoutDigest(outOfOrder[relative]) == withoutDigest(contents), "\(relative)")
                #expect(outOfOrder[relative] != contents, "\(relative): the digest ignores the input bytes")
            } else {
                #expect(outOfOrder[relative] == contents, "\(relative) depends on the input row order")
            }
        }
        #expect(inOrder.keys.sorted() == outOfOrder.keys.sorted())
    }
}

/// SplitMix64, so the shuffle is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
