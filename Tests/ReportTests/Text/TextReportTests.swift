import ChiboCore
import Foundation
import Testing

@testable import Report

/// The rules of report.txt, each on a small hand-made review.
@Suite struct TextReportTests {
    static let units = [("H01", "Huyện ủy Lạc Sơn"), ("H02", "Thành ủy Hòa Bình")]

    /// The rows of a quarterly review at the fourth quarter of `year`, the same figures
    /// every year unless `members` says otherwise: a point-in-time count with no target,
    /// a point-in-time ratio with a target, a per-year count with a target.
    static func quarterlyRows(year: Int, members: Int = 1234) -> [IndicatorRow] {
        func row(
            _ indicator: String, _ scope: TargetScope, _ unit: String, _ period: Period, _ value: String,
            numerator: Int? = nil, denominator: Int? = nil, target: String? = nil,
            status: IndicatorRow.Status? = nil
        )
            -> IndicatorRow
        {
            IndicatorRow(
                indicator: indicator, scope: scope, unitID: unit,
                unitName: scope == .province ? "Đảng bộ tỉnh Hòa Bình" : units.first { $0.0 == unit }!.1,
                period: period, numerator: numerator ?? Int(value), denominator: denominator,
                value: DecimalNumber(value), target: target.flatMap { Target($0) }, status: status)
        }
        var rows: [IndicatorRow] = []
        rows.append(row("members_total", .province, "TU", .asOf, String(members)))
        for (id, _) in units { rows.append(row("members_total", .district, id, .asOf, "600")) }
        rows.append(row("admissions", .province, "TU", .year(year), "45", target: ">=50", status: .notMet))
        for (id, _) in units { rows.append(row("admissions", .district, id, .year(year), "20")) }
        rows.append(row("admissions", .province, "TU", .term, "45"))
        rows.append(
            row(
                "village_head_member_ratio", .province, "TU", .asOf, "92.1", numerator: 921,
                denominator: 1000,
                target: ">=75", status: .met))
        rows.append(
            row(
                "village_head_member_ratio", .district, "H01", .asOf, "95", numerator: 95, denominator: 100,
                target: ">=75", status: .met))
        rows.append(
            row(
                "village_head_member_ratio", .district, "H02", .asOf, "70", numerator: 70, denominator: 100,
                target: ">=75", status: .notMet))
        return rows.sorted(by: IndicatorRow.precedes)
    }

    static func record(_ name: String, start: String, previous: String?, until: String = "2030-12-20")
        -> ReviewRecord
    {
        ReviewRecord(
            review: ReviewName(name)!, windowStart: Day(iso: start)!, meetingDeadlineDay: 10,
            previous: previous.flatMap { ReviewName($0) }, inputSHA256: "0", dataUntil: Day(iso: until))
    }

    /// The quarterly review at the fourth quarter of `year`, compared with the year before.
    static func quarterlyReport(year: Int, members: Int = 1234, previousMembers: Int = 1234) -> String {
        let name = ReviewName(kind: .quarterly, quarter: Quarter(year: year, number: 4))
        let previous = name.sameQuarterOfThePreviousYear!
        let comparison = IndicatorComparison(
            old: quarterlyRows(year: year - 1, members: previousMembers), oldReview: previous,
            new: quarterlyRows(year: year, members: members), newReview: name)
        return TextReport(
            quarter: name.quarter, review: .quarterly,
            indicators: quarterlyRows(year: year, members: members),
            ingestSummaries: [], rejectCounts: [], comparison: comparison,
            record: record(
                name.description, start: "\(year)-01-01", previous: previous.description,
                until: "\(year)-12-20"),
            previousRecord: record(previous.description, start: "\(year - 1)-01-01", previous: nil)
        ).rendered()
    }

