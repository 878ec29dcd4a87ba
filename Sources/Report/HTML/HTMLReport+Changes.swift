import ChiboCore
import HTMLDocument

extension HTMLReport {
    /// Section III: the province's figures that changed since the review compared with, and
    /// the district units whose verdict changed at the main period.
    func writeChanges(_ figures: ReportFigures, to writer: inout HTMLWriter) {
        // Without a comparison the part is one line, printed after the previous one.
        writer.open("section", ["id": "changes", "class": comparison == nil ? "part brief" : "part"])
        writer.element("h2", text: "III. So sánh với kỳ trước")
        guard let comparison else {
            writer.element(
                "p",
                text: review == .quarterly
                    ? "Không so sánh: không có kỳ cùng quý năm trước."
                    : "Không so sánh: chưa chỉ định kỳ trước"
                        + " (make \(review.makeTarget) QUARTER=\(quarter) PREVIOUS=<REVIEW>/<QUARTER>).")
            writer.close("section")
            writer.newline()
            return
        }
        writer.element(
            "p",
            text: "Kỳ trước: \(comparison.oldReview). Năm chưa trọn được so theo năm;"
                + " chênh lệch của tỷ lệ tính bằng điểm phần trăm. " + comparison.summary)
        if let note = windowNote { writer.element("p", ["class": "warning"], text: note) }
        let mainPeriods = Dictionary(
            uniqueKeysWithValues: figures.series.map { ($0.indicator.code, $0.mainPeriod) })
        let provinceChanges = comparison.entries.filter { $0.row.scope == .province && $0.isChanged }
        writer.element("h3", text: "Toàn tỉnh: các số liệu thay đổi")
        if provinceChanges.isEmpty {
            writer.element("p", text: "Không có thay đổi.")
        } else {
            writeChangeTable(provinceChanges, showsUnit: false, to: &writer)
        }
        let districtChanges = comparison.entries.filter { entry in
            entry.row.scope == .district && entry.isStatusChanged
                && entry.row.period.comparisonKey == mainPeriods[entry.row.indicator]?.comparisonKey
        }
        writer.element("h3", text: "Đơn vị cấp huyện thay đổi đánh giá (ở kỳ đánh giá của chỉ tiêu)")
        if districtChanges.isEmpty {
            writer.element("p", text: "Không có đơn vị nào thay đổi đánh giá.")
        } else {
            writeChangeTable(districtChanges, showsUnit: true, to: &writer)
        }
        writer.close("section")
        writer.newline()
    }

    private func writeChangeTable(
        _ entries: [IndicatorComparison.Entry], showsUnit: Bool, to writer: inout HTMLWriter
    ) {
        writer.open("table", ["class": "figures changes"])
        var headings = ["Chỉ tiêu", "Kỳ", "Trước", "Sau", "Chênh lệch", "Đánh giá"]
        if showsUnit { headings.insert("Đơn vị", at: 1) }
        writeHeadings(headings, to: &writer)
        writer.open("tbody")
        for entry in entries {
            let row = entry.row
            let isRatio = row.pageIndicator.isRatio
            writer.open("tr")
            writer.element("th", ["scope": "row"], text: row.pageIndicator.heading)
            if showsUnit { writer.element("td", text: row.unitName) }
            writer.element("td", text: periodText(row.period))
            writer.element("td", ["class": "number"], text: HTMLReport.valueText(entry.old))
            writer.element("td", ["class": "number"], text: HTMLReport.valueText(entry.new))
            writer.element(
                "td", ["class": "number"],
                text: entry.delta.map { HTMLReport.deltaText($0, isRatio: isRatio) } ?? "")
            var status = HTMLReport.statusText(entry.new)
            if entry.isStatusChanged {
                status =
                    (entry.old?.status?.vietnamese ?? "–") + " → " + (entry.new?.status?.vietnamese ?? "–")
            }
            writer.element("td", ["class": entry.new.assessment.className], text: status)
            writer.close("tr")
            writer.newline()
        }
        writer.close("tbody")
        writer.close("table")
    }

    /// How the compared review's window differs from this one's (SPEC "Comparison"), in
    /// the sentence every report format uses; nil when alike or either record is unknown.
    var windowNote: String? {
        guard let record, let previousRecord else { return nil }
        return WindowText.difference(current: record, previous: previousRecord)
    }
}
