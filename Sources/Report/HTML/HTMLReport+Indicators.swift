import ChiboCore
import HTMLDocument

extension HTMLReport {
    /// Section II: for each indicator its province figures by period (with a trend chart for
    /// per-year indicators), the change since the review compared with, and its district
    /// units against the target at the main period.
    func writeIndicators(_ figures: ReportFigures, to writer: inout HTMLWriter) {
        writer.open("section", ["id": "indicators", "class": "part"])
        writer.element("h2", text: "II. Kết quả từng chỉ tiêu")
        writer.element(
            "p",
            text:
                "Với mỗi chỉ tiêu: kết quả toàn tỉnh qua các kỳ, rồi các đơn vị cấp huyện so với chỉ tiêu đề ra"
                + " ở kỳ đánh giá. Năm chưa trọn (cắt theo thời gian báo cáo) được tô gạch và không đánh giá."
        )
        writer.open("div", ["class": "legend-block"])
        ChartLegend(entries: [
            (.bar(.met), "đạt"), (.bar(.notMet), "không đạt"), (.bar(.notAssessed), "không có chỉ tiêu"),
            (.reference, "toàn tỉnh"),
            (.partial, "năm chưa trọn"), (.targetLine, "chỉ tiêu đề ra"), (.referenceLine, "mức toàn tỉnh"),
        ]).write(to: &writer)
        writer.close("div")
        writer.newline()
        let changes = comparison.map(ComparisonIndex.init)
        for series in figures.series {
            writeIndicator(series, figures: figures, changes: changes, to: &writer)
        }
        writer.close("section")
        writer.newline()
    }

    private func writeIndicator(
        _ series: ReportFigures.Series, figures: ReportFigures, changes: ComparisonIndex?,
        to writer: inout HTMLWriter
    ) {
        let isRatio = series.indicator.isRatio
        writer.open("section", ["id": series.anchor, "class": "indicator"])
        // The heading block stays together and with what follows when printed.
        writer.open("div", ["class": "indicator-head"])
        writer.element("h3", text: series.heading)
        var facts = ["Mã: " + series.indicator.code, "Đơn vị tính: " + (isRatio ? "tỷ lệ %" : "số lượng")]
        facts.append("Kỳ đánh giá: " + mainPeriodText(series.mainPeriod))
        if let source = series.indicator.source { facts.append("Nguồn: " + source) }
        if let definition = series.indicator.definition {
            writer.element("p", ["class": "definition"], text: definition)
        }
        writer.element("p", ["class": "facts-line"], text: facts.joined(separator: " · "))
        if let entry = changes?.entry(
            series.indicator.code, scope: .province, unitID: nil, period: series.mainPeriod)
        {
            writeChangeLine(entry, isRatio: isRatio, to: &writer)
        }
        writer.close("div")
        let years = series.provinceYears
        writer.open("div", ["class": "pair"])
        if !years.isEmpty {
            trendChart(series, years: years).write(to: &writer)
        }
        writeProvinceTable(series, to: &writer)
        writer.close("div")
        writer.newline()
        if !figures.units.isEmpty {
            writeDistrictBars(series, figures: figures, to: &writer)
        }
        writer.close("section")
        writer.newline()
    }

    private func writeChangeLine(
        _ entry: IndicatorComparison.Entry, isRatio: Bool, to writer: inout HTMLWriter
    ) {
        guard let comparison else { return }
        var text = "So với kỳ trước (\(comparison.oldReview)"
        text += (windowNote == nil ? "" : ", thời gian khác kỳ này") + "): "
        text += HTMLReport.valueText(entry.old) + " → " + HTMLReport.valueText(entry.new)
        if let delta = entry.delta {
            text += " (" + HTMLReport.deltaText(delta, isRatio: isRatio) + ")"
        }
        if entry.isStatusChanged {
            text +=
                "; đánh giá: " + (entry.old?.status?.vietnamese ?? "–") + " → "
                + (entry.new?.status?.vietnamese ?? "–")
        }
        writer.element("p", ["class": "change"], text: text + ".")
    }

    /// The scale of a chart of `values` (and a target): whole steps for counts; 0–100 for a
    /// ratio that reaches past half of it, so ratios near each other look near.
    static func scale(for values: [Double?], isRatio: Bool) -> ChartScale {
        let largest = values.compactMap { $0 }.max() ?? 0
        if isRatio, largest > 50, largest <= 100 { return ChartScale(maximum: 100, step: 20) }
        return ChartScale(covering: largest, isWhole: !isRatio)
    }