    /// The line with each run of spaces made one, to compare cells without their padding.
    static func squeezed(_ line: String) -> String {
        line.replacingOccurrences(of: " +", with: " ", options: .regularExpression)
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func theSummaryOfTargetsMetComesFirstAndSaysWhatItCounts() throws {
        let text = Self.quarterlyReport(year: 2020)
        let lines = Self.lines(text)
        let summary = try #require(lines.firstIndex { $0.hasPrefix("KẾT QUẢ CHUNG:") })
        #expect(lines[summary] == "KẾT QUẢ CHUNG: đạt 1/2 chỉ tiêu.")
        #expect(lines[summary + 1].hasPrefix("  Cách đếm: mỗi chỉ tiêu toàn tỉnh"))
        // The same count for the review compared with.
        #expect(lines.contains("  Cùng kỳ năm trước (quy/2019-Q4): đạt 1/2 chỉ tiêu."))
        // Before any section with figures.
        #expect(summary < lines.firstIndex { $0.hasPrefix("I. ") }!)
        #expect(text.contains("3. Kết nạp đảng viên mới (năm 2020): 45, mục tiêu ≥ 50."))
    }

    @Test func theWindowAndTheDataCoverageComeBeforeAnyFigure() throws {
        let name = ReviewName("quy/2025-Q4")!
        let text = TextReport(
            quarter: name.quarter, review: .quarterly, indicators: Self.quarterlyRows(year: 2025),
            ingestSummaries: nil, rejectCounts: nil, comparison: nil,
            record: Self.record("quy/2025-Q4", start: "2025-01-01", previous: nil, until: "2020-12-28")
        ).rendered()
        let lines = Self.lines(text)
        let window = try #require(
            lines.firstIndex { $0.hasPrefix("Thời gian đánh giá: từ 01/01/2025 đến 31/12/2025") })
        let warning = try #require(
            lines.firstIndex { $0.hasPrefix("LƯU Ý: dữ liệu chỉ có đến ngày 28/12/2020") })
        let firstFigure = try #require(lines.firstIndex { $0.hasPrefix("KẾT QUẢ CHUNG") })
        #expect(window < firstFigure && warning < firstFigure)
        #expect(text.contains("chưa đầy đủ"))
    }

    @Test func percentagesAreAlwaysPrintedWithTwoDecimals() {
        let whole = Self.quarterlyReport(year: 2020)
        // The appendix quotes the catalog's "trên 85%", which is not a figure.
        let text = String(whole[..<whole.range(of: "PHỤ LỤC")!.lowerBound])
        #expect(text.contains("92,10%"))
        #expect(text.contains("95,00%"))
        #expect(text.contains("70,00%"))
        #expect(text.contains("≥ 75,00%"))
        // No percentage with fewer decimals anywhere.
        let short = try! NSRegularExpression(pattern: "(^|[^0-9,])[0-9.]+(,[0-9])?%")
        #expect(short.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil)
    }

    @Test func twoQuarterlyReviewsAYearApartOfUnchangedDataDifferOnlyInTheirHeader() {
        let earlier = Self.lines(Self.quarterlyReport(year: 2019))
        let later = Self.lines(Self.quarterlyReport(year: 2020))
        #expect(earlier.count == later.count)
        let changed = zip(earlier, later).filter { $0 != $1 }.map(\.1)
        #expect(
            changed == [
                "BÁO CÁO QUÝ IV NĂM 2020 VỀ TÌNH HÌNH",
                "Kỳ đánh giá: báo cáo quý IV năm 2020 (quy/2020-Q4).",
                "Thời gian đánh giá: từ 01/01/2020 đến 31/12/2020 (1 năm).",
                "Thời điểm báo cáo (ngày tính các số liệu thời điểm): 31/12/2020.",
                "Dữ liệu đến ngày 20/12/2020 (buổi sinh hoạt chi bộ muộn nhất được tiếp nhận).",
                "So sánh với: quy/2019-Q4, cùng kỳ năm trước (từ 01/01/2019 đến 31/12/2019).",
                "  Cùng kỳ năm trước (quy/2019-Q4): đạt 1/2 chỉ tiêu.",
                "    3. Kết nạp đảng viên mới (năm 2020): 45, mục tiêu ≥ 50.",
                // Section IV repeats which review is compared with.
                "  So sánh với: quy/2019-Q4, cùng kỳ năm trước (từ 01/01/2019 đến 31/12/2019).",
            ])
        // No line carries the review date.
        #expect(!later.contains { $0.contains("Tại 31/12") })
    }

    @Test func aChangedFigureIsTheOnlyOtherLineThatDiffers() {
        let earlier = Self.lines(Self.quarterlyReport(year: 2019))
        let later = Self.lines(Self.quarterlyReport(year: 2020, members: 1300))
        let header = Set(Self.lines(Self.quarterlyReport(year: 2020)))
        let changed = zip(earlier, later).filter { $0 != $1 && !header.contains($1) }.map(\.1)
        // Section II (this year, a year earlier, the difference), section III and the
        // count of changed rows in section IV.
        #expect(
            changed.map(Self.squeezed) == [
                " 1. Tổng số đảng viên 1.300 1.234 +66", " 1. Tổng số đảng viên 1.300 600 600",
                " Số dòng so sánh được: 10, trong đó thay đổi 1; chỉ có ở kỳ này: 0.",
            ])
    }

    @Test func theQuarterlyReviewShowsTheSamePeriodAYearEarlierSideBySide() throws {
        let text = Self.quarterlyReport(year: 2020, members: 1300, previousMembers: 1200)
        let lines = Self.lines(text)
        let heading = try #require(lines.firstIndex { $0.contains("Năm nay") })
        #expect(lines[heading - 1].contains("Cùng kỳ"))
        #expect(lines[heading].contains("năm trước"))
        let members = try #require(lines.first { $0.hasPrefix("  1. Tổng số đảng viên") })
        #expect(Self.squeezed(members) == " 1. Tổng số đảng viên 1.300 1.200 +100")
        // The year to date 2020 is matched with 2019.
        let admissions = try #require(lines.first { $0.hasPrefix("  3. Kết nạp đảng viên mới  ") })
        #expect(Self.squeezed(admissions) == " 3. Kết nạp đảng viên mới ≥ 50 45 45 0 không đạt")
        #expect(!text.contains("Năm\n2019"))
    }

    @Test func districtUnitsStandSideBySideInGroupsThatFitTheLine() throws {
        // Nine district units: more than fit 100 columns.
        var rows: [IndicatorRow] = [TargetSummaryTests.row("members_total", "as_of", "9000")]
        for index in 1...9 {
            var row = TargetSummaryTests.row(
                "members_total", "as_of", String(1000 * index), scope: .district, unit: "H0\(index)")
            row.unitName = "Huyện ủy Số \(index)"
            rows.append(row)
        }
        let text = TextReport(
            quarter: Quarter("2020-Q4")!, review: .final, indicators: rows, ingestSummaries: nil,
            rejectCounts: nil, comparison: nil
        ).rendered()
        let section = String(text[text.range(of: "III. ")!.lowerBound..<text.range(of: "IV. ")!.lowerBound])
        let lines = Self.lines(section)
        #expect(lines.allSatisfy { $0.displayWidth <= 100 })
        // Units are columns: each id once in a heading line, the indicator once per group.
        let headings = lines.filter { $0.contains("H01") || $0.contains("H09") }
        #expect(headings.count == 2)
        let indicatorLines = lines.filter { $0.hasPrefix("  1. Tổng số đảng viên") }
        #expect(indicatorLines.count >= 2)
        #expect(indicatorLines[0].contains("9.000") && indicatorLines[0].contains("1.000"))
        #expect(indicatorLines.last!.hasSuffix("9.000"))
        #expect(lines.contains { $0.contains("Toàn tỉnh") })
    }

    @Test func aSoKetShowsEveryYearAsAColumnAndTheWholeWindow() throws {
        let rows = [
            TargetSummaryTests.row("admissions", "2016", "60", target: ">=50", status: .met),
            TargetSummaryTests.row("admissions", "2017", "45", target: ">=50", status: .notMet),
            TargetSummaryTests.row("admissions", "2018-01-01..2018-06-30", "20", target: ">=50"),
            TargetSummaryTests.row("admissions", "term", "125"),
        ]
        let text = TextReport(
            quarter: Quarter("2018-Q2")!, review: .midTerm, indicators: rows, ingestSummaries: nil,
            rejectCounts: nil, comparison: nil
        ).rendered()
        let lines = Self.lines(text)
        let header = try #require(lines.firstIndex { $0.contains("(đến 30/06)") })
        #expect(
            lines[header - 1].contains("Năm") && lines[header].contains("2016")
                && lines[header].contains("Cả kỳ"))
        let values = try #require(lines.first { $0.hasPrefix("  3. Kết nạp đảng viên mới  ") })
        #expect(Self.squeezed(values) == " 3. Kết nạp đảng viên mới 60 45 20 125")
        #expect(text.contains("So sánh: không có (chưa chỉ định kỳ trước"))
    }

    @Test func aComparisonOfWindowsOfAnotherLengthSaysSoNextToIt() throws {
        let old = [TargetSummaryTests.row("members_total", "as_of", "1200")]
        let new = [TargetSummaryTests.row("members_total", "as_of", "1234")]
        let comparison = IndicatorComparison(
            old: old, oldReview: ReviewName("so-ket/2018-Q2")!, new: new,
            newReview: ReviewName("tong-ket/2020-Q4")!)
        let text = TextReport(
            quarter: Quarter("2020-Q4")!, review: .final, indicators: new, ingestSummaries: nil,
            rejectCounts: nil,
            comparison: comparison,
            record: Self.record("tong-ket/2020-Q4", start: "2016-01-01", previous: "so-ket/2018-Q2"),
            previousRecord: Self.record("so-ket/2018-Q2", start: "2016-01-01", previous: nil)
        ).rendered()
        let lines = Self.lines(text)
        let statement = try #require(
            lines.firstIndex { $0.hasPrefix("So sánh với: so-ket/2018-Q2 (từ 01/01/2016 đến 30/06/2018).") })
        #expect(
            lines[statement + 1].hasPrefix(
                "  Lưu ý: hai kỳ so sánh dài khác nhau (5 năm so với 2 năm 6 tháng)"))
        // And again in section IV.
        #expect(lines.filter { $0.contains("Lưu ý: hai kỳ so sánh dài khác nhau") }.count == 2)
        let members = try #require(lines.first { $0.hasPrefix("  1. Tổng số đảng viên") })
        #expect(Self.squeezed(members) == " 1. Tổng số đảng viên 1.234 1.200 +34")
    }

    @Test func sectionOneNamesEveryCodeWithItsMeaningAndEncodingsInWords() {
        let text = TextReport(
            quarter: Quarter("2020-Q4")!, review: .final, indicators: [],
            ingestSummaries: [
                FileSummary(
                    fileName: "members.csv", encoding: "Windows-1258", delimiter: "semicolon", rowsRead: 3,
                    rowsAccepted: 2, rowsRejected: 1, warnings: 0),
                FileSummary(
                    fileName: "villages.csv", encoding: "UTF-8 with BOM", delimiter: "comma", rowsRead: 1,
                    rowsAccepted: 1, rowsRejected: 0, warnings: 0),
            ],
            rejectCounts: [
                RejectCount(severity: .error, code: "attendance.duplicate", count: 2),
                RejectCount(severity: .notice, code: "something.new", count: 1),
            ],
            comparison: nil
        ).rendered()
        #expect(text.contains("Windows-1258") && text.contains("(tiếng Việt)"))
        #expect(text.contains("UTF-8 có BOM"))
        #expect(!text.contains("with BOM"))
        #expect(text.contains("attendance.duplicate"))
        #expect(
            text.contains(
                ProblemCode.attendanceDuplicate.fix.split(separator: " ").prefix(3).joined(separator: " ")))
        #expect(text.contains("something.new") && text.contains("(mã không có trong danh mục)"))
    }

    @Test func sectionFiveCountsMembersToReviewWithoutNames() throws {
        let rows = [
            TargetSummaryTests.row("probation_overdue", "as_of", "2", target: "=0", status: .notMet),
            TargetSummaryTests.row("absence_removal_candidates", "2019", "3"),
            TargetSummaryTests.row("absence_removal_candidates", "2020", "1"),
        ]
        let text = TextReport(
            quarter: Quarter("2020-Q4")!, review: .final, indicators: rows, ingestSummaries: nil,
            rejectCounts: nil, comparison: nil
        ).rendered()
        #expect(
            text.contains(
                "\nV. ĐẢNG VIÊN CẦN XEM XÉT (danh sách trong thư mục restricted/, hạn chế truy cập)\n"))
        #expect(!text.contains("HẠN CHẾ\n"))
        let section = String(
            text[text.range(of: "\nV. ")!.lowerBound..<text.range(of: "PHỤ LỤC")!.lowerBound])
        let lines = Self.lines(section)
        #expect(lines.contains { $0.hasPrefix("    thời điểm báo cáo") && $0.hasSuffix(" 2") })
        #expect(lines.contains { $0.hasPrefix("    năm 2019") && $0.hasSuffix(" 3") })
        #expect(lines.contains { $0.hasPrefix("    năm 2020") && $0.hasSuffix(" 1") })
    }

    @Test func theAppendixDefinesEveryIndicatorWithItsSource() {
        let text = TextReport(
            quarter: Quarter("2020-Q4")!, review: .final, indicators: [], ingestSummaries: nil,
            rejectCounts: nil,
            comparison: nil
        ).rendered()
        let appendix = String(text[text.range(of: "PHỤ LỤC. ĐỊNH NGHĨA CÁC CHỈ TIÊU")!.lowerBound...])
        let flat = appendix.replacingOccurrences(of: "\n +", with: " ", options: .regularExpression)
        for code in IndicatorCode.allCases {
            let definition = code.definition
            #expect(flat.contains("\(code.catalogNumber). \(definition.vietnameseName) ("), "\(code)")
            #expect(flat.contains(definition.vietnameseDefinition), "\(code)")
        }
        #expect(flat.contains("Nguồn: 002 B.I."))
        #expect(flat.contains("Nguồn: Điều lệ, Điều 8."))
        #expect(flat.contains("002: Nghị quyết của Ban Thường vụ Tỉnh ủy"))
    }

    @Test func everyLineFitsOneHundredColumnsWithoutTrailingSpaces() {
        for text in [Self.quarterlyReport(year: 2020), Self.quarterlyReport(year: 2021, members: 99_999_999)]
        {
            for line in Self.lines(text) {
                #expect(line.displayWidth <= 100, "\(line)")
                #expect(!line.hasSuffix(" "), "\(line)")
            }
            #expect(text == text.precomposedStringWithCanonicalMapping)
            #expect(text.hasSuffix("\n") && !text.contains("\r"))
        }
    }
}
