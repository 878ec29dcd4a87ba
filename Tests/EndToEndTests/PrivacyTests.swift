import ChiboTestSupport
import Foundation
import SampleData
import Testing

/// Personal data (member names and ids) is only in owner-only places, whatever the umask,
/// and aggregate outputs (indicators, report, spreadsheets, the ingest summary, what the
/// stages print) hold none of it.
///
/// The rule checked for every path under the output folder, folders included:
/// - a file that holds a member name or id of the input is owner-only: exactly 0600, in
///   either the output folder itself (`rejects.csv`) or an owner-only 0700 folder
///   (`normalized/`, `restricted/`); the folders above that one may be ordinary, since
///   the file itself is closed to others;
/// - the places meant for personal data are owner-only whatever they hold: every file
///   under `normalized/` and `restricted/` and every `rejects.*` of the output folder
///   0600, those folders 0700 (Office documents are searched in their decompressed parts);
/// - everything else is ordinary: files 0666 and folders 0777 narrowed by the umask the
///   stages ran under (0644/0755 under 022, 0666/0777 under 000).
@Suite struct PrivacyTests {
    /// One path under the output folder.
    struct Entry {
        var relative: String
        var isDirectory: Bool
        var mode: Int
        var contents: Data
    }

    static func entries(under output: URL) throws -> [Entry] {
        let base = output.standardizedFileURL.path
        var result: [Entry] = []
        let enumerator = try #require(FileManager.default.enumerator(atPath: base))
        while let relative = enumerator.nextObject() as? String {
            let path = base + "/" + relative
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let isDirectory = attributes[.type] as? FileAttributeType == .typeDirectory
            let mode = try #require(attributes[.posixPermissions] as? Int)
            var contents = isDirectory ? Data() : FileManager.default.contents(atPath: path) ?? Data()
            // Office documents are ZIP archives: search the text of their parts.
            if relative.hasSuffix(".xlsx") || relative.hasSuffix(".docx") {
                contents = Data(try ZipReader.allText(of: Array(contents)).utf8)
            }
            result.append(Entry(relative: relative, isDirectory: isDirectory, mode: mode, contents: contents))
        }
        return result.sorted { $0.relative < $1.relative }
    }

