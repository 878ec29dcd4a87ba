import ChiboCore
import Foundation
import Testing

@testable import Report

@Suite struct IndicatorFileTests {
    private let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("indicators-\(UUID().uuidString).csv").path

    private func read(_ body: String) throws(ReportError) -> [IndicatorRow] {
        _ = FileManager.default.createFile(atPath: path, contents: Data(body.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try IndicatorFile.read(path: path)
    }

    private let header =
        "indicator,scope,unit_id,unit_name,period,numerator,denominator,value,target,status\n"

    @Test func readsRowsAndSortsThemInSPECOrder() throws {
        let rows = try read(
            header
                + "admissions,province,TU,\"Tỉnh, ủy\",term,5,,5,>=2,met\n"
                + "admissions,province,TU,\"Tỉnh, ủy\",2017,3,,3,>=2,met\n"
                + "members_total,district,H1,Huyện,as_of,10,,10,,\n"
                + "members_total,province,TU,\"Tỉnh, ủy\",as_of,12,,12,,\n"
                + "task_assigned_ratio,province,TU,\"Tỉnh, ủy\",as_of,0,0,,>=100,\n")
        #expect(
            rows.map { "\($0.indicator) \($0.unitID) \($0.period.description)" } == [
                "members_total TU as_of", "members_total H1 as_of", "admissions TU 2017",
                "admissions TU term",
                "task_assigned_ratio TU as_of",
            ])
        #expect(rows[0].unitName == "Tỉnh, ủy")
        #expect(rows[4].value == nil && rows[4].denominator == 0 && rows[4].status == nil)
        #expect(rows[2].target == Target(comparator: .atLeast, value: DecimalNumber(2)))
    }

    @Test(arguments: [
        (
            "members_total,county,TU,T,as_of,1,,1,,",
            ":2:2: lỗi: cần 'province' hoặc 'district', nhận được 'county'"
        ),
        (
            "members_total,province,TU,T,2018-Q2,1,,1,,",
            ":2:5: lỗi: cần một năm, một năm bị cắt 'yyyy-mm-dd..yyyy-mm-dd', 'as_of' hoặc 'term', nhận được '2018-Q2'"
        ),
        (
            "members_total,province,TU,T,as_of,1,,84,5,,",
            ":2:9: lỗi: cần một chỉ tiêu như '>=75' hoặc để trống, nhận được '5'"
        ),
        (
            "members_total,province,TU,T,as_of,1,,1,=>1,",
            ":2:9: lỗi: cần một chỉ tiêu như '>=75' hoặc để trống, nhận được '=>1'"
        ),
        (
            "members_total,province,TU,T,as_of,x,,1,,",
            ":2:6: lỗi: cần một số nguyên hoặc để trống, nhận được 'x'"
        ),
        (
            "members_total,province,TU,T,as_of,1,,1,,ok",
            ":2:10: lỗi: cần 'met', 'not_met' hoặc để trống, nhận được 'ok'"
        ),
    ])
    func reportsTheFirstBadField(line: String, message: String) {
        #expect {
            _ = try read(header + line + "\n")
        } throws: { error in
            (error as? ReportError)?.description == path + message
                + "; tệp này do bước trước ghi ra: hãy chạy lại make"
                && (error as? ReportError)?.exitStatus == .data
        }
    }

    /// A problem past the first few thousand rows (where room for the rest is made) is
    /// still the first one met, at its line.
    @Test func aBadFieldPastTheFirstBatchesIsReportedAtItsLine() {
        let good = "members_total,district,H1,Huyện,as_of,10,,10,,\n"
        let body =
            header + String(repeating: good, count: 9_000) + "members_total,county,TU,T,as_of,1,,1,,\n" + good
            + "members_total,district,H1,\"Huyện,as_of,10,,10,,\n"
        #expect {
            _ = try read(body)
        } throws: { error in
            (error as? ReportError)?.description.hasPrefix(
                path + ":9002:2: lỗi: cần 'province' hoặc 'district', nhận được 'county'") == true
        }
    }

    /// A file the CSV reader cannot read past the first few thousand rows fails with the
    /// reader's problem.
    @Test func anUnreadableRecordPastTheFirstBatchesIsTheReadersProblem() throws {
        let good = "members_total,district,H1,Huyện,as_of,10,,10,,\n"
        // A quote never closed: the reader meets the end of the file inside a field.
        let body =
            header + String(repeating: good, count: 9_000)
            + "members_total,district,H1,\"Huyện,as_of,10,,10,,\n"
        _ = FileManager.default.createFile(atPath: path, contents: Data(body.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var expected: ReportError?
        do {
            var reader = try ColumnReader(path: path, columns: IndicatorRow.columns)
            while try reader.next() != nil {}
        } catch {
            expected = error
        }
        let problem = try #require(expected)
        #expect {
            _ = try IndicatorFile.read(path: path)
        } throws: { error in
            (error as? ReportError)?.description == problem.description
        }
    }

    @Test func aMissingColumnIsADataError() {
        #expect {
            _ = try read("indicator,scope,unit_id,unit_name,period,numerator,denominator,value,target\n")
        } throws: { error in
            (error as? ReportError)?.description
                == path
                + ":1: lỗi: thiếu cột 'status' trong tiêu đề; tệp này do bước trước ghi ra: hãy chạy lại make"
        }
    }

    @Test func aTargetWithManyDecimalsIsReadAndShownAsWritten() throws {
        // Ingest and the indicators stage accept any number of digits; so does the report.
        let rows = try read(
            header + "task_assigned_ratio,province,TU,T,as_of,3,4,75,>=75.1234567,not_met\n"
                + "members_total,province,TU,T,as_of,1234567890123,,1234567890123,,\n")
        #expect(rows[1].target?.description == ">=75.1234567")
        #expect(rows[1].targetText == "≥ 75,1234567%")
        #expect(rows[0].valueText == "1.234.567.890.123")
    }
}