    private func trendChart(_ series: ReportFigures.Series, years: [IndicatorRow]) -> TrendChart {
        let isRatio = series.indicator.isRatio
        let targets = Set(years.compactMap(\.target))
        let target = targets.count == 1 ? targets.first : nil
        let points = years.map { row in
            TrendChart.Point(
                label: String(row.period.year ?? 0), note: row.period.isFullYear ? nil : "chưa trọn năm",
                value: HTMLReport.chartValue(row.value), valueText: HTMLReport.valueText(row),
                assessment: row.assessment, isPartial: !row.period.isFullYear)
        }
        var description =
            "Toàn tỉnh, theo năm từ \(years.first!.period.year ?? 0) đến \(years.last!.period.year ?? 0)"
        if let target {
            description += ", so với chỉ tiêu " + HTMLReport.targetText(target, isRatio: isRatio)
        }
        if points.contains(where: \.isPartial) {
            description += "; năm chưa trọn được tô gạch, không đánh giá"
        }
        return TrendChart(
            id: "trend-" + series.anchor, title: series.heading + " — toàn tỉnh theo năm",
            description: description + ".", points: points,
            target: target.map {
                BarChart.Marker(
                    value: HTMLReport.chartValue($0.value)!,
                    label: "Chỉ tiêu " + HTMLReport.targetText($0, isRatio: isRatio))
            },
            scale: HTMLReport.scale(
                for: points.map(\.value) + [target.flatMap { HTMLReport.chartValue($0.value) }],
                isRatio: isRatio))
    }

    private func writeProvinceTable(_ series: ReportFigures.Series, to writer: inout HTMLWriter) {
        let isRatio = series.indicator.isRatio
        let hasTarget = series.hasTarget
        writer.open("table", ["class": "figures province-figures"])
        writer.element("caption", text: "Toàn tỉnh")
        var headings = ["Kỳ"] + (hasTarget ? ["Chỉ tiêu đề ra"] : []) + ["Kết quả"]
        headings += (isRatio ? ["Tử số/Mẫu số"] : []) + (hasTarget ? ["Đánh giá"] : [])
        writeHeadings(headings, to: &writer)
        writer.open("tbody")
        for row in series.province {
            writer.open(
                "tr",
                attributes: row.period.isFullYear || row.period.year == nil ? [] : [("class", "partial")])
            writer.element("th", ["scope": "row"], text: periodText(row.period))
            if hasTarget {
                writer.element(
                    "td", ["class": "target"], text: HTMLReport.targetText(row.target, isRatio: isRatio))
            }
            writer.element("td", ["class": "number"], text: HTMLReport.valueText(row))
            if isRatio { writer.element("td", ["class": "number"], text: HTMLReport.fractionText(row)) }
            if hasTarget {
                writer.element("td", ["class": row.assessment.className], text: HTMLReport.statusText(row))
            }
            writer.close("tr")
            writer.newline()
        }
        writer.close("tbody")
        writer.close("table")
    }

    func writeHeadings(_ headings: [String], to writer: inout HTMLWriter) {
        writer.open("thead")
        writer.open("tr")
        for heading in headings {
            writer.element("th", ["scope": "col"], text: heading)
        }
        writer.close("tr")
        writer.close("thead")
    }

