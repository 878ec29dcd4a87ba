/// One value per period as vertical bars, left to right, against an optional target line.
///
/// A period still under way (a year cut short by the review date) is drawn hatched with a
/// dashed outline and labelled under its bar, so nobody reads its smaller figure as a fall.
public struct TrendChart: Sendable {
    /// One period's bar.
    public struct Point: Sendable {
        /// The period under the bar (`2017`).
        public var label: String
        /// A second line under the label (`đến 30/06` for a partial year), if any.
        public var note: String?
        /// The bar's height; nil draws none.
        public var value: Double?
        /// The value as the reader reads it, written above the bar.
        public var valueText: String
        /// How the value stands against the target.
        public var assessment: Assessment
        /// Whether the period is unfinished.
        public var isPartial: Bool

        /// Creates a point.
        public init(
            label: String, note: String? = nil, value: Double?, valueText: String, assessment: Assessment,
            isPartial: Bool = false
        ) {
            self.label = label
            self.note = note
            self.value = value
            self.valueText = valueText
            self.assessment = assessment
            self.isPartial = isPartial
        }
    }

    /// The chart's id in the page, a plain name; also the prefix of its inner ids.
    public var id: String
    /// The chart's title, for assistive technology and the tooltip.
    public var title: String
    /// A sentence saying what the chart shows.
    public var description: String
    /// The periods, oldest first.
    public var points: [Point]
    /// The target line, if any.
    public var target: BarChart.Marker?
    /// The value axis; by default from 0 to a round number above every value and the target.
    public var scale: ChartScale

    static let width = 760
    static let height = 236
    static let plotLeft = 56.0
    static let plotRight = 620.0
    static let plotTop = 34.0
    static let plotBottom = 186.0
    static let maximumBarWidth = 64.0

    /// Creates a chart; `scale` nil fits the values and the target (in whole steps when
    /// `isWhole`).
    public init(
        id: String, title: String, description: String, points: [Point], target: BarChart.Marker?,
        scale: ChartScale? = nil, isWhole: Bool = false
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.points = points
        self.target = target
        let largest = ([target?.value] + points.map(\.value)).compactMap { $0 }.max() ?? 0
        self.scale = scale ?? ChartScale(covering: largest, isWhole: isWhole)
    }

    /// Writes the chart as an inline `<svg>`.
    public func write(to writer: inout HTMLWriter) {
        writer.openChart(
            id: id, width: TrendChart.width, height: TrendChart.height, title: title, description: description
        )
        for tick in scale.ticks {
            let y = position(of: tick)
            writer.svgLine(
                x1: TrendChart.plotLeft, y1: y, x2: TrendChart.plotRight, y2: y, className: "grid-line")
            writer.svgText(
                DecimalText.vietnamese(tick, fractionDigits: scale.tickFractionDigits),
                x: TrendChart.plotLeft - 6, y: y + 4, anchor: "end", className: "tick")
        }
        writer.newline()
        let slot = (TrendChart.plotRight - TrendChart.plotLeft) / Double(max(points.count, 1))
        let barWidth = min(TrendChart.maximumBarWidth, slot * 0.6)
        for (index, point) in points.enumerated() {
            let center = TrendChart.plotLeft + slot * (Double(index) + 0.5)
            writer.open("g", ["class": "bar " + (point.isPartial ? "partial" : point.assessment.className)])
            writer.element(
                "title",
                text: [point.label, point.note].compactMap { $0 }.joined(separator: " ") + ": "
                    + point.valueText)
            if let value = point.value {
                let top = min(position(of: value), TrendChart.plotBottom - 1.5)
                let pattern =
                    point.isPartial ? id + "-partial" : point.assessment == .notMet ? id + "-hatch" : nil
                writer.svgRectangle(
                    x: center - barWidth / 2, y: top, width: barWidth, height: TrendChart.plotBottom - top,
                    className: "fill", pattern: pattern)
                var valueText = point.valueText
                if point.assessment == .met || point.assessment == .notMet {
                    valueText += " " + point.assessment.symbol
                }
                writer.svgText(valueText, x: center, y: top - 5, anchor: "middle", className: "value")
            } else {
                writer.svgText(
                    point.valueText, x: center, y: TrendChart.plotBottom - 5, anchor: "middle",
                    className: "value")
            }
            writer.svgText(
                point.label, x: center, y: TrendChart.plotBottom + 17, anchor: "middle", className: "label")
            if let note = point.note {
                writer.svgText(
                    note, x: center, y: TrendChart.plotBottom + 33, anchor: "middle", className: "note")
            }
            writer.close("g")
            writer.newline()
        }
        writer.svgLine(
            x1: TrendChart.plotLeft, y1: TrendChart.plotBottom, x2: TrendChart.plotRight,
            y2: TrendChart.plotBottom, className: "axis")
        if let target {
            let y = position(of: target.value)
            writer.svgLine(
                x1: TrendChart.plotLeft, y1: y, x2: TrendChart.plotRight, y2: y, className: "target-line")
            // Right of the plot, where no bar's value label can run into it.
            writer.svgText(
                target.label, x: TrendChart.plotRight + 6, y: y + 4, anchor: "start",
                className: "target-label")
        }
        writer.close("svg")
    }

    private func position(of value: Double) -> Double {
        TrendChart.plotBottom - scale.fraction(of: value) * (TrendChart.plotBottom - TrendChart.plotTop)
    }
}
