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
            Array(figures.units[$0..<min($0 + HTMLReport.unitsPerPage, figures.units.count)])
        }
        for (index, chunk) in chunks.enumerated() {
            var rows = provinceRow.map { [$0] } ?? []
            rows += chunk.map { unit in
                StatusGrid.Row(
                    heading: unit.name, link: "#" + unit.anchor,
                    cells: columns.map { $0.main(of: unit.id).assessment })
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
        writer.close("section")
        writer.newline()
    }
}
