import CSV
import ChiboCore

/// The spreadsheet-ready layout of indicators.csv: one row per indicator and unit, one
/// column per period, so a block of rows pastes straight into a report table.
///
/// Columns: Mã chỉ tiêu, Chỉ tiêu, Đơn vị tính (`%` or `số lượng`), Phạm vi, Mã đơn vị,
/// Đơn vị, Chỉ tiêu đề ra, then one column per period found in the file (years
/// chronologically, then `as_of`, then `term`), then Kỳ đánh giá (the indicator's main
/// period, see `mainPeriods(of:)`) and Đánh giá (its status there). A period an indicator does not
/// have is an empty cell. Files are UTF-8 with a BOM and CRLF line ends, which Excel needs
/// to recognize UTF-8 and which LibreOffice accepts.
public struct WideSheet: Sendable {
    /// The period columns, in order.
    public var periods: [Period]
    /// The rows to lay out, in SPEC order.
    public var indicators: [IndicatorRow]
    /// The review's AS_OF, named in the `as_of` column's heading.
    public var asOf: Day

    /// Each indicator's main period (`mainPeriods(of:)`), worked out once for both dialects.
    private let mainPeriods: [String: Period]

    /// Lays out `indicators` (already in SPEC order) for a review at `asOf`.
    public init(indicators: [IndicatorRow], asOf: Day) {
        self.init(indicators: indicators, asOf: asOf, mainPeriods: WideSheet.mainPeriods(of: indicators))
    }

    /// `init(indicators:asOf:)` with `mainPeriods(of: indicators)` worked out already.
    init(indicators: [IndicatorRow], asOf: Day, mainPeriods: [String: Period]) {
        self.mainPeriods = mainPeriods
        self.indicators = indicators
        self.asOf = asOf
        // A handful of distinct periods among a million rows: a short list searched on each
        // row beats hashing every row's period.
        var distinct: [Period] = []
        for index in indicators.indices where !distinct.contains(indicators[index].period) {
            distinct.append(indicators[index].period)
        }
        periods = distinct.sorted { $0.sortKey < $1.sortKey }
    }

    /// The header and the rows as typed cells; `dialect` sets the decimal mark inside
    /// target texts.
    public func rows(in dialect: SpreadsheetDialect) -> [[SpreadsheetCell]] {
        var rows = [header]
        forEachRow(in: dialect) { rows.append($0) }
        return rows
    }

    /// The header row.
    private var header: [SpreadsheetCell] {
        var header: [SpreadsheetCell] = [
            "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Phạm vi", "Mã đơn vị", "Đơn vị", "Chỉ tiêu đề ra",
        ].map { .text($0) }
        header += periods.map { .text($0.label(asOf: asOf)) }
        header += [.text("Kỳ đánh giá"), .text("Đánh giá")]
        return header
    }

    /// Hands each row after the header to `body`, one at a time (a national sheet has
    /// two hundred thousand), its texts that repeat from row to row made once.
    private func forEachRow(in dialect: SpreadsheetDialect, _ body: ([SpreadsheetCell]) -> Void) {
        var labels: [Period: String] = [:]
        for period in periods { labels[period] = period.label(asOf: asOf) }
        // The catalog words of the last code (a code outside the catalog is a ratio when
        // its row has a denominator), and the text of the last target.
        var lastCode: (indicator: String, hasDenominator: Bool, name: String, isRatio: Bool)?
        var lastTarget: (target: Target, text: String)?
        var cells: [SpreadsheetCell] = []
        for group in WideSheet.groupRanges(of: indicators) {
            let first = indicators[group.lowerBound]
            let main = mainPeriods[first.indicator] ?? first.period
            let mainIndex = group.first { indicators[$0].period == main }
            let target =
                mainIndex.flatMap { indicators[$0].target }
                ?? group.reversed().lazy.compactMap { indicators[$0].target }.first
            if lastCode?.indicator != first.indicator
                || lastCode?.hasDenominator != (first.denominator != nil)
            {
                lastCode = (first.indicator, first.denominator != nil, first.vietnameseName, first.isRatio)
            }
            cells.removeAll(keepingCapacity: true)
            cells += [
                .text(first.indicator), .text(lastCode!.name),
                .text(lastCode!.isRatio ? "%" : "số lượng"),
                .text(first.scope == .province ? "Toàn tỉnh" : "Cấp huyện"), .text(first.unitID),
                .text(first.unitName),
            ]
            if let target {
                if lastTarget?.target != target {
                    lastTarget = (target, WideSheet.targetText(target, decimalMark: dialect.decimalMark))
                }
                cells.append(.text(lastTarget!.text))
            } else {
                cells.append(.empty)
            }
            for period in periods {
                let value = group.first { indicators[$0].period == period }.flatMap { indicators[$0].value }
                cells.append(value.map { .number($0) } ?? .empty)
            }
            cells.append(mainIndex == nil ? .empty : .text(labels[main] ?? main.label(asOf: asOf)))
            cells.append(mainIndex.flatMap { indicators[$0].status }.map { .text($0.vietnamese) } ?? .empty)
            body(cells)
        }
    }

