import ChiboTestSupport
import Foundation
import Testing

/// The stages' behaviour and messages through the executables: input names, the
/// quarterly window, the targets of `term` rows, the data-coverage warning, the messages
/// for people, and the indicators stage written as a whole.
@Suite struct StageBehaviourTests {
    /// A small export worked by hand: province T, district H, cell C1. Members admitted
    /// 2017-05-01 (M1), 2018-03-01 (M2) and 2018-08-01 (M3); C1 meets in 2017-12, 2018-01,
    /// 2018-02 and 2018-09 (data until 2018-09-05); C1 is inspected on 2018-02-01.
    static let smallExport: [String: String] = [
        "organizations.csv": """
        org_id,name,parent_id,level,kind,village_id,established_on,dissolved_on,has_regulations,merged_meetings,has_candidate_pool,has_admission_plan
        T,Tỉnh,,province,other,,,,,,,
        H,Huyện,T,district,other,,,,,,,
        C1,Chi bộ 1,H,grassroots_cell,other,,,,,,,

        """,
        "villages.csv":
            "village_id,name,commune_org_id,head_name,head_member_id,head_is_member,dissolved_on\n",
        "members.csv": """
        member_id,full_name,birth_date,gender,ethnicity,org_id,village_id,admitted_on,official_on,left_on,left_reason,exempt,task_assigned,roles,education,political_theory
        M1,Một,1980-01-01,,,C1,,2017-05-01,2018-05-01,,,,,,,
        M2,Hai,1981-01-01,,,C1,,2018-03-01,,,,,,,,
        M3,Ba,1982-01-01,,,C1,,2018-08-01,,,,,,,,

        """,
        "meetings.csv": """
        meeting_id,org_id,date,kind,has_resolution,quality,superior_attended
        G0,C1,2017-12-05,periodic,,,
        G1,C1,2018-01-05,periodic,,,
        G2,C1,2018-02-05,periodic,,,
        G3,C1,2018-09-05,periodic,,,

        """,
        "attendance.csv": "meeting_id,member_id,status\nG1,M1,present\n",
        "member_ratings.csv": "year,member_id,rating\n",
        "org_ratings.csv": "year,org_id,rating\n",
        "trainings.csv": "member_id,date,course\n",
        "inspections.csv": "org_id,date,inspector\nC1,2018-02-01,UBKT\n",
        "targets.csv": """
        indicator,comparator,value,from_year,to_year,scope
        admissions,>=,2,2016,2020,province
        cells_inspected_term,>=,50,2018,2020,
        committee_trained_ratio,>=,90,2016,2017,

        """,
    ]

    /// A fresh folder holding `input/` with `files` (name → text), and its `output/`.
    static func folders(_ name: String, files: [String: String] = smallExport) throws -> (
        input: URL, output: URL
    ) {
        let root = try Folder.temporary("chibo-stage-\(name)")
        let input = root.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for (file, text) in files { try Data(text.utf8).write(to: input.appendingPathComponent(file)) }
        return (input, root.appendingPathComponent("output"))
    }

    /// Runs chibo-indicators for `review` at `quarter`; returns the run.
    static func indicators(
        _ output: URL, review: String, quarter: String, termStart: String = "2016-01-01",
        folder: String? = nil
    ) throws -> Pipeline.Run {
        try Pipeline.run(
            "chibo-indicators",
            [
                "--normalized", output.appendingPathComponent("normalized").path, "--output",
                output.appendingPathComponent(folder ?? "\(review)/\(quarter)").path, "--review", review,
                "--quarter", quarter, "--term-start", termStart,
            ])
    }

