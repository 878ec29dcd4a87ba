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
        // What every unit's table repeats, made once: the headings, and each indicator's
        // link, heading and province value.
        var headings = ["Chỉ tiêu", "Chỉ tiêu đề ra"]
        headings += periods.map { $0.heading(asOf: asOf) }
        headings += ["Toàn tỉnh", "Đánh giá"]
        if let comparison { headings.append("So với \(comparison.oldReview)") }
        let seriesTexts = figures.series.map { series in
            SeriesTexts(
                link: "#" + series.anchor, heading: series.heading,
                provinceValue: HTMLReport.valueText(series.provinceMain))
        }
        let gridColumns = columns.map {
            StatusGrid.Column(heading: $0.shortHeading, title: nil, link: "#" + $0.anchor)
        }
        let provinceCells = columns.map { $0.provinceMain.assessment }
        for (unitIndex, unit) in figures.units.enumerated() {
            writer.open("section", ["id": unit.anchor, "class": "unit"])
            writer.element("h3", text: unit.name)
            let cells = columns.map { $0.mainAssessments[unitIndex] }
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
                        heading: province.name, cells: provinceCells,
                        isEmphasized: true))
            }
            rows.append(StatusGrid.Row(heading: unit.name, cells: cells))
            StatusGrid(
                caption: "Đánh giá các chỉ tiêu (số thứ tự theo danh mục)",
                cornerHeading: "Đơn vị \\ Chỉ tiêu",
                tallyHeading: "Đạt",
                // The table below names every indicator, so no tooltips here.
                columns: gridColumns,
                rows: rows
            ).write(to: &writer)
            writeUnitTable(
                unit, at: unitIndex, figures: figures, periods: periods, headings: headings,
                seriesTexts: seriesTexts,
                changes: changes, to: &writer)
            writer.close("section")
            writer.newline()
        }
    }

    /// The texts of an indicator's row that are the same in every unit's table.
    private struct SeriesTexts {
        var link: String
        var heading: String
        var provinceValue: String
    }

    private func writeUnitTable(
        _ unit: ReportFigures.Unit, at unitIndex: Int, figures: ReportFigures, periods: [UnitColumn],
        headings: [String],
        seriesTexts: [SeriesTexts], changes: ComparisonIndex?, to writer: inout HTMLWriter
    ) {
        writer.open("table", ["class": "figures unit-figures"])
        writer.element("caption", text: "Số liệu của " + unit.name)
        writeHeadings(headings, to: &writer)
        writer.open("tbody")
        // Each indicator's fields read in place: a copy of the series (or of a row) per unit
        // would retain every text and array it holds, ten thousand units at national size.
        for (seriesIndex, texts) in seriesTexts.enumerated() {
            let isRatio = figures.series[seriesIndex].indicator.isRatio
            let isCatalogCode = figures.series[seriesIndex].indicator.number != nil
            let mainPeriod = figures.series[seriesIndex].mainPeriod
            let rows = figures.series[seriesIndex].districtRows[unitIndex]
            let assessment = figures.series[seriesIndex].mainAssessments[unitIndex]
            writer.open("tr")
            writer.open("th", ["scope": "row"])
            writer.element("a", ["href": texts.link], text: texts.heading)
            writer.close("th")
            writer.element(
                "td", class: "target",
                text: HTMLReport.targetText(
                    figures.series[seriesIndex].mainTarget(at: unitIndex), isRatio: isRatio))
            for column in periods {
                // The row's position, its fields read in place: no copy of the row per cell.
                let index = rows.firstIndex { column.periods.contains($0.period) }
                // Numbers align right by the table's style, which keeps 200 sections small.
                let isMain = index.map { rows[$0].period == mainPeriod } ?? false
                let isPartial =
                    index.map { !rows[$0].period.isFullYear && rows[$0].period.year != nil } ?? false
                let classes =
                    isMain ? (isPartial ? "main partial" : "main") : (isPartial ? "partial" : "")
                // `valueText(_:)` of the row without looking its code up again: a catalog
                // code's kind, or for another code whether the row has a denominator.
                let text =
                    index.map {
                        HTMLReport.valueText(
                            rows[$0].value, isRatio: isCatalogCode ? isRatio : rows[$0].denominator != nil)
                    } ?? ""
                if classes.isEmpty {
                    writer.element("td", text: text)
                } else {
                    writer.element("td", class: classes, text: text)
                }
            }
            writer.element("td", text: texts.provinceValue)
            writer.element("td", class: assessment.className, text: HTMLReport.statusText(assessment))
            if comparison != nil {
                let entry = changes?.entry(
                    figures.series[seriesIndex].indicator.code, scope: .district, unitID: unit.id,
                    period: mainPeriod)
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
