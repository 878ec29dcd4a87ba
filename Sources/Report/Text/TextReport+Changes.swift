import ChiboCore

extension TextReport {
    /// Section IV: the review compared with and how its window differs; the province's
    /// per-year and whole-window figures that changed (a sơ kết or tổng kết; a quarterly
    /// review has them side by side in section II); the units whose status changed.
    func changes() -> String {
        var text = ReportSection.changes.title + "\n\n"
        text += comparisonStatement().paragraph()
        if let windowDifference { text += windowDifference.paragraph() }
        guard let comparison, let previous = previousRows else { return text }
        var matched = 0
        var changed = 0
        for row in indicators {
            guard let old = previous.row(for: row) else { continue }
            matched += 1
            if old.value != row.value || old.status != row.status || old.target != row.target { changed += 1 }
        }
        if review != .quarterly {
            text +=
                "\n"
                + "Số liệu toàn tỉnh tại thời điểm báo cáo của kỳ trước ở cột \"Kỳ trước\" mục II.1;"
                .appending(
                    " dưới đây là số liệu từng năm và cả kỳ có thay đổi (năm chưa trọn so với chính năm đó"
                ).appending(" ở kỳ trước).").paragraph() + "\n"
            var table = TextTable(
                headings: ["Chỉ tiêu", "Kỳ", "Kỳ trước", "Kỳ này", "Tăng,\ngiảm"],
                alignsRight: [false, false, true, true, true])
            for row in provinceRows where row.period != .asOf {
                guard let old = previous.row(for: row), old.value != row.value else { continue }
                table.appendLines([
                    nameCell(row, width: 34), periodChangeText(old: old.period, new: row.period),
                    resultCell(old), resultCell(row), [row.differenceText(from: old)],
                ])
            }
            text += table.lines.isEmpty ? "  Không có thay đổi.\n" : table.rendered()
        }
        text += "\n" + "Đơn vị cấp huyện thay đổi đánh giá:".paragraph() + "\n"
        var units = TextTable(
            headings: ["Chỉ tiêu", "Kỳ", "Đơn vị", "Kỳ trước", "Kỳ này"],
            alignsRight: [false, false, false, true, true])
        for row in indicators where row.scope == .district {
            // A status appearing (a partial year become whole) is not a change of judgment.
            guard let old = previous.row(for: row), let oldStatus = old.status, let newStatus = row.status,
                oldStatus != newStatus
            else { continue }
            units.appendLines([
                nameCell(row, width: 28), periodChangeText(old: old.period, new: row.period),
                ([row.unitID] + row.unitName.wrapped(toWidth: 16)).joined(separator: " ").wrapped(
                    toWidth: 20),
                resultCell(old), resultCell(row),
            ])
        }
        text += units.lines.isEmpty ? "  Không có đơn vị nào thay đổi đánh giá.\n" : units.rendered()
        let onlyNew = indicators.count - matched
        let onlyOld =
            comparison.entries.count - comparison.entries.filter { $0.new != nil && $0.old != nil }.count
            - comparison.entries.filter { $0.old == nil }.count
        text +=
            "\n"
            + ("Số dòng so sánh được: \(matched), trong đó thay đổi \(changed); chỉ có ở kỳ này: \(onlyNew)"
            + (review == .quarterly ? "." : "; chỉ có ở kỳ trước: \(onlyOld)."))
            .paragraph()
        return text
    }

    /// The period of a changed row: `năm 2017`, or `năm 2018 (đến 30/03) → năm 2018` when
    /// the year has grown.
    private func periodChangeText(old: Period, new: Period) -> [String] {
        guard old != new, review != .quarterly, old != .asOf else { return [periodName(new)] }
        return [periodName(old) + " →", periodName(new)]
    }

    /// Section V: how many members' cases need a decision, as counts only; the lists are
    /// in the review's `restricted/` folder.
    func membersToReview() -> String {
        ReportSection.membersToReview.title + "\n\n" + restrictedTable().rendered() + "\n"
            + restrictedNote.paragraph()
    }

    /// The appendix: each indicator of the catalog defined in one sentence, with its source.
    func appendix() -> String {
        var text = ReportSection.appendix.title + "\n\n"
        for code in IndicatorCode.allCases {
            let definition = code.definition
            let kind = definition.isRatio ? "tỷ lệ %" : "số lượng"
            let sentence =
                "\(code.catalogNumber). \(definition.vietnameseName) (\(kind)): \(definition.vietnameseDefinition)"
                + " Nguồn: \(TextReport.vietnameseSource(definition.source))."
            text += sentence.paragraph(indent: 2, hangingIndent: 6)
        }
        text += "\n" + "Văn bản nguồn:".paragraph()
        for document in SourceDocument.allCases {
            text += "\(document.rawValue): \(document.vietnameseDescription).".paragraph(
                indent: 4, hangingIndent: 9)
        }
        text += "Điều lệ: Điều lệ Đảng Cộng sản Việt Nam.".paragraph(indent: 4, hangingIndent: 9)
        return text
    }

    /// A catalog source clause in Vietnamese: `Điều lệ art. 8` becomes `Điều lệ, Điều 8`.
    static func vietnameseSource(_ source: String) -> String {
        source.replacingOccurrences(of: " art. ", with: ", Điều ")
    }
}