    private func writeDistrictBars(
        _ series: ReportFigures.Series, figures: ReportFigures, to writer: inout HTMLWriter
    ) {
        let isRatio = series.indicator.isRatio
        // Units by position, their rows read in place: a copy of every unit and row for
        // every indicator would retain each of their texts (ten thousand units at national
        // size).
        let values = figures.units.indices.map { series.mainValue(at: $0) }
        // Highest first; units without a value last; ties in unit order.
        let ordered = figures.units.indices.sorted { left, right in
            switch (values[left], values[right]) {
            case (let l?, let r?) where l != r: return l > r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return left < right
            }
        }
        let target = figures.units.indices.lazy.compactMap { series.mainTarget(at: $0) }.first
        let met = series.mainAssessments.filter { $0 == .met }.count
        let judgedCount = series.mainAssessments.filter { $0 == .met || $0 == .notMet }.count
        var summary = "Các đơn vị cấp huyện, " + mainPeriodText(series.mainPeriod)
        if let target {
            summary += ", so với chỉ tiêu " + HTMLReport.targetText(target, isRatio: isRatio)
            summary += ": đạt \(met)/\(judgedCount) đơn vị"
        }
        writer.element("h4", text: summary + ".")
        let half = HTMLReport.unitsPerPage / 2
        let groups: [(String, ArraySlice<Int>)] =
            ordered.count <= HTMLReport.unitsPerPage
            ? [("", ordered[...])]
            : [
                ("\(half) đơn vị có kết quả cao nhất", ordered.prefix(half)),
                ("\(half) đơn vị có kết quả thấp nhất", ordered.suffix(half)),
            ]
        if groups.count > 1 {
            writer.element(
                "p", ["class": "note"],
                text:
                    "Có \(ordered.count) đơn vị: biểu đồ chỉ nêu \(half) đơn vị cao nhất và \(half) đơn vị thấp nhất;"
                    + " số liệu của mọi đơn vị ở phần IV.")
        }
        let province = series.provinceMain
        // A province count is the sum of its districts', not a level they can be read against.
        let reference = (isRatio ? figures.province : nil).map {
            BarChart.Bar(
                label: $0.name, value: HTMLReport.chartValue(province?.value),
                valueText: HTMLReport.valueText(province), assessment: province.assessment,
                link: "#indicators")
        }
        let scale = HTMLReport.scale(
            for: values.map { HTMLReport.chartValue($0) }
                + [reference?.value, target.flatMap { HTMLReport.chartValue($0.value) }],
            isRatio: isRatio)
        for (index, (title, positions)) in groups.enumerated() {
            let group = positions.map { (unit: figures.units[$0], row: series.main(at: $0)) }[...]
            let bars = group.map { unit, row in
                BarChart.Bar(
                    label: unit.name, value: HTMLReport.chartValue(row?.value),
                    valueText: HTMLReport.valueText(row),
                    assessment: row.assessment, link: "#" + unit.anchor)
            }
            var description = series.heading + ", " + mainPeriodText(series.mainPeriod) + ": "
            description += title.isEmpty ? "\(bars.count) đơn vị cấp huyện" : title
            description += ", xếp từ cao xuống thấp"
            if let target {
                description += ", so với chỉ tiêu " + HTMLReport.targetText(target, isRatio: isRatio)
            }
            if let province { description += "; toàn tỉnh " + HTMLReport.valueText(province) }
            if !title.isEmpty { writer.element("h5", text: title) }
            writer.open("div", ["class": "pair"])
            BarChart(
                id: "bars-\(series.anchor)-\(index + 1)", title: series.heading + " — theo đơn vị",
                description: description + ".", reference: reference, bars: bars,
                target: target.map {
                    BarChart.Marker(
                        value: HTMLReport.chartValue($0.value)!,
                        label: "Chỉ tiêu " + HTMLReport.targetText($0, isRatio: isRatio))
                }, scale: scale
            ).write(to: &writer)
            writeDistrictTable(
                group, province: province, isRatio: isRatio, hasTarget: series.hasTarget, to: &writer)
            writer.close("div")
            writer.newline()
        }
    }

    private func writeDistrictTable(
        _ rows: ArraySlice<(unit: ReportFigures.Unit, row: IndicatorRow?)>, province: IndicatorRow?,
        isRatio: Bool,
        hasTarget: Bool, to writer: inout HTMLWriter
    ) {
        writer.open("table", ["class": "figures"])
        writeHeadings(
            ["Đơn vị", "Kết quả"] + (isRatio ? ["Tử số/Mẫu số"] : []) + (hasTarget ? ["Đánh giá"] : []),
            to: &writer)
        writer.open("tbody")
        if let province {
            writer.open("tr", ["class": "emphasized"])
            writer.element("th", ["scope": "row"], text: "Toàn tỉnh")
            writer.element("td", ["class": "number"], text: HTMLReport.valueText(province))
            if isRatio { writer.element("td", ["class": "number"], text: HTMLReport.fractionText(province)) }
            if hasTarget {
                writer.element(
                    "td", ["class": province.assessment.className], text: HTMLReport.statusText(province))
            }
            writer.close("tr")
            writer.newline()
        }
        for (unit, row) in rows {
            writer.open("tr")
            writer.open("th", ["scope": "row"])
            writer.element("a", ["href": "#" + unit.anchor], text: unit.name)
            writer.close("th")
            writer.element("td", ["class": "number"], text: HTMLReport.valueText(row))
            if isRatio {
                writer.element("td", ["class": "number"], text: row.map(HTMLReport.fractionText) ?? "")
            }
            if hasTarget {
                writer.element("td", ["class": row.assessment.className], text: HTMLReport.statusText(row))
            }
            writer.close("tr")
            writer.newline()
        }
        writer.close("tbody")
        writer.close("table")
    }
}