/// indicators.csv read in two halves at once gives the rows, texts and problems of one
/// reader of the whole file.
@Suite struct IndicatorFileHalvesTests {
    private let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("indicators-halves-\(UUID().uuidString).csv").path

    private let header =
        "indicator,scope,unit_id,unit_name,period,numerator,denominator,value,target,status\n"

    private func rows(of body: String, halvingAbove: Int) throws(ReportError) -> [IndicatorRow] {
        _ = FileManager.default.createFile(atPath: path, contents: Data(body.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try IndicatorFile.read(path: path, halvingAbove: halvingAbove)
    }

    /// Each row's fields, its texts as bytes (`String` equality would not tell a
    /// decomposed name from a precomposed one).
    private func described(_ rows: [IndicatorRow]) -> [String] {
        rows.map { row in
            "\(Array(row.indicator.utf8)) \(row.scope) \(Array(row.unitID.utf8)) \(Array(row.unitName.utf8))"
                + " \(row.period) \(String(describing: row.numerator)) \(String(describing: row.denominator))"
                + " \(String(describing: row.value)) \(String(describing: row.target)) \(String(describing: row.status))"
        }
    }

    private func units(_ count: Int, name: (Int) -> String) -> String {
        (0..<count).map { unit in
            (2016...2020).map { year in
                "admission_rate,district,H\(unit),\(name(unit)),\(year),\(unit % 7),\(unit % 9 + 1),"
                    + "\(unit % 7 * 100 / (unit % 9 + 1)).5,>=75,\(unit % 2 == 0 ? "met" : "not_met")\n"
            }.joined()
        }.joined()
    }

    @Test func twoHalvesGiveTheRowsOfOneReader() throws {
        let body =
            header + units(800) { "Huyện số \($0)" } + "members_total,province,TU,Tỉnh,as_of,12,,12,,\n"
        let whole = try rows(of: body, halvingAbove: Int.max)
        let halves = try rows(of: body, halvingAbove: 0)
        #expect(whole.count == 4_001)
        #expect(described(halves) == described(whole))
    }

    /// A name met first precomposed, then decomposed past the middle, is shown as first met.
    @Test func aTextMetInAnotherFormPastTheMiddleTakesTheFirstForm() throws {
        let precomposed = "Huyện"
        let decomposed = "Huye\u{302}\u{323}n"
        #expect(Array(precomposed.utf8) != Array(decomposed.utf8))
        let body = header + units(400) { _ in precomposed } + units(400) { _ in decomposed }
        let whole = try rows(of: body, halvingAbove: Int.max)
        let halves = try rows(of: body, halvingAbove: 0)
        #expect(described(halves) == described(whole))
        #expect(whole.allSatisfy { Array($0.unitName.utf8) == Array(precomposed.utf8) })
    }

    /// A line start past the middle inside a quoted field is no record start, although
    /// the second reader reads rows from there: the rows are still those of one reader.
    @Test func aLineStartInsideAQuotedFieldIsNoRecordStart() throws {
        let before = header + units(400) { "Huyện \($0)" }
        let after = units(400) { "Huyện \($0 + 400)" }
        // From the line start inside the quotes on, a reader sees a valid row.
        let opening = "members_total,province,TU,\"Tỉnh\n"
        let closing = "\nadmissions,province,TU,Name\",as_of,12,,12,,\n"
        let low = before.utf8.count + opening.utf8.count
        let high = closing.utf8.count + after.utf8.count
        let padding = String(repeating: "a", count: abs(low - high) + 1_000)
        let body = before + opening + padding + closing + after
        _ = FileManager.default.createFile(atPath: path, contents: Data(body.utf8))
        let split = try #require(FileSplit(path: path, encoding: .utf8, above: 0))
        try? FileManager.default.removeItem(atPath: path)
        #expect(split.offset == low + padding.utf8.count + 1)
        let whole = try rows(of: body, halvingAbove: Int.max)
        let halves = try rows(of: body, halvingAbove: 0)
        #expect(described(halves) == described(whole))
        #expect(whole.count == 4_001)
    }

    /// A problem past the middle is reported at its line, as by one reader.
    @Test func aProblemPastTheMiddleIsReportedAtItsLine() {
        let body = header + units(800) { "Huyện \($0)" } + "members_total,county,TU,T,as_of,1,,1,,\n"
        #expect {
            _ = try rows(of: body, halvingAbove: 0)
        } throws: { error in
            (error as? ReportError)?.description.hasPrefix(
                path + ":4002:2: lỗi: cần 'province' hoặc 'district', nhận được 'county'") == true
        }
    }
}
