import Testing

@testable import HTMLDocument

@Suite struct ChartTests {
    static func barChart(bars: [BarChart.Bar]) -> BarChart {
        BarChart(
            id: "bars-1", title: "Tỷ lệ <x>", description: "Mỗi đơn vị một thanh",
            reference: BarChart.Bar(label: "Toàn tỉnh", value: 80, valueText: "80,00%", assessment: .notMet),
            bars: bars, target: BarChart.Marker(value: 90, label: "Chỉ tiêu ≥ 90%"),
            scale: ChartScale(maximum: 100, step: 20))
    }

    static let bars = [
        BarChart.Bar(label: "<script>", value: 95, valueText: "95,00%", assessment: .met, link: "#unit-1"),
        BarChart.Bar(label: "=1+1", value: 50, valueText: "50,00%", assessment: .notMet),
        BarChart.Bar(label: "Huyện không có số liệu", value: nil, valueText: "-", assessment: .unavailable),
    ]

    static func rendered(_ write: (inout HTMLWriter) -> Void) -> String {
        var writer = HTMLWriter()
        write(&writer)
        return writer.document
    }

    @Test func barChartIsWellFormedAndNamed() throws {
        let markup = Self.rendered { Self.barChart(bars: Self.bars).write(to: &$0) }
        let check = XMLCheck(markup)
        #expect(check.isWellFormed, "\(check.error ?? "")")
        #expect(check.elements.first == "svg")
        #expect(check.values(of: "role", on: "svg") == ["img"])
        #expect(check.values(of: "aria-labelledby", on: "svg") == ["bars-1-title bars-1-desc"])
        #expect(check.values(of: "id", on: "title") == ["bars-1-title"])
        #expect(check.values(of: "id", on: "desc") == ["bars-1-desc"])
        #expect(check.characters.contains("Tỷ lệ <x>"))
        // Hostile labels are text; one bar rectangle per value (the reference included).
        #expect(check.characters.contains("<script>"))
        #expect(check.characters.contains("=1+1"))
        #expect(check.values(of: "class", on: "rect").filter { $0 == "fill" }.count == 3)
        #expect(check.values(of: "href", on: "a") == ["#unit-1"])
    }

    @Test func barChartPlacesTheTargetAndBarsOnTheScale() throws {
        let check = XMLCheck(Self.rendered { Self.barChart(bars: Self.bars).write(to: &$0) })
        // Plot from x 234 to 640 (406 px): 90 of 100 is at 234 + 365.4.
        let lines = zip(check.values(of: "class", on: "line"), check.values(of: "x1", on: "line"))
        #expect(lines.filter { $0.0 == "target-line" }.map(\.1) == ["599.4"])
        #expect(lines.filter { $0.0 == "reference-line" }.map(\.1) == ["558.8"])
        // Bars 80 (the reference), 95 and 50: 324.8, 385.7, 203 px long.
        let widths = zip(check.values(of: "class", on: "rect"), check.values(of: "width", on: "rect"))
            .filter { $0.0 == "fill" }.map(\.1)
        #expect(widths == ["324.8", "385.7", "203"])
        // The missed bar is hatched; the met one and the reference are not.
        #expect(check.values(of: "style", on: "rect") == ["fill:url(#bars-1-hatch)"])
        // Each verdict also shows as a symbol.
        #expect(check.characters.contains("95,00% ✓"))
        #expect(check.characters.contains("50,00% ✗"))
    }

    @Test func chartsAreDeterministic() {
        let first = Self.rendered { Self.barChart(bars: Self.bars).write(to: &$0) }
        let second = Self.rendered { Self.barChart(bars: Self.bars).write(to: &$0) }
        #expect(first == second)
        let trend = Self.trend()
        #expect(Self.rendered { trend.write(to: &$0) } == Self.rendered { trend.write(to: &$0) })
    }

