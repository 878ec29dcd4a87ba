/// A key to the marks of the charts and grid, written as a list of small swatches and words.
public struct ChartLegend: Sendable {
    /// What a legend entry's swatch shows.
    public enum Swatch: Sendable, Hashable {
        /// A grid cell in this state, with its symbol.
        case assessment(Assessment)
        /// A bar in this state (hatched when the target is missed), with its symbol.
        case bar(Assessment)
        /// The reference bar.
        case reference
        /// A bar of an unfinished period.
        case partial
        /// The target line.
        case targetLine
        /// The reference value's dotted line.
        case referenceLine
    }

    /// The entries, each a swatch and its words.
    public var entries: [(swatch: Swatch, text: String)]

    /// Creates a legend.
    public init(entries: [(swatch: Swatch, text: String)]) {
        self.entries = entries
    }

    /// Writes the legend as `<ul class="legend">`.
    public func write(to writer: inout HTMLWriter) {
        writer.open("ul", ["class": "legend"])
        for (swatch, text) in entries {
            writer.open("li")
            switch swatch {
            case .assessment(let assessment):
                writer.element("span", ["class": "swatch " + assessment.className], text: assessment.symbol)
            case .bar(let assessment):
                writer.element("span", ["class": "swatch bar-" + assessment.className], text: "")
                writer.text(" " + assessment.symbol)
            case .reference: writer.element("span", ["class": "swatch reference"], text: "")
            case .partial: writer.element("span", ["class": "swatch partial"], text: "")
            case .targetLine: writer.element("span", ["class": "swatch target-line"], text: "")
            case .referenceLine: writer.element("span", ["class": "swatch reference-line"], text: "")
            }
            writer.text(" " + text)
            writer.close("li")
        }
        writer.close("ul")
        writer.newline()
    }
}
