extension HTMLReport {
    /// The page's own style rules, after `ChartStyle.css`: system fonts only (no download),
    /// a reading width on screen, and for print A4 with each part and each district unit on
    /// a new page and no chart or table row cut in two.
    static let pageStyle = """

        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 15px;
          line-height: 1.45; color: #1a1a1a; background: #fff; max-width: 1280px; margin: 0 auto; padding: 16px 20px; }
        h1 { font-size: 22px; line-height: 1.3; margin: 4px 0 12px; }
        h2 { font-size: 20px; border-bottom: 2px solid #1a1a1a; padding-bottom: 2px; margin-top: 32px; }
        h3 { font-size: 17px; margin: 24px 0 4px; }
        h4 { font-size: 15px; margin: 14px 0 4px; }
        h5 { font-size: 14px; margin: 10px 0 2px; font-weight: normal; font-style: italic; }
        a { color: #0b4f8a; }
        .issuer { font-weight: bold; margin: 0; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 8px; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        .summary { font-size: 17px; margin: 8px 0; }
        .warning { border: 2px solid #b84d00; padding: 6px 10px; font-weight: bold; }
        .note, .facts-line { color: #444; font-size: 13px; margin: 2px 0 6px; }
        .change { font-size: 14px; margin: 2px 0 6px; }
        .definition { margin: 2px 0; }
        nav.contents ol { margin: 4px 0; }
        .pair { display: grid; grid-template-columns: minmax(560px, 680px) auto; gap: 8px 20px;
          align-items: start; margin: 4px 0 12px; }
        .pair > table { justify-self: start; }
        .pair > table:only-child { grid-column: 1 / -1; min-width: 320px; }
        table.province-figures tbody th { min-width: 7.5em; }
        table.figures { border-collapse: collapse; font-size: 13px; }
        table.figures caption { text-align: left; font-weight: bold; padding: 2px 0; }
        table.figures th, table.figures td { border: 1px solid #c8c8c8; padding: 2px 6px; vertical-align: top; }
        table.figures thead th { background: #f0f0f0; text-align: left; }
        table.figures tbody th { text-align: left; font-weight: normal; }
        table.figures tr.emphasized th, table.figures tr.emphasized td { font-weight: bold; }
        table.figures td.number { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        table.figures td.main { font-weight: bold; }
        table.figures td.target { white-space: nowrap; }
        table.figures td.partial, table.figures tr.partial td, table.figures tr.partial th { font-style: italic; }
        table.figures td.met, table.figures td.not-met, table.figures td.unavailable { white-space: nowrap; }
        table.definitions .code { display: block; color: #555; font-size: 11px; overflow-wrap: anywhere; }
        table.definitions tbody th { width: 28%; }
        table.definitions td:nth-child(2) { width: 40%; }
        table.unit-figures { font-size: 12px; width: 100%; }
        table.unit-figures thead th { white-space: normal; }
        table.unit-figures td { text-align: right; white-space: nowrap; }
        table.unit-figures td.met, table.unit-figures td.not-met, table.unit-figures td.unavailable { text-align: left; }
        .pair table.figures tbody th { white-space: nowrap; }
        table.status-grid tbody th { min-width: 16em; }
        table.unit-figures tbody th { width: 34%; }
        table.definitions { width: 100%; }
        .grid-page { margin: 8px 0 16px; overflow-x: auto; }
        ol.column-key { columns: 2; column-gap: 32px; font-size: 13px; padding-left: 2.5em; }
        ol.column-key li { break-inside: avoid; }
        section.unit { border-top: 1px solid #999; margin-top: 28px; }
        @media screen and (max-width: 1100px) { .pair { display: block; } }
        @page { size: A4; margin: 14mm 12mm;
          @bottom-right { content: "Trang " counter(page) "/" counter(pages); font-size: 9px; color: #555; } }
        @media print {
          body { font-size: 12px; max-width: none; padding: 0; }
          h1 { font-size: 18px; }
          h2 { font-size: 16px; margin-top: 0; }
          h3 { font-size: 14px; }
          a { color: inherit; text-decoration: none; }
          nav.contents { display: none; }
          section.part, section.unit { break-before: page; }
          section#grid, section.part.brief, section#units + section.unit { break-before: auto; }
          .pair { break-inside: avoid; }
          section.indicator { break-before: auto; }
          section.unit { border-top: 0; margin-top: 0; }
          .pair { display: block; }
          svg.chart, table.status-grid tr, table.figures tr, .legend-block, ul.legend { break-inside: avoid; }
          h2, h3, h4, h5, .indicator-head { break-after: avoid; }
          .indicator-head { break-inside: avoid; }
          p { orphans: 3; widows: 3; }
          table.status-grid { font-size: 10px; }
          table.figures { font-size: 11px; margin-bottom: 8px; }
          table.unit-figures { font-size: 9.5px; line-height: 1.3; }
          table.unit-figures th, table.unit-figures td { padding: 1px 4px; }
          table.unit-figures tbody th { width: 40%; }
          section.unit table.status-grid { font-size: 9px; margin-bottom: 4px; }
          section.unit .facts-line { margin: 0 0 4px; }
          thead { display: table-header-group; }
          .grid-page { overflow: visible; }
        }

        """
}
