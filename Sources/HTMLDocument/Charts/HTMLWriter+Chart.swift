extension HTMLWriter {
    /// Opens an inline `<svg>` chart `width` × `height` that scales down with the page, named
    /// for assistive technology by its `<title>` and `<desc>` (ids `<id>-title`, `<id>-desc`),
    /// with hatch patterns `<id>-hatch` (a missed target) and `<id>-partial` (an unfinished
    /// period) for bars that must read apart in greyscale.
    mutating func openChart(id: String, width: Int, height: Int, title: String, description: String) {
        precondition(HTMLWriter.isName(id), "a chart id is a plain name: \(id)")
        open(
            "svg",
            [
                "class": "chart", "id": id, "width": String(width), "height": String(height),
                "viewBox": "0 0 \(width) \(height)", "role": "img",
                "aria-labelledby": "\(id)-title \(id)-desc",
            ])
        element("title", ["id": "\(id)-title"], text: title)
        element("desc", ["id": "\(id)-desc"], text: description)
        open("defs")
        // The two hatches lean opposite ways, so they differ in greyscale too.
        for (kind, angle) in [("hatch", "45"), ("partial", "-45")] {
            open(
                "pattern",
                [
                    "id": "\(id)-\(kind)", "width": "6", "height": "6", "patternUnits": "userSpaceOnUse",
                    "patternTransform": "rotate(\(angle))",
                ])
            empty("rect", ["width": "6", "height": "6", "class": "\(kind)-ground"])
            empty("line", ["x1": "0", "y1": "0", "x2": "0", "y2": "6", "class": "\(kind)-line"])
            close("pattern")
        }
        close("defs")
        newline()
    }

    /// Writes `text` at (`x`, `y`) with `anchor` (`start`, `middle`, `end`) and `className`.
    mutating func svgText(
        _ text: String, x: Double, y: Double, anchor: String = "start", className: String? = nil
    ) {
        var attributes = [
            ("x", DecimalText.coordinate(x)), ("y", DecimalText.coordinate(y)), ("text-anchor", anchor),
        ]
        if let className { attributes.append(("class", className)) }
        element("text", attributes: attributes, text: text)
    }

    /// Writes a line from (`x1`, `y1`) to (`x2`, `y2`) with `className`.
    mutating func svgLine(x1: Double, y1: Double, x2: Double, y2: Double, className: String) {
        empty(
            "line",
            attributes: [
                ("x1", DecimalText.coordinate(x1)), ("y1", DecimalText.coordinate(y1)),
                ("x2", DecimalText.coordinate(x2)), ("y2", DecimalText.coordinate(y2)), ("class", className),
            ])
    }

    /// Writes a rectangle with `className`, filled with the pattern of id `pattern` if given
    /// (as a style, which outranks the class's fill).
    mutating func svgRectangle(
        x: Double, y: Double, width: Double, height: Double, className: String, pattern: String? = nil
    ) {
        var attributes = [
            ("x", DecimalText.coordinate(x)), ("y", DecimalText.coordinate(y)),
            ("width", DecimalText.coordinate(max(width, 0))),
            ("height", DecimalText.coordinate(max(height, 0))),
            ("class", className),
        ]
        if let pattern { attributes.append(("style", "fill:url(#\(pattern))")) }
        empty("rect", attributes: attributes)
    }
}

extension String {
    /// The string cut to `limit` characters with `…` when longer, for a label in a fixed column
    /// (the full text stays in the table beside the chart and in the label's tooltip).
    func truncated(to limit: Int) -> String {
        count <= limit ? self : String(prefix(limit - 1)) + "…"
    }
}
