/// The style sheet of the charts, grid and legend; the page adds its own rules around it.
///
/// Colours are from the Okabe–Ito palette, which colour-blind readers tell apart; met and
/// missed also differ in lightness, pattern and symbol, so they survive a greyscale printer.
public enum ChartStyle {
    /// The rules, without `<` or `&`.
    public static let css = """
        svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
        svg.chart text { font-size: 12px; fill: #1a1a1a; }
        svg.chart .tick { font-size: 11px; fill: #555; }
        svg.chart .note { font-size: 11px; fill: #444; font-style: italic; }
        svg.chart .target-label { font-size: 12px; font-weight: bold; }
        svg.chart a .label { fill: #0b4f8a; text-decoration: underline; }
        svg.chart .grid-line { stroke: #e2e2e2; stroke-width: 1; }
        svg.chart .axis { stroke: #777; stroke-width: 1; }
        svg.chart .target-line { stroke: #000; stroke-width: 2; }
        svg.chart .reference-line { stroke: #333; stroke-width: 1.5; stroke-dasharray: 2 3; }
        svg.chart .met .fill { fill: #0072b2; }
        svg.chart .not-met .fill { fill: #d55e00; stroke: #a84a00; stroke-width: 1; }
        svg.chart .not-assessed .fill, svg.chart .unavailable .fill { fill: #9a9a9a; }
        svg.chart .reference .fill { fill: #1a1a1a; }
        svg.chart .reference .label, svg.chart .reference .value { font-weight: bold; }
        svg.chart .partial .fill { stroke: #444; stroke-width: 1.5; stroke-dasharray: 4 3; }
        svg.chart .hatch-ground { fill: #fbe1cf; }
        svg.chart .hatch-line { stroke: #d55e00; stroke-width: 3; }
        svg.chart .partial-ground { fill: #f2f2f2; }
        svg.chart .partial-line { stroke: #8a8a8a; stroke-width: 2; }
        table.status-grid { border-collapse: collapse; font-size: 12px; }
        table.status-grid caption { text-align: left; font-weight: bold; padding: 4px 0; }
        table.status-grid th, table.status-grid td { border: 1px solid #bbb; padding: 2px 4px; }
        table.status-grid thead th { background: #f0f0f0; min-width: 1.6em; text-align: center; }
        table.status-grid tbody th { text-align: left; font-weight: normal; white-space: nowrap; }
        table.status-grid tr.emphasized th { font-weight: bold; }
        table.status-grid td { text-align: center; min-width: 1.6em; }
        table.status-grid td.tally { text-align: right; white-space: nowrap; background: #fff; color: #000; }
        td.met, .swatch.met { background: #d4e8f7; color: #00406a; }
        td.not-met, .swatch.not-met { background: #b84d00; color: #fff; font-weight: bold; }
        td.not-assessed, .swatch.not-assessed { background: #fff; color: #777; }
        td.unavailable, .swatch.unavailable { background: #f0f0f0; color: #555; }
        ul.legend { list-style: none; padding: 0; margin: 4px 0 8px; font-size: 12px; }
        ul.legend li { display: inline-block; margin-right: 1.2em; }
        .swatch { display: inline-block; min-width: 1.3em; height: 1.1em; line-height: 1.1em;
          text-align: center; vertical-align: middle; border: 1px solid #999; }
        .swatch.reference { background: #1a1a1a; }
        .swatch.bar-met { background: #0072b2; }
        .swatch.bar-not-met { background: repeating-linear-gradient(45deg, #fbe1cf 0 3px, #d55e00 3px 5px);
          border-color: #a84a00; }
        .swatch.bar-not-assessed, .swatch.bar-unavailable { background: #9a9a9a; }
        .swatch.partial { background: repeating-linear-gradient(-45deg, #f2f2f2 0 3px, #8a8a8a 3px 5px);
          border: 1.5px dashed #444; }
        .swatch.target-line { border: 0; border-left: 2px solid #000; min-width: 0; width: 0; margin: 0 0.6em; }
        .swatch.reference-line { border: 0; border-left: 2px dotted #333; min-width: 0; width: 0;
          margin: 0 0.6em; }
        """
}
