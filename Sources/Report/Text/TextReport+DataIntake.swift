import ChiboCore

extension TextReport {
    /// Section I: what ingest read from each file, and every problem code found with its
    /// Vietnamese meaning and count (never a value or message, which may quote members).
    func dataIntake() -> String {
        var text = ReportSection.dataIntake.title + "\n\n"
        if let table = intakeTable() {
            text += table.rendered()
            text += "\n"
            text += "Dòng bị loại không được tính vào chỉ tiêu nào; dòng có cảnh báo vẫn được tính."
                .paragraph()
        } else {
            text += "  Không có tệp ingest_summary.csv (chưa chạy bước tiếp nhận dữ liệu: make ingest).\n"
        }
        text += "\n"
        guard let rejectCounts else {
            return text + "  Không có tệp rejects.csv.\n"
        }
        guard !rejectCounts.isEmpty else {
            return text + "  Không có dòng nào bị loại, cảnh báo hay thông báo.\n"
        }
        text += "Các vấn đề theo mức độ và mã (từng dòng trong rejects.csv và rejects.xlsx, dành cho cán bộ"
            .appending(" sửa dữ liệu):").paragraph()
        text += "\n"
        text += rejectTable().rendered()
        return text
    }

    /// Rows read, accepted, rejected and warned per input file, with totals, encodings in
    /// words; nil without ingest_summary.csv.
    func intakeTable() -> TextTable? {
        guard let ingestSummaries else { return nil }
        var table = TextTable(
            headings: [
                "Tệp", "Mã hóa ký tự", "Dấu\nphân cách", "Số dòng\nđọc", "Tiếp\nnhận", "Loại\nbỏ",
                "Cảnh\nbáo",
            ],
            alignsRight: [false, false, false, true, true, true, true])
        var totals = [0, 0, 0, 0]
        for summary in ingestSummaries {
            let counts = [summary.rowsRead, summary.rowsAccepted, summary.rowsRejected, summary.warnings]
            for index in totals.indices { totals[index] += counts[index] }
            table.appendLines(
                [[summary.fileName], summary.encodingName.wrapped(toWidth: 14), [summary.delimiterName]]
                    + counts.map { [DecimalNumber($0).vietnamese] })
        }
        table.append(["Cộng", "", ""] + totals.map { DecimalNumber($0).vietnamese })
        return table
    }

    /// Every problem code of rejects.csv with its count and its meaning and fix, grouped
    /// by severity.
    func rejectTable() -> TextTable {
        let counts = rejectCounts ?? []
        let countWidth = max(8, counts.map { DecimalNumber($0.count).vietnamese.displayWidth }.max() ?? 0)
        let codeWidth = counts.map(\.code.displayWidth).max() ?? 0
        let meaningWidth = max(30, TextReport.pageWidth - 2 - countWidth - 2 - codeWidth - 2)
        var table = TextTable(headings: ["Số lượng", "Mã", "Ý nghĩa"], alignsRight: [true, false, false])
        var currentSeverity: Severity?
        for count in counts {
            if count.severity != currentSeverity {
                currentSeverity = count.severity
                table.appendText(count.severityHeading)
            }
            let meaning = ProblemCodeText.meaning(of: count.code) ?? "(mã không có trong danh mục)"
            table.appendLines([
                [DecimalNumber(count.count).vietnamese], [count.code], meaning.wrapped(toWidth: meaningWidth),
            ])
        }
        return table
    }
}

extension RejectCount {
    /// The heading of the severity's group in section I.
    var severityHeading: String {
        switch severity {
        case .error: "Lỗi (dòng bị loại):"
        case .warning: "Cảnh báo (dòng vẫn được tính):"
        case .notice: "Thông báo về cả tệp:"
        }
    }
}
