import ChiboCore
import HTMLDocument

extension HTMLReport {
    /// Section IV: one section per district unit, each printable alone: its grid row beside
    /// the province's, and every figure of every indicator by period.
    func writeUnits(_ figures: ReportFigures, to writer: inout HTMLWriter) {
        guard !figures.units.isEmpty else { return }
        writer.open("section", ["id": "units", "class": "part"])
        writer.element("h2", text: "IV. Từng đơn vị cấp huyện")
        writer.element(
            "p",
            text: "Mỗi đơn vị một phần, in riêng được. Cột in đậm là kỳ đánh giá của chỉ tiêu;"
                + " cột “Toàn tỉnh” để so sánh ở cùng kỳ.")
        writer.close("section")
        writer.newline()
        let columns = figures.targetSeries
        let periods = UnitColumn.columns(of: indicators)
        let changes = comparison.map(ComparisonIndex.init)
        for unit in figures.units {
            writer.open("section", ["id": unit.anchor, "class": "unit"])
            writer.element("h3", text: unit.name)
            let cells = columns.map { $0.main(of: unit.id).assessment }
            let met = cells.filter { $0 == .met }.count
            let judged = cells.filter { $0 == .met || $0 == .notMet }.count
            writer.open("p", ["class": "facts-line"])
            writer.text("Mã đơn vị: " + unit.id + " · ")
            writer.element("strong", text: "đạt \(met)/\(judged) chỉ tiêu")
            writer.text(" có chỉ tiêu đề ra và đã đánh giá được.")
            writer.close("p")
            var rows: [StatusGrid.Row] = []
            if let province = figures.province {
                rows.append(
                    StatusGrid.Row(
                        heading: province.name, cells: columns.map { $0.provinceMain.assessment },
                        isEmphasized: true))
            }
            rows.append(StatusGrid.Row(heading: unit.name, cells: cells))
            StatusGrid(
                caption: "Đánh giá các chỉ tiêu (số thứ tự theo danh mục)",
                cornerHeading: "Đơn vị \\ Chỉ tiêu",
                tallyHeading: "Đạt",
                // The table below names every indicator, so no tooltips here.
                columns: columns.map {
                    StatusGrid.Column(heading: $0.shortHeading, title: nil, link: "#" + $0.anchor)
                },
                rows: rows
            ).write(to: &writer)
            writeUnitTable(unit, figures: figures, periods: periods, changes: changes, to: &writer)
            writer.close("section")
            writer.newline()
        }
    }

    private func writeUnitTable(
        _ unit: ReportFigures.Unit, figures: ReportFigures, periods: [UnitColumn], changes: ComparisonIndex?,
        to writer: inout HTMLWriter
    ) {
        writer.open("table", ["class": "figures unit-figures"])
        writer.element("caption", text: "Số liệu của " + unit.name)
        var headings = ["Chỉ tiêu", "Chỉ tiêu đề ra"]
        headings += periods.map { $0.heading(asOf: asOf) }
        headings += ["Toàn tỉnh", "Đánh giá"]
        if let comparison { headings.append("So với \(comparison.oldReview)") }
        writeHeadings(headings, to: &writer)
        writer.open("tbody")
        for series in figures.series {
            let isRatio = series.indicator.isRatio
            let rows = series.districts[unit.id] ?? []
            let main = rows.first { $0.period == series.mainPeriod }
            // `valueText(_:)` of a row without looking its code up again: a catalog code's
            // kind, or for another code whether the row has a denominator.
            func valueText(_ row: IndicatorRow) -> String {
                HTMLReport.valueText(
                    row.value, isRatio: series.indicator.number != nil ? isRatio : row.denominator != nil)
            }
            writer.open("tr")
            writer.open("th", ["scope": "row"])
            writer.element("a", ["href": "#" + series.anchor], text: series.heading)
            writer.close("th")
            writer.element(
                "td", ["class": "target"], text: HTMLReport.targetText(main?.target, isRatio: isRatio))
            for column in periods {
                let row = rows.first { column.periods.contains($0.period) }
                // Numbers align right by the table's style, which keeps 200 sections small.
                let isMain = row.map { $0.period == series.mainPeriod } ?? false
                let isPartial = row.map { !$0.period.isFullYear && $0.period.year != nil } ?? false
                let classes =
                    isMain ? (isPartial ? "main partial" : "main") : (isPartial ? "partial" : "")
                writer.element(
                    "td", attributes: classes.isEmpty ? [] : [("class", classes)],
                    text: row.map(valueText) ?? "")
            }
            writer.element("td", text: HTMLReport.valueText(series.provinceMain))
            writer.element("td", ["class": main.assessment.className], text: HTMLReport.statusText(main))
            if comparison != nil {
                let entry = changes?.entry(
                    series.indicator.code, scope: .district, unitID: unit.id, period: series.mainPeriod)
                writer.element(
                    "td", text: entry?.delta.map { HTMLReport.deltaText($0, isRatio: isRatio) } ?? "")
            }
            writer.close("tr")
            writer.newline()
        }
        writer.close("tbody")
        writer.close("table")
    }
}
