import Foundation
import OfficeTestSupport
import SampleData
import Testing

/// Aggregate outputs (indicators, report, spreadsheets, the ingest summary and what the
/// stages print) hold no member name or id; only restricted/ and the row-level files
/// (normalized/, rejects.csv, rejects.xlsx) do. Office documents are searched in their
/// decompressed parts.
@Suite struct PrivacyTests {
    @Test func aggregateOutputsHoldNoMemberNameOrId() throws {
        let root = try Pipeline.temporaryFolder("privacy")
        let input = root.appendingPathComponent("input")
        let output = root.appendingPathComponent("output")
        _ = try SampleGenerator(configuration: SampleConfiguration(seed: 3)).write(to: input.path)
        let runs = try Pipeline.runAll(input: input, output: output, quarter: "2020-Q4", review: "tong-ket")
        try #require(runs.count == 3 && runs.allSatisfy { $0.status == 0 })

        let members = try String(
            contentsOf: output.appendingPathComponent("normalized/members.csv"), encoding: .utf8)
        var secrets = Set<String>()
        for line in members.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count > 2 else { continue }
            secrets.insert(String(fields[0]))  // member_id
            secrets.insert(String(fields[1]))  // full_name (sample names hold no comma)
        }
        try #require(secrets.count > 1000)

        var texts = runs.flatMap { [$0.standardOutput, $0.standardError] }
        let files = try Pipeline.files(under: output)
        for name in ["indicators.xlsx", "report.docx"] {
            #expect(files.keys.contains { $0.hasSuffix("/" + name) }, "\(name) is checked too")
        }
        for (relative, contents) in files
        where !relative.hasPrefix("normalized/") && !relative.contains("restricted/")
            && relative != "rejects.csv" && relative != "rejects.xlsx"
        {
            if relative.hasSuffix(".xlsx") || relative.hasSuffix(".docx") {
                texts.append(try ZipReader.allText(of: Array(contents)))
            } else {
                texts.append(String(decoding: contents, as: UTF8.self))
            }
        }
        let restricted = try Pipeline.files(under: output.appendingPathComponent("2020-Q4/restricted"))
        #expect(!restricted.isEmpty, "the sample has members on the restricted lists")

        for text in texts {
            let leaked = secrets.filter { text.contains($0) }
            #expect(leaked.isEmpty, "member data in an aggregate output: \(leaked.sorted().prefix(3))")
        }
    }
}
