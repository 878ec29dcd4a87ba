/// Horizontal bars by category against a target line, with one reference bar (a total or
/// average the others are read against) drawn first, apart and darker, and its value carried
/// down the chart as a dotted line.
///
/// Bars are coloured by `Assessment`, a bar that misses the target is also hatched, and each
/// value is written at the right with the assessment's symbol, so the chart reads in
/// greyscale. Keep a chart to about 30 bars; split longer lists into several charts.
public struct BarChart: Sendable {
    /// One bar.
    public struct Bar: Sendable {
        /// The category, shown left of the bar (cut to fit; the full text is its tooltip).
        public var label: String
        /// The length of the bar; nil draws none.
        public var value: Double?
        /// The value as the reader reads it, written at the right (`84,50%`, `không có số liệu`).
        public var valueText: String
        /// How the value stands against the target.
        public var assessment: Assessment
        /// Where the label links to (`#unit-05`), if anywhere.
        public var link: String?

        /// Creates a bar.
        public init(
            label: String, value: Double?, valueText: String, assessment: Assessment, link: String? = nil
        ) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.assessment = assessment
            self.link = link
        }
    }

    /// A vertical line across the bars at `value`, labelled `label`.
    public struct Marker: Sendable {
        /// Where the line is drawn.
        public var value: Double
        /// The line's label (`Chỉ tiêu ≥ 90%`).
        public var label: String

        /// Creates a marker.
        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// The chart's id in the page, a plain name; also the prefix of its inner ids.
    public var id: String
    /// The chart's title, for assistive technology and the tooltip.
    public var title: String
    /// A sentence saying what the chart shows.
    public var description: String
    /// The reference bar, drawn first and carried down as a dotted line; nil for none.
    public var reference: Bar?
    /// The bars, top to bottom.
    public var bars: [Bar]
    /// The target line, if any.
    public var target: Marker?
    /// The value axis; by default from 0 to a round number above every value and the target.
    public var scale: ChartScale

    static let width = 760
    static let labelRight = 226.0
    static let plotLeft = 234.0
    static let plotRight = 640.0
    static let valueRight = 754.0
    static let top = 30.0
    static let rowHeight = 22.0
    static let barHeight = 14.0
    static let referenceGap = 10.0
    static let axisHeight = 24.0
    static let labelCharacters = 34

    /// Creates a chart; `scale` nil fits the values and the target (in whole steps when
    /// `isWhole`).
    public init(
        id: String, title: String, description: String, reference: Bar?, bars: [Bar], target: Marker?,
        scale: ChartScale? = nil, isWhole: Bool = false
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.reference = reference
        self.bars = bars
        self.target = target
        let largest = ([reference?.value, target?.value] + bars.map(\.value)).compactMap { $0 }.max() ?? 0
        self.scale = scale ?? ChartScale(covering: largest, isWhole: isWhole)
    }

    /// The chart's height in pixels.
    public var height: Int {
        let rows = Double(bars.count + (reference == nil ? 0 : 1))
        let gap = reference == nil || bars.isEmpty ? 0 : BarChart.referenceGap
        return Int((BarChart.top + rows * BarChart.rowHeight + gap + BarChart.axisHeight).rounded(.up))
    }

    /// Writes the chart as an inline `<svg>`.
    public func write(to writer: inout HTMLWriter) {
        writer.openChart(
            id: id, width: BarChart.width, height: height, title: title, description: description)
        let plotBottom = Double(height) - BarChart.axisHeight
        writeAxis(to: &writer, bottom: plotBottom)
        var y = BarChart.top
        if let reference {
            writeBar(reference, isReference: true, y: y, to: &writer)
            y += BarChart.rowHeight + BarChart.referenceGap
        }
        for bar in bars {
            writeBar(bar, isReference: false, y: y, to: &writer)
            y += BarChart.rowHeight
        }
        if let value = reference?.value {
            let x = position(of: value)
            writer.svgLine(x1: x, y1: BarChart.top, x2: x, y2: plotBottom, className: "reference-line")
        }
        if let target {
            let x = position(of: target.value)
            writer.svgLine(x1: x, y1: BarChart.top - 8, x2: x, y2: plotBottom, className: "target-line")
            writer.svgText(
                target.label, x: x, y: BarChart.top - 12, anchor: anchor(at: x), className: "target-label")
        }
        writer.close("svg")
    }

    private func position(of value: Double) -> Double {
        BarChart.plotLeft + scale.fraction(of: value) * (BarChart.plotRight - BarChart.plotLeft)
    }

    private func anchor(at x: Double) -> String {
        let third = (BarChart.plotRight - BarChart.plotLeft) / 3
        if x < BarChart.plotLeft + third { return "start" }
        return x > BarChart.plotRight - third ? "end" : "middle"
    }

    private func writeAxis(to writer: inout HTMLWriter, bottom: Double) {
        for tick in scale.ticks {
            let x = position(of: tick)
            writer.svgLine(x1: x, y1: BarChart.top - 4, x2: x, y2: bottom, className: "grid-line")
            writer.svgText(
                DecimalText.vietnamese(tick, fractionDigits: scale.tickFractionDigits), x: x, y: bottom + 15,
                anchor: "middle", className: "tick")
        }
        writer.svgLine(
            x1: BarChart.plotLeft, y1: bottom, x2: BarChart.plotRight, y2: bottom, className: "axis")
        writer.newline()
    }

    private func writeBar(_ bar: Bar, isReference: Bool, y: Double, to writer: inout HTMLWriter) {
        let className = isReference ? "bar reference" : "bar " + bar.assessment.className
        writer.open("g", ["class": className])
        writer.element("title", text: bar.label + ": " + bar.valueText)
        let baseline = y + BarChart.barHeight - 3
        let label = bar.label.truncated(to: BarChart.labelCharacters)
        if let link = bar.link {
            writer.open("a", ["href": link])
            writer.svgText(label, x: BarChart.labelRight, y: baseline, anchor: "end", className: "label")
            writer.close("a")
        } else {
            writer.svgText(label, x: BarChart.labelRight, y: baseline, anchor: "end", className: "label")
        }
        if let value = bar.value {
            // A zero still gets a sliver, so "0" is seen as a value and not as a gap.
            let width = max(position(of: value) - BarChart.plotLeft, 1.5)
            writer.svgRectangle(
                x: BarChart.plotLeft, y: y, width: width, height: BarChart.barHeight, className: "fill",
                pattern: bar.assessment == .notMet && !isReference ? id + "-hatch" : nil)
        }
        var valueText = bar.valueText
        if !isReference, bar.assessment == .met || bar.assessment == .notMet {
            valueText += " " + bar.assessment.symbol
        }
        writer.svgText(valueText, x: BarChart.valueRight, y: baseline, anchor: "end", className: "value")
        writer.close("g")
        writer.newline()
    }
}