    /// The rows of an indicators.csv, `indicator unit period` → `numerator,denominator,value,target,status`.
    static func rows(_ file: URL) throws -> [String: String] {
        var rows: [String: String] = [:]
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            rows["\(fields[0]) \(fields[2]) \(fields[4])"] = fields[5...].joined(separator: ",")
        }
        return rows
    }

    static func value(_ file: URL, key: String) throws -> String? {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            .first { $0.hasPrefix(key + ",") }.map { String($0.dropFirst(key.count + 1)) }
    }

    // MARK: Input files

    @Test func inputNamesAreMatchedWhateverTheirCaseAndOtherFilesAreListedOnce() throws {
        var files = Self.smallExport
        files["Members.CSV"] = files.removeValue(forKey: "members.csv")
        files["members (1).csv"] = "anything"
        files["ghi chú.txt"] = "notes"
        files[".DS_Store"] = "system"
        let (input, output) = try Self.folders("names", files: files)
        let run = try Pipeline.run("chibo-ingest", ["--input", input.path, "--output", output.path])
        #expect(run.status == 0, "\(run.standardError)")
        // Members.CSV is members.csv: its three rows are read.
        #expect(run.standardOutput.contains("members.csv: đọc 3 dòng, nhận 3, loại 0, 0 cảnh báo"))
        let rejects = try String(contentsOf: output.appendingPathComponent("rejects.csv"), encoding: .utf8)
        let ignored = rejects.split(separator: "\n").filter { $0.contains(",file.ignored,notice,") }
        // One notice per other file, the hidden one skipped, sorted by name.
        #expect(ignored.map { String($0.prefix { $0 != "," }) } == ["ghi chú.txt", "members (1).csv"])
        for line in ignored {
            for expected in [
                "organizations.csv", "members.csv", "attendance.csv", "targets.csv", "org_ratings.csv",
            ] {
                #expect(line.contains(expected), "\(line)")
            }
        }
        // The same notices on standard error, once each.
        let notices = run.standardError.split(separator: "\n")
        #expect(notices.count == 2, "\(run.standardError)")
        #expect(notices.first?.hasPrefix("chibo-ingest: ghi chú.txt: lưu ý: Tệp không thuộc") == true)
    }

    @Test func everyMissingColumnIsNamedInOneMessage() throws {
        var files = Self.smallExport
        files["members.csv"] = "member_id,full_name,admitted_on\nM1,Một,2017-05-01\n"
        let (input, output) = try Self.folders("columns", files: files)
        let run = try Pipeline.run("chibo-ingest", ["--input", input.path, "--output", output.path])
        #expect(run.status == 65)
        let lines = run.standardError.split(separator: "\n")
        #expect(lines.count == 1, "\(run.standardError)")
        #expect(
            run.standardError.hasPrefix(
                "members.csv:1:1: lỗi: thiếu 2 cột bắt buộc 'birth_date' (Ngày sinh), 'org_id' (Mã chi bộ). "),
            "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("rejects.csv").path))
    }

    @Test func aMissingFileNamesTheFolderSearched() throws {
        var files = Self.smallExport
        files["meetings.csv"] = nil
        let (input, output) = try Self.folders("missing", files: files)
        let run = try Pipeline.run("chibo-ingest", ["--input", input.path, "--output", output.path])
        #expect(run.status == 66)
        #expect(
            run.standardError
                == "meetings.csv: lỗi: thiếu tệp bắt buộc; đã tìm trong thư mục '\(input.path)' (tên tệp không phân"
                + " biệt chữ hoa, chữ thường). Đặt tệp xuất đó vào thư mục đầu vào (INPUT) với đúng tên, rồi chạy lại.\n"
        )
    }

    // MARK: Review window and targets

    @Test func theQuarterlyWindowIsTheYearToDate() throws {
        let (input, output) = try Self.folders("window")
        #expect(
            try Pipeline.run("chibo-ingest", ["--input", input.path, "--output", output.path]).status == 0)

        // quy 2018-Q3: [2018-01-01, 2018-09-30]; M2 and M3 admitted inside it, M1 (2017) not.
        let quarterly = try Self.indicators(output, review: "quy", quarter: "2018-Q3")
        #expect(quarterly.status == 0, "\(quarterly.standardError)")
        let folder = output.appendingPathComponent("quy/2018-Q3")
        #expect(
            try Self.value(folder.appendingPathComponent("review.csv"), key: "window_start") == "2018-01-01")
        let rows = try Self.rows(folder.appendingPathComponent("indicators.csv"))
        let admissions = rows.filter { $0.key.hasPrefix("admissions T ") }
        #expect(
            admissions == [
                "admissions T 2018-01-01..2018-09-30": "2,,2,>=2,",
                "admissions T term": "2,,2,,",
            ])

        // The same quarter of a sơ kết covers the term: 2016 0, 2017 1, 2018 to date 2, term 3.
        #expect(try Self.indicators(output, review: "so-ket", quarter: "2018-Q3").status == 0)
        let term = try Self.rows(output.appendingPathComponent("so-ket/2018-Q3/indicators.csv"))
        #expect(
            term.filter { $0.key.hasPrefix("admissions T ") } == [
                "admissions T 2016": "0,,0,>=2,not_met",
                "admissions T 2017": "1,,1,>=2,not_met",
                "admissions T 2018-01-01..2018-09-30": "2,,2,>=2,",
                "admissions T term": "3,,3,,",
            ])

        // A term starting inside the year clips the quarterly window: [2018-04-01, 2018-09-30].
        let late = try Self.indicators(
            output, review: "quy", quarter: "2018-Q3", termStart: "2018-04-01", folder: "late/quy")
        #expect(late.status == 0, "\(late.standardError)")
        let lateFolder = output.appendingPathComponent("late/quy")
        #expect(
            try Self.value(lateFolder.appendingPathComponent("review.csv"), key: "window_start")
                == "2018-04-01")
        #expect(
            try Self.rows(lateFolder.appendingPathComponent("indicators.csv")).filter {
                $0.key.hasPrefix("admissions T ")
            } == ["admissions T 2018-04-01..2018-09-30": "1,,1,>=2,", "admissions T term": "1,,1,,"])
    }

    @Test func termRowsOfTermOnlyIndicatorsAreJudgedByTheYearOfAsOf() throws {
        let (input, output) = try Self.folders("targets")
        #expect(
            try Pipeline.run("chibo-ingest", ["--input", input.path, "--output", output.path]).status == 0)
        #expect(try Self.indicators(output, review: "so-ket", quarter: "2018-Q3").status == 0)
        let rows = try Self.rows(output.appendingPathComponent("so-ket/2018-Q3/indicators.csv"))
        // C1 inspected once in the term: 1/1 = 100 against >=50 for 2018–2020 (AS_OF in 2018).
        #expect(rows["cells_inspected_term T term"] == "1,1,100,>=50,met")
        // The committee target ends in 2017: not applied at AS_OF 2018-09-30 (no committee: 0/0).
        #expect(rows["committee_trained_ratio T term"] == "0,0,,,")
        // Admissions' term row: a total over several years, no target.
        #expect(rows["admissions T term"] == "3,,3,,")
    }

    // MARK: Data coverage and messages

    @Test func aReviewAfterTheDataEndsIsWarned() throws {
        let (input, output) = try Self.folders("coverage")
        #expect(
            try Pipeline.run("chibo-ingest", ["--input", input.path, "--output", output.path]).status == 0)
        // The data reach 2018-09-05, so 2018-Q3 is covered and 2019-Q1 is not.
        let covered = try Self.indicators(output, review: "so-ket", quarter: "2018-Q3")
        #expect(covered.status == 0)
        #expect(covered.standardError.isEmpty, "\(covered.standardError)")
        let after = try Self.indicators(output, review: "tong-ket", quarter: "2019-Q1")
        #expect(after.status == 0)
        #expect(
            after.standardError
                == "chibo-indicators: cảnh báo: dữ liệu chỉ đến ngày 05/09/2018 (buổi sinh hoạt chi bộ muộn nhất"
                + " được nhận): các số liệu sau quý 3/2018, đến 31/03/2019, chưa đầy đủ; hãy xuất lại dữ liệu mới"
                + " nhất vào INPUT, hoặc chọn QUARTER không sau 2018-Q3\n")
    }

    @Test(arguments: ["chibo-ingest", "chibo-indicators", "chibo-report"])
    func helpSucceedsAndSaysWhatTheStageDoes(executable: String) throws {
        let run = try Pipeline.run(executable, ["--help"])
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("cách dùng: \(executable) "))
        #expect(run.standardError.isEmpty)
    }

    @Test(arguments: [
        ("chibo-ingest", ["--input", "a b"], "chibo-ingest: lỗi: cần --input THƯ_MỤC --output THƯ_MỤC"),
        ("chibo-indicators", ["--quarter", "2018Q2"], "chibo-indicators: lỗi: "),
        (
            "chibo-report", ["--output", "out", "--review", "nam", "--quarter", "2018-Q2"],
            "chibo-report: lỗi: cần --review"
        ),
    ])
    func aBadCommandLineIsOneVietnameseLineAndExit64(executable: String, arguments: [String], prefix: String)
        throws
    {
        let run = try Pipeline.run(executable, arguments)
        #expect(run.status == 64)
        #expect(run.standardError.hasPrefix(prefix), "\(run.standardError)")
        #expect(!run.standardError.contains(":0:0:"))
    }

    @Test func eachStageSaysInOneLineWhatItWroteWhereAndNamesNoMember() throws {
        let (input, output) = try Self.folders("success")
        let ingest = try Pipeline.run("chibo-ingest", ["--input", input.path, "--output", output.path])
        let ingestLines = ingest.standardOutput.split(separator: "\n").map(String.init)
        // One summary per input file (SPEC "Bad input"), then the one line of what was written.
        #expect(ingestLines.count == 11)
        #expect(
            ingestLines.last
                == "chibo-ingest: đã ghi \(output.path)/normalized/ (15 dòng được nhận), \(output.path)/rejects.csv"
                + " và rejects.xlsx (0 dòng bị loại), ingest_summary.csv")
        let indicators = try Self.indicators(output, review: "so-ket", quarter: "2018-Q3")
        let rowCount =
            try String(
                contentsOf: output.appendingPathComponent("so-ket/2018-Q3/indicators.csv"), encoding: .utf8
            ).split(separator: "\n").count - 1
        #expect(
            indicators.standardOutput
                == "chibo-indicators: đã ghi \(output.path)/so-ket/2018-Q3/indicators.csv (\(rowCount) dòng),"
                + " review.csv và restricted/ (0 đảng viên quá hạn dự bị, 0 đảng viên cần xem xét vì vắng sinh hoạt);"
                + " kỳ số liệu 01/01/2016–30/09/2018\n")
        let report = try Pipeline.run(
            "chibo-report", ["--output", output.path, "--review", "so-ket", "--quarter", "2018-Q3"])
        #expect(report.status == 0, "\(report.standardError)")
        #expect(
            report.standardOutput
                == "chibo-report: đã ghi \(output.path)/so-ket/2018-Q3/report.txt, report.html, indicators_wide.csv,"
                + " indicators_wide_vi.csv, indicators.xlsx và report.docx\n")
        for run in [ingest, indicators, report] {
            for secret in ["M1", "M2", "M3", "Một", "Hai", "Ba,"] {
                #expect(
                    !run.standardOutput.contains(secret) && !run.standardError.contains(secret), "\(secret)")
            }
        }
    }

    // MARK: The indicators stage as a whole

    /// Runs `executable` under a file-size limit of `blocks` (`ulimit -f`, which binds root
    /// too: the stand-in for a full disk).
    static func runLimited(blocks: Int, _ executable: String, _ arguments: [String]) throws -> Pipeline.Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments =
            [
                "-c", "ulimit -f \(blocks) && exec \"$0\" \"$@\"",
                Pipeline.productsFolder.appendingPathComponent(executable).path,
            ]
            + arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Pipeline.Run(
            status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }

    @Test func aFirstIngestThatCannotWriteLeavesNothingBehind() throws {
        // Fifty more members: normalized/members.csv outgrows a 512-byte limit.
        var files = Self.smallExport
        files["members.csv"]! += (100..<150).map {
            "M\($0),Tên,1980-01-01,,,C1,,2010-01-01,2011-01-01,,,,,,,\n"
        }
        .joined()
        let (input, output) = try Self.folders("ingest-limit", files: files)
        let run = try Self.runLimited(
            blocks: 1, "chibo-ingest", ["--input", input.path, "--output", output.path])
        #expect(run.status == 74, "\(run.standardError)")
        #expect(run.standardError.contains(": lỗi: không ghi được: đĩa đã đầy"), "\(run.standardError)")
        #expect(!run.standardError.contains(".tmp-"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aFailedIndicatorsRunLeavesThePreviousReviewExactlyAsItWas() throws {
        let (input, output) = try Self.folders("atomic")
        #expect(
            try Pipeline.run("chibo-ingest", ["--input", input.path, "--output", output.path]).status == 0)
        #expect(try Self.indicators(output, review: "so-ket", quarter: "2018-Q3").status == 0)
        let folder = output.appendingPathComponent("so-ket/2018-Q3")
        let before = try Folder.files(under: folder)
        // The small files (review.csv, the restricted lists) fit under the limit, indicators.csv
        // does not (512-byte blocks under dash, 1024 under bash: 2 or 4 KiB).
        let sizes = before.mapValues(\.count)
        try #require(sizes["indicators.csv"]! > 4096)
        try #require(sizes.filter { $0.key != "indicators.csv" }.values.allSatisfy { $0 < 2048 })

        // Another window, so that every file would change, on a "disk" that fills up.
        let arguments = [
            "--normalized", output.appendingPathComponent("normalized").path, "--output", folder.path,
            "--review", "so-ket", "--quarter", "2018-Q3", "--term-start", "2017-01-01",
        ]
        let run = try Self.runLimited(blocks: 4, "chibo-indicators", arguments)
        #expect(run.status == 74, "\(run.standardError)")
        #expect(
            run.standardError
                == "\(folder.path)/indicators.csv: lỗi: không ghi được: đĩa đã đầy hoặc vượt giới hạn dung lượng;"
                + " hãy giải phóng chỗ trống rồi chạy lại; các kết quả của lần chạy trước (indicators.csv,"
                + " review.csv, restricted/) vẫn giữ nguyên\n")
        #expect(!run.standardError.contains(".tmp-"))
        // review.csv and restricted/ were written before indicators.csv failed, yet nothing
        // replaced the previous files, and no temporary is left.
        #expect(try Folder.files(under: folder) == before)
        let restricted = try FileManager.default.attributesOfItem(atPath: folder.path + "/restricted")
        #expect(restricted[.posixPermissions] as? Int == 0o700)

        // A first run that fails leaves no review folder behind.
        let first = try Self.runLimited(
            blocks: 4, "chibo-indicators",
            [
                "--normalized", output.appendingPathComponent("normalized").path, "--output",
                output.appendingPathComponent("tong-ket/2018-Q4").path, "--review", "tong-ket", "--quarter",
                "2018-Q4", "--term-start", "2016-01-01",
            ])
        #expect(first.status == 74, "\(first.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("tong-ket").path))

        // Without the limit the same run replaces every file.
        let free = try Pipeline.run("chibo-indicators", arguments)
        #expect(free.status == 0, "\(free.standardError)")
        let after = try Folder.files(under: folder)
        #expect(after["review.csv"] != before["review.csv"])
        #expect(after["indicators.csv"] != before["indicators.csv"])
    }
}
