import OfficeOpenXML
import Testing

@testable import OfficeReports

@Suite struct RejectsWorkbookTests {
    private let entries = [
        RejectEntry(
            file: "members.csv", line: 9, column: "admitted_on", value: "03/02/17",
            code: "date.two_digit_year",
            severity: .warning, message: "Năm hai chữ số"),
        RejectEntry(
            file: "members.csv", line: 0, column: "ghi_chu", value: "", code: "column.ignored",
            severity: .notice,
            message: "Cột bị bỏ qua"),
        RejectEntry(
            file: "organizations.csv", line: 4, column: "org_id", value: "001", code: "id.duplicate",
            severity: .error,
            message: "Mã bị trùng"),
        RejectEntry(
            file: "members.csv", line: 12, column: "full_name", value: "=SUM(A1)", code: "value.required",
            severity: .error, message: "Thiếu"),
        RejectEntry(
            file: "members.csv", line: 15, column: "full_name", value: "Nguye\u{0302}\u{0303}n",
            code: "text.nfd",
            severity: .error, message: "NFD"),
    ]

    private func values(_ sheet: Worksheet) -> [[String]] {
        sheet.allRows.map { row in
            row.map { cell in
                switch cell.value {
                case .empty: ""
                case .text(let text): text
                case .number(let number): "#" + number.description
                }
            }
        }
    }

    @Test func oneSheetPerFileInOrderOfAppearance() {
        let sheets = RejectsWorkbook(entries: entries).workbook().sheets
        #expect(sheets.map(\.name) == ["members.csv", "organizations.csv"])
        #expect(values(sheets[1])[0] == ["Tệp", "Dòng", "Cột", "Giá trị", "Mã", "Mức độ", "Nội dung"])
        #expect(sheets.allSatisfy { $0.frozenRows == 1 && $0.hasAutoFilter })
    }

    @Test func errorsFirstThenWarningsThenNoticesEachInFileOrder() {
        let rows = values(RejectsWorkbook(entries: entries).workbook().sheets[0]).dropFirst()
        #expect(rows.map { $0[1] } == ["#12", "#15", "#9", "#0"])
        #expect(rows.map { $0[5] } == ["lỗi (loại dòng)", "lỗi (loại dòng)", "cảnh báo", "thông báo"])
    }

    @Test func valuesStayTextExactlyAsRead() {
        let sheets = RejectsWorkbook(entries: entries).workbook().sheets
        let members = sheets[0].allRows
        #expect(members[1][3] == .text("=SUM(A1)"))
        // Decomposed letters are not composed: the value is the bytes the file held
        // (String equality would not tell, as it compares canonically).
        guard case .text(let decomposed) = members[2][3].value else {
            Issue.record("not text")
            return
        }
        #expect(Array(decomposed.utf8) == Array("Nguye\u{0302}\u{0303}n".utf8))
        #expect(members[3][3] == .text("03/02/17"))
        #expect(sheets[1].allRows[1][3] == .text("001"))
    }

    @Test func aFileWithMoreProblemsThanASheetHoldsContinuesOnTheNext() {
        var workbook = RejectsWorkbook(entries: entries)
        workbook.rowsPerSheet = 3
        let sheets = workbook.workbook().sheets
        #expect(sheets.map(\.name) == ["members.csv", "members.csv", "organizations.csv"])
        #expect(sheets.map { $0.rowCount } == [4, 2, 2])
        let names = SheetName.uniqueNames(sheets.map(\.name))
        #expect(names == ["members.csv", "members.csv (2)", "organizations.csv"])
    }

    @Test func noProblemsGiveOneEmptySheet() {
        let sheets = RejectsWorkbook(entries: []).workbook().sheets
        #expect(sheets.count == 1)
        #expect(sheets[0].rowCount == 1)
    }

    /// Problems in rejects.csv order, file after file; values and messages recur across
    /// files, so that the later sheets use strings the first ones numbered.
    private static let ordered = [
        RejectEntry(
            file: "members.csv", line: 3, column: "full_name", value: "", code: "value.required",
            severity: .error, message: "Thiếu"),
        RejectEntry(
            file: "members.csv", line: 5, column: "org_id", value: "C9", code: "reference.missing",
            severity: .error, message: "Không có"),
        RejectEntry(
            file: "members.csv", line: 7, column: "member_id", value: "M1", code: "id.duplicate",
            severity: .warning, message: "Mã bị trùng"),
        RejectEntry(
            file: "meetings.csv", line: 2, column: "org_id", value: "C9", code: "reference.missing",
            severity: .error, message: "Không có"),
        RejectEntry(
            file: "attendance.csv", line: 4, column: "member_id", value: "M1", code: "id.duplicate",
            severity: .error, message: "Mã bị trùng"),
        RejectEntry(
            file: "attendance.csv", line: 6, column: "status", value: "", code: "value.required",
            severity: .error, message: "Thiếu"),
        RejectEntry(
            file: "member_ratings.csv", line: 2, column: "rating", value: "Tốt", code: "enum.unknown",
            severity: .error, message: "Không rõ"),
    ]

    /// Split after no file, after members, after meetings, after every file.
    @Test(arguments: [0, 3, 4, 7])
    func aWorkbookBegunWithItsFirstFilesHasTheBytesOfOneMadeAtOnce(headCount: Int) throws {
        let entries = Self.ordered
        let whole = try RejectsWorkbook(entries: entries).bytes()
        let parts = RejectsWorkbook.Parts(head: RejectsWorkbook(entries: Array(entries.prefix(headCount))))
        let split = try parts.bytes(tail: RejectsWorkbook(entries: Array(entries.dropFirst(headCount))))
        #expect(split == whole)
        // The head is a value: finishing it twice gives the same bytes.
        #expect(try parts.bytes(tail: RejectsWorkbook(entries: Array(entries.dropFirst(headCount)))) == whole)
    }

    @Test func aWorkbookBegunAndFinishedWithoutProblemsHoldsTheEmptySheet() throws {
        let parts = RejectsWorkbook.Parts(head: RejectsWorkbook(entries: []))
        #expect(try parts.bytes(tail: RejectsWorkbook(entries: [])) == RejectsWorkbook(entries: []).bytes())
    }
}