    /// The ids and names of the members accepted by ingest.
    static func memberIdsAndNames(output: URL) throws -> Set<String> {
        let members = try String(
            contentsOf: output.appendingPathComponent("normalized/members.csv"), encoding: .utf8)
        var secrets = Set<String>()
        for line in members.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count > 2 else { continue }
            secrets.insert(String(fields[0]))  // member_id
            secrets.insert(String(fields[1]))  // full_name (sample names hold no comma)
        }
        return secrets
    }

    /// The secrets found in `bytes`, searched as bytes (every output is UTF-8 NFC, like the
    /// names read back from normalized/members.csv): a thousand names through
    /// `String.contains` would take most of the test's time.
    static func leaked(_ secrets: Set<String>, in bytes: Data) -> [String] {
        bytes.withUnsafeBytes { haystack in
            secrets.filter { secret in
                var needle = secret
                return needle.withUTF8 { contains(haystack, $0) }
            }.sorted()
        }
    }

    private static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard let first = needle.first, let base = haystack.baseAddress, needle.count <= haystack.count else {
            return needle.isEmpty
        }
        var offset = 0
        let last = haystack.count - needle.count
        while offset <= last {
            guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
            offset = UnsafeRawPointer(hit) - base
            if memcmp(hit, needle.baseAddress!, needle.count) == 0 { return true }
            offset += 1
        }
        return false
    }

    /// Whether `relative` is one of the places meant for personal data.
    static func isPersonalPlace(_ relative: String) -> Bool {
        let components = relative.split(separator: "/")
        return components.first == "normalized" || components.contains("restricted")
            || (!relative.contains("/") && relative.hasPrefix("rejects."))
    }

    /// Every breach of the rule above, as readable lines.
    static func breaches(in entries: [Entry], secrets: Set<String>, umask: Int) -> [String] {
        let modes = Dictionary(uniqueKeysWithValues: entries.map { ($0.relative, $0.mode) })
        var breaches: [String] = []
        for entry in entries {
            let octal = String(entry.mode, radix: 8)
            if isPersonalPlace(entry.relative) {
                let expected = entry.isDirectory ? 0o700 : 0o600
                if entry.mode != expected {
                    breaches.append("\(entry.relative) is \(octal), expected \(String(expected, radix: 8))")
                }
            } else {
                let ordinary = (entry.isDirectory ? 0o777 : 0o666) & ~umask
                if entry.mode != ordinary {
                    breaches.append(
                        "\(entry.relative) is \(octal), expected ordinary \(String(ordinary, radix: 8))")
                }
            }
            guard !entry.isDirectory else { continue }
            let parent = (entry.relative as NSString).deletingLastPathComponent
            let isOwnerOnly = entry.mode == 0o600 && (parent.isEmpty || modes[parent] == 0o700)
            // An owner-only file may hold anything (an aggregate one breaks the mode rule
            // above); the others are searched, which keeps the search off the large tables.
            guard !isOwnerOnly, !leaked(secrets, in: entry.contents).isEmpty else { continue }
            breaches.append(
                "\(entry.relative) holds member data and is \(octal) or in a folder open to others")
        }
        return breaches
    }

    /// Checks an output folder and what the stages printed; `umask` is the one they ran under.
    static func check(output: URL, printed: [String], umask: Int, quarter: String) throws {
        let secrets = try memberIdsAndNames(output: output)
        try #require(secrets.count > 100)
        let entries = try entries(under: output)
        // The check must be able to fail: the personal places do hold member data.
        for relative in [
            "normalized/members.csv", "rejects.csv", "rejects.xlsx",
            "\(quarter)/restricted/probation_overdue.csv",
        ] {
            let entry = try #require(entries.first { $0.relative == relative }, "\(relative) missing")
            #expect(!leaked(secrets, in: entry.contents).isEmpty, "\(relative) should hold member data")
        }
        for name in ["indicators.csv", "indicators.xlsx", "report.docx"] {
            #expect(entries.contains { $0.relative == "\(quarter)/\(name)" }, "\(name) is checked too")
        }
        let breaches = breaches(in: entries, secrets: secrets, umask: umask)
        #expect(breaches.isEmpty, "umask \(String(umask, radix: 8)): \(breaches.prefix(5))")
        for text in printed {
            let found = leaked(secrets, in: Data(text.utf8))
            #expect(found.isEmpty, "member data printed: \(found.prefix(3))")
        }
    }

    /// A small generated sample: two district units, with members on both restricted lists.
    static func sampleInput(_ name: String) throws -> URL {
        let input = try Folder.temporary("chibo-e2e-\(name)").appendingPathComponent("input")
        _ = try SampleGenerator(configuration: SampleConfiguration(seed: 3, scale: 0.4)).write(to: input.path)
        return input
    }

    @Test(arguments: ["022", "000"])
    func personalDataIsOwnerOnlyWhateverTheUmask(umask: String) throws {
        let input = try Self.sampleInput("privacy-\(umask)")
        let output = input.deletingLastPathComponent().appendingPathComponent("output")
        let runs = try Pipeline.runAll(
            input: input, output: output, quarter: "2020-Q4", review: "tong-ket", umask: umask)
        try #require(runs.count == 3 && runs.allSatisfy { $0.status == 0 }, "\(runs.map(\.standardError))")
        try Self.check(
            output: output, printed: runs.flatMap { [$0.standardOutput, $0.standardError] },
            umask: try #require(Int(umask, radix: 8)), quarter: "tong-ket/2020-Q4")
    }

    @Test func makeUnderUmask000KeepsPersonalDataOwnerOnly() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/make") else {
            print("PrivacyTests: SKIPPED the make run: /usr/bin/make is not installed")
            return
        }
        let input = try Self.sampleInput("privacy-make")
        let output = input.deletingLastPathComponent().appendingPathComponent("output")
        // The executables of this test build stand in for the release ones (SWIFT=true
        // makes a rebuild a no-op), so that the test does not build twice.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", "umask 000 && exec make \"$@\"", "make", "--no-print-directory",
            "-C", Folder.packageRoot.path, "SWIFT=true", "BIN=\(Pipeline.productsFolder.path)",
            "INPUT=\(input.path)", "OUTPUT=\(output.path)", "QUARTER=2020-Q4", "REVIEW=tong-ket",
        ]
        let standardOutput = Pipe()
        let standardError = Pipe()
        process.standardOutput = standardOutput
        process.standardError = standardError
        try process.run()
        let printedOutput = String(
            decoding: standardOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let printedError = String(
            decoding: standardError.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "\(printedError)")
        try Self.check(
            output: output, printed: [printedOutput, printedError], umask: 0, quarter: "tong-ket/2020-Q4")
    }

    @Test func exposedOutputsOfAnEarlierRunAreNarrowedAndSaidOnce() throws {
        let input = try Pipeline.copyFixtureInput("pipeline-basic")
        let output = input.deletingLastPathComponent().appendingPathComponent("output")
        let first = try Pipeline.runAll(input: input, output: output)
        try #require(first.count == 3 && first.allSatisfy { $0.status == 0 })
        let secrets = try Self.memberIdsAndNames(output: output)
        let files = FileManager.default
        func setMode(_ mode: Int, _ relative: String) throws {
            try files.setAttributes([.posixPermissions: mode], ofItemAtPath: output.path + "/" + relative)
        }
        func mode(_ relative: String) throws -> Int? {
            try files.attributesOfItem(atPath: output.path + "/" + relative)[.posixPermissions] as? Int
        }
        // As an older version, a copy or a chmod could have left them.
        try setMode(0o755, "normalized")
        try setMode(0o644, "normalized/members.csv")
        try setMode(0o644, "rejects.csv")
        try setMode(0o755, "so-ket/2018-Q2/restricted")
        try setMode(0o644, "so-ket/2018-Q2/restricted/probation_overdue.csv")

        // Narrowed even by a run that stops on a bad input, before it reads anything.
        try files.removeItem(at: input.appendingPathComponent("members.csv"))
        let ingest = try Pipeline.run("chibo-ingest", ["--input", input.path, "--output", output.path])
        #expect(ingest.status != 0)
        let said = ingest.standardError.split(separator: "\n").filter { $0.contains("thu hẹp") }
        let normalized = output.path + "/normalized"
        let expected: [String] = [
            "chibo-ingest: đã thu hẹp quyền truy cập của \(normalized) (0755 → 0700)"
                + " vì thư mục chứa dữ liệu cá nhân",
            "chibo-ingest: đã thu hẹp quyền truy cập của 1 mục trong \(normalized)"
                + " (bỏ quyền của nhóm và người khác) vì chúng chứa dữ liệu cá nhân",
            "chibo-ingest: đã thu hẹp quyền truy cập của \(output.path)/rejects.csv (0644 → 0600)"
                + " vì tệp chứa dữ liệu cá nhân",
        ]
        #expect(said.map(String.init) == expected)
        #expect(try mode("normalized") == 0o700)
        #expect(try mode("normalized/members.csv") == 0o600)
        #expect(try mode("rejects.csv") == 0o600)

        let indicators = try Pipeline.run(
            "chibo-indicators",
            [
                "--normalized", output.path + "/normalized", "--output", output.path + "/so-ket/2018-Q2",
                "--review", "so-ket",
                "--quarter", "2018-Q2", "--term-start", "2016-01-01", "--meeting-deadline-day", "10",
            ])
        #expect(indicators.status == 0, "\(indicators.standardError)")
        #expect(
            indicators.standardError.contains(
                "chibo-indicators: đã thu hẹp quyền truy cập của \(output.path)/so-ket/2018-Q2/restricted (0755 → 0700)"
            ))
        #expect(try mode("so-ket/2018-Q2/restricted") == 0o700)
        #expect(try mode("so-ket/2018-Q2/restricted/probation_overdue.csv") == 0o600)

        // Once: a later run finds nothing to narrow and says nothing.
        let again = try Pipeline.run("chibo-ingest", ["--input", input.path, "--output", output.path])
        #expect(!again.standardError.contains("thu hẹp"))
        for text in [ingest.standardError, indicators.standardError, again.standardError] {
            #expect(Self.leaked(secrets, in: Data(text.utf8)).isEmpty, "a member named on stderr")
        }
    }
}
