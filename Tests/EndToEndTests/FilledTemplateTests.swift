import ChiboTestSupport
import Foundation
import Testing

/// The CSV templates of `chibo-templates`, filled with rows typed by hand
/// (`Tests/Fixtures/filled-templates/rows/`) below their hint row, as staff leave them, go
/// through ingest → indicators → report with no rejected row and the figures worked out
/// by hand from those rows.
@Suite struct FilledTemplateTests {
    static let rowsFolder = Folder.fixture("filled-templates").appendingPathComponent("rows")

    /// The folder of filled exports: each template's bytes followed by the typed rows.
    static func filledInput() throws -> (input: URL, output: URL) {
        let root = try Folder.temporary("chibo-filled-templates")
        let templates = root.appendingPathComponent("templates")
        let run = try Pipeline.run("chibo-templates", ["--output", templates.path])
        #expect(run.status == 0, "\(run.standardError)")
        let input = root.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: rowsFolder.path).sorted()
        #expect(names.count == 10)
        for name in names {
            var bytes = try Data(contentsOf: templates.appendingPathComponent(name))
            // The template ends with its hint row: staff type below it and keep it.
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(name) starts with a BOM")
            #expect(bytes.suffix(2) == Data([0x0D, 0x0A]))
            bytes.append(try Data(contentsOf: rowsFolder.appendingPathComponent(name)))
            try bytes.write(to: input.appendingPathComponent(name))
        }
        return (input, root.appendingPathComponent("output"))
    }

    @Test func filledTemplatesGiveNoRejectsAndTheHandCountedFigures() throws {
        let (input, output) = try FilledTemplateTests.filledInput()
        let runs = try Pipeline.runAll(input: input, output: output, quarter: "2018-Q4", review: "tong-ket")
        #expect(runs.count == 3 && runs.allSatisfy { $0.status == 0 }, "\(runs.map(\.standardError))")

        // One notice per file for its hint row, and nothing else.
        let rejects = try String(contentsOf: output.appendingPathComponent("rejects.csv"), encoding: .utf8)
        let problems = rejects.split(separator: "\n").dropFirst()
        #expect(problems.count == 10)
        for problem in problems {
            #expect(problem.contains(",2,,,row.template_hint,notice,"), "\(problem)")
        }
        for line in runs[0].standardOutput.split(separator: "\n") where !line.hasPrefix("chibo-ingest:") {
            #expect(line.hasSuffix(" loại 0, 0 cảnh báo"), "\(line)")
        }

        let indicators = try FilledTemplateTests.provinceRows(under: output)
        // Active on 31/12/2018: 0001, 0002, 0004 (0003 left on 15/08/2018).
        #expect(indicators["members_total|as_of"] == "3,,3")
        // 0002 has no official date.
        #expect(indicators["members_probationary|as_of"] == "1,,1")
        // Admitted 05/01/2016 (0004) and 20/06/2018 (0002).
        #expect(indicators["admissions|2016"] == "1,,1")
        #expect(indicators["admissions|2017"] == "0,,0")
        #expect(indicators["admissions|term"] == "2,,2")
        // 0001 and 0002 assigned, 0004 not.
        #expect(indicators["task_assigned_ratio|as_of"] == "2,3,66.67")
        // Thôn Đông's head is member 0001; Thôn Tây's is not a member.
        #expect(indicators["village_head_member_ratio|as_of"] == "1,2,50")
        // Secretary 0001 trained on 10/03/2017, deputy secretary 0004 not.
        #expect(indicators["committee_trained_ratio|term"] == "1,2,50")
        // 0004: Thạc sĩ and Cao cấp.
        #expect(indicators["commune_key_cadre_qualified|as_of"] == "1,1,100")
        // 2017: excellent, complete, good.
        #expect(indicators["member_rating_good_or_better|2017"] == "2,3,66.67")
        // Chi bộ thôn Tây did not complete its tasks in 2017.
        #expect(indicators["weak_organizations|2017"] == "1,,1")
        // Chi bộ thôn Đông has working regulations, Chi bộ thôn Tây not.
        #expect(indicators["cells_with_regulations|as_of"] == "1,2,50")

        let report = try FilledTemplateTests.file(named: "report.txt", under: output)
        #expect(report.contains("ĐẢNG BỘ TỈNH MẪU"))
    }

    /// `indicator|period` → `numerator,denominator,value` of the province rows of the one
    /// indicators.csv under `output`, wherever the review folder puts it.
    static func provinceRows(under output: URL) throws -> [String: String] {
        let text = try file(named: "indicators.csv", under: output)
        var rows: [String: String] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 10, fields[1] == "province" else { continue }
            rows[fields[0] + "|" + fields[4]] = fields[5...7].joined(separator: ",")
        }
        return rows
    }

    /// The text of the one file named `name` under `folder`.
    static func file(named name: String, under folder: URL) throws -> String {
        let matches = try Folder.files(under: folder).filter {
            ($0.key as NSString).lastPathComponent == name
        }
        try #require(matches.count == 1, "one \(name) under \(folder.path), found \(matches.keys.sorted())")
        return String(decoding: matches.first!.value, as: UTF8.self)
    }
}
