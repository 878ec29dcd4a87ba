import ChiboCore
import HTMLDocument

extension HTMLReport {
    /// The legend of the grid's and charts' marks.
    static let assessmentLegend = ChartLegend(entries: [
        (.assessment(.met), "đạt"), (.assessment(.notMet), "không đạt"),
        (.assessment(.notAssessed), "không có chỉ tiêu"),
        (.assessment(.unavailable), "chưa đánh giá (năm chưa trọn hoặc không có số liệu)"),
    ])

    /// Section I: the district × indicator grid, in chunks of `unitsPerPage` rows, each with
    /// the province on top, then the key to its numbered columns.
    func writeGrid(_ figures: ReportFigures, to writer: inout HTMLWriter) {
        writer.open("section", ["id": "grid", "class": "part"])
        writer.element("h2", text: "I. Tổng hợp đạt / không đạt theo đơn vị")
        let columns = figures.targetSeries
        writer.element(
            "p",
            text:
                "Mỗi cột là một chỉ tiêu có chỉ tiêu đề ra (số thứ tự theo danh mục, xem chú giải cột bên dưới),"
                + " đánh giá theo kỳ đánh giá của chỉ tiêu đó. Bấm tên đơn vị để xem phần của đơn vị.")
        HTMLReport.assessmentLegend.write(to: &writer)
        let gridColumns = columns.map {
            StatusGrid.Column(heading: $0.shortHeading, title: $0.heading, link: "#" + $0.anchor)
        }
        let provinceRow = figures.province.map { province in
            StatusGrid.Row(
                heading: province.name, link: "#indicators",
                cells: columns.map { $0.provinceMain.assessment },
                isEmphasized: true)
        }
        let chunks = stride(from: 0, to: max(figures.units.count, 1), by: HTMLReport.unitsPerPage).map {
            $0..<min($0 + HTMLReport.unitsPerPage, figures.units.count)
        }
        for (index, chunk) in chunks.enumerated() {
            var rows = provinceRow.map { [$0] } ?? []
            rows += chunk.map { unit in
                StatusGrid.Row(
                    heading: figures.units[unit].name, link: "#" + figures.units[unit].anchor,
                    cells: columns.map { $0.mainAssessments[unit] })
            }
            var caption = "Đánh giá các chỉ tiêu theo đơn vị"
            if chunks.count > 1 {
                caption += " — trang \(index + 1)/\(chunks.count)"
            }
            writer.open("div", ["class": "grid-page"])
            StatusGrid(
                caption: caption, cornerHeading: "Đơn vị \\ Chỉ tiêu", tallyHeading: "Đạt",
                columns: gridColumns,
                rows: rows
            ).write(to: &writer)
            writer.close("div")
            writer.newline()
        }
        writer.element("h3", text: "Chú giải cột")
        writer.open("ol", ["class": "column-key"])
        for series in columns {
            writer.open("li", attributes: series.indicator.number.map { [("value", String($0))] } ?? [])
            writer.element("a", ["href": "#" + series.anchor], text: series.indicator.name)
            writer.text(" — " + mainPeriodText(series.mainPeriod))
            writer.close("li")
        }
        writer.close("ol")
        writeRanking(figures, columns: columns, to: &writer)
        writer.close("section")
        writer.newline()
    }

    /// The district units by the number of targets they meet, most first: the question a
    /// board asks first of the grid. Beyond `unitsPerPage` units, the highest and lowest half
    /// of that many.
    private func writeRanking(
        _ figures: ReportFigures, columns: [ReportFigures.Series], to writer: inout HTMLWriter
    ) {
        guard !figures.units.isEmpty, !columns.isEmpty else { return }
        let tallies = figures.units.enumerated().map { index, unit in
            let cells = columns.map { $0.mainAssessments[index] }
            return (
                index: index, unit: unit, met: cells.filter { $0 == .met }.count,
                judged: cells.filter { $0 == .met || $0 == .notMet }.count
            )
        }
        // Most targets met first; then the larger share; then unit order.
        let ordered = tallies.sorted { left, right in
            if left.met != right.met { return left.met > right.met }
            if left.judged != right.judged { return left.judged < right.judged }
            return left.index < right.index
        }
        writer.element("h3", text: "Đơn vị cấp huyện xếp theo số chỉ tiêu đạt")
        let half = HTMLReport.unitsPerPage / 2
        let groups =
            ordered.count <= HTMLReport.unitsPerPage
            ? [("", ordered[...])]
            : [
                ("\(half) đơn vị đạt nhiều chỉ tiêu nhất", ordered.prefix(half)),
                ("\(half) đơn vị đạt ít chỉ tiêu nhất", ordered.suffix(half)),
            ]
        let province = provinceTally
        let reference = figures.province.map {
            BarChart.Bar(
                label: $0.name, value: Double(province.met), valueText: "\(province.met)/\(province.judged)",
                assessment: .notAssessed, link: "#indicators")
        }
        // The axis ends at the number of columns: every target met.
        let scale = ChartScale(
            maximum: Double(columns.count),
            step: ChartScale(covering: Double(columns.count), isWhole: true).step)
        for (index, (title, group)) in groups.enumerated() {
            if !title.isEmpty { writer.element("h5", text: title) }
            writer.open("div", ["class": "pair"])
            BarChart(
                id: "ranking-\(index + 1)", title: "Số chỉ tiêu đạt theo đơn vị",
                description: (title.isEmpty ? "\(group.count) đơn vị cấp huyện" : title)
                    + ", xếp theo số chỉ tiêu đạt (trên số chỉ tiêu đã đánh giá), từ nhiều đến ít.",
                reference: reference,
                bars: group.map {
                    BarChart.Bar(
                        label: $0.unit.name, value: Double($0.met), valueText: "\($0.met)/\($0.judged)",
                        assessment: .notAssessed, link: "#" + $0.unit.anchor)
                }, target: nil, scale: scale
            ).write(to: &writer)
            writer.open("table", ["class": "figures"])
            writeHeadings(["Đơn vị", "Số chỉ tiêu đạt"], to: &writer)
            writer.open("tbody")
            writer.open("tr", ["class": "emphasized"])
            writer.element("th", ["scope": "row"], text: "Toàn tỉnh")
            writer.element("td", ["class": "number"], text: "\(province.met)/\(province.judged)")
            writer.close("tr")
            for tally in group {
                writer.open("tr")
                writer.open("th", ["scope": "row"])
                writer.element("a", ["href": "#" + tally.unit.anchor], text: tally.unit.name)
                writer.close("th")
                writer.element("td", ["class": "number"], text: "\(tally.met)/\(tally.judged)")
                writer.close("tr")
                writer.newline()
            }
            writer.close("tbody")
            writer.close("table")
            writer.close("div")
            writer.newline()
        }
    }
}