    /// The target as a spreadsheet shows it, in the words Vietnamese resolutions use:
    /// `từ 75 trở lên` (≥), `trên 84` (>), `từ 5 trở xuống` (≤), `dưới 5` (<), `bằng 0` (=).
    ///
    /// Words rather than `>=75` or `= 0`: a cell starting with `=` would have to be
    /// neutralized as `'= 0`, and LibreOffice then shows the apostrophe.
    static func targetText(_ target: Target, decimalMark: Character) -> String {
        let value = target.value.formatted(decimalMark: decimalMark)
        switch target.comparator {
        case .atLeast: return "từ \(value) trở lên"
        case .greaterThan: return "trên \(value)"
        case .atMost: return "từ \(value) trở xuống"
        case .lessThan: return "dưới \(value)"
        case .equal: return "bằng \(value)"
        }
    }

    /// The positions of the rows of each indicator and unit, consecutive in SPEC order.
    static func groupRanges(of indicators: [IndicatorRow]) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var start = 0
        for index in indicators.indices.dropFirst() {
            // Field by field: copying two rows per row would retain every text of both.
            if indicators[index - 1].indicator != indicators[index].indicator
                || indicators[index - 1].scope != indicators[index].scope
                || indicators[index - 1].unitID != indicators[index].unitID
            {
                groups.append(start..<index)
                start = index
            }
        }
        if !indicators.isEmpty { groups.append(start..<indicators.count) }
        return groups
    }

    /// The rows of one indicator and unit, consecutive in SPEC order.
    static func groups(of indicators: [IndicatorRow]) -> [[IndicatorRow]] {
        var groups: [[IndicatorRow]] = []
        for row in indicators {
            if let last = groups.last?.last, last.indicator == row.indicator, last.scope == row.scope,
                last.unitID == row.unitID
            {
                groups[groups.count - 1].append(row)
            } else {
                groups.append([row])
            }
        }
        return groups
    }

    /// The period each indicator is judged on in a one-period view: `as_of` when the
    /// indicator has one; else the latest full year; else the latest clipped year; else
    /// `term`. Decided on the province rows so every unit of an indicator shows the same
    /// period.
    static func mainPeriods(of indicators: [IndicatorRow]) -> [String: Period] {
        var periods: [String: [Period]] = [:]
        for index in indicators.indices where indicators[index].scope == .province {
            periods[indicators[index].indicator, default: []].append(indicators[index].period)
        }
        // A row whose code is the one of the row before has nothing to add: that code is
        // already in `periods` (the province's, or just added). The codes of consecutive
        // rows share their storage, so the comparison is quick, unlike the look-up.
        var previous: String?
        for index in indicators.indices {
            let indicator = indicators[index].indicator
            if indicator == previous { continue }
            previous = indicator
            if periods[indicator] == nil { periods[indicator] = [indicators[index].period] }
        }
        return periods.mapValues { list in
            if list.contains(.asOf) { return .asOf }
            let years = list.filter { $0.year != nil }.sorted { $0.sortKey < $1.sortKey }
            if let full = years.last(where: \.isFullYear) { return full }
            if let latest = years.last { return latest }
            return .term
        }
    }

    /// The file's bytes in `dialect`: BOM, header, rows, CRLF.
    public func bytes(in dialect: SpreadsheetDialect) -> [UInt8] {
        let writer = CSVWriter(delimiter: dialect.delimiter, lineEnding: [0x0D, 0x0A])
        var output: [UInt8] = []
        // About 63 bytes per row at national size: room made at once rather than by
        // copying tens of megabytes into ever larger memory (unwritten room is not taken).
        output.reserveCapacity(indicators.count * 68 + 4096)
        output += [0xEF, 0xBB, 0xBF]
        writer.appendRecord(header.map { $0.field(in: dialect) }, to: &output)
        forEachRow(in: dialect) { row in
            for (index, cell) in row.enumerated() {
                if index > 0 { writer.appendDelimiter(to: &output) }
                writer.appendField(cell.field(in: dialect), to: &output)
            }
            writer.appendLineEnding(to: &output)
        }
        return output
    }
}