    static func trend() -> TrendChart {
        TrendChart(
            id: "trend-1", title: "Xu hướng", description: "Mỗi năm một cột",
            points: [
                TrendChart.Point(label: "2019", value: 92, valueText: "92,00%", assessment: .met),
                TrendChart.Point(label: "2020", value: 85, valueText: "85,00%", assessment: .notMet),
                TrendChart.Point(
                    label: "2021", note: "đến 30/06 (chưa trọn năm)", value: 40, valueText: "40,00%",
                    assessment: .unavailable, isPartial: true),
            ],
            target: BarChart.Marker(value: 90, label: "Chỉ tiêu ≥ 90%"),
            scale: ChartScale(maximum: 100, step: 25))
    }

    @Test func trendMarksThePartialPeriod() throws {
        let check = XMLCheck(Self.rendered { Self.trend().write(to: &$0) })
        #expect(check.isWellFormed, "\(check.error ?? "")")
        #expect(check.values(of: "class", on: "g") == ["bar met", "bar not-met", "bar partial"])
        #expect(
            check.values(of: "style", on: "rect") == [
                "fill:url(#trend-1-hatch)", "fill:url(#trend-1-partial)",
            ])
        #expect(check.characters.contains("đến 30/06 (chưa trọn năm)"))
        // Plot from y 186 up to 34 (152 px): 90 of 100 at 186 − 136.8.
        let lines = zip(check.values(of: "class", on: "line"), check.values(of: "y1", on: "line"))
        #expect(lines.filter { $0.0 == "target-line" }.map(\.1) == ["49.2"])
    }

    @Test func gridMarksEveryCellWithColourAndSymbol() throws {
        let grid = StatusGrid(
            caption: "Lưới", cornerHeading: "Đơn vị", tallyHeading: "Đạt",
            columns: [
                StatusGrid.Column(heading: "1", title: "Một"), StatusGrid.Column(heading: "2", title: nil),
            ],
            rows: [
                StatusGrid.Row(heading: "Toàn tỉnh", cells: [.met, .notMet], isEmphasized: true),
                StatusGrid.Row(heading: "<b>", link: "#unit-x", cells: [.notAssessed, .unavailable]),
            ])
        let check = XMLCheck(Self.rendered { grid.write(to: &$0) })
        #expect(check.isWellFormed, "\(check.error ?? "")")
        #expect(
            check.values(of: "class", on: "td") == [
                "met", "not-met", "tally", "not-assessed", "unavailable", "tally",
            ])
        #expect(check.values(of: "title", on: "th") == ["Một"])
        #expect(check.characters.contains("✓✗1/2"))
        #expect(check.characters.contains("<b>–·0/0"))
    }

    @Test func legendShowsEachMarkWithItsWords() {
        let legend = ChartLegend(entries: [
            (.assessment(.met), "đạt"), (.bar(.notMet), "không đạt"), (.partial, "năm chưa trọn"),
            (.targetLine, "<chỉ tiêu>"),
        ])
        let check = XMLCheck(Self.rendered { legend.write(to: &$0) })
        #expect(check.isWellFormed, "\(check.error ?? "")")
        #expect(
            check.values(of: "class", on: "span") == [
                "swatch met", "swatch bar-not-met", "swatch partial", "swatch target-line",
            ])
        #expect(check.characters == "✓ đạt ✗ không đạt năm chưa trọn <chỉ tiêu>")
    }

    @Test func scalesAreRound() {
        #expect(ChartScale(covering: 2_300) == ChartScale(maximum: 2_500, step: 500))
        #expect(ChartScale(covering: 100) == ChartScale(maximum: 100, step: 20))
        #expect(ChartScale(covering: 0) == ChartScale(maximum: 1, step: 0.2))
        #expect(ChartScale(covering: 0, isWhole: true) == ChartScale(maximum: 1, step: 1))
        #expect(ChartScale(covering: 3, isWhole: true) == ChartScale(maximum: 3, step: 1))
        #expect(ChartScale(covering: 7) == ChartScale(maximum: 8, step: 2))
        #expect(ChartScale(maximum: 100, step: 25).ticks == [0, 25, 50, 75, 100])
    }
}
