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

    /// Rows read on another thread are handed over in batches of thousands: a problem past
    /// the first batches is still the first one met, at its line.
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

    /// A file the CSV reader cannot read past the first batches fails with the reader's
    /// problem, as when the records are read on the stage's thread.
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
