import ChiboCore

/// The rows of two reviews' indicators.csv matched on indicator, unit and period, for
/// `chibo-report compare` and section IV of the report.
///
/// Per-year periods are matched on their year: the current year is clipped at each
/// quarter's end (`2018-01-01..2018-03-31`, then `..2018-06-30`) and is still the same
/// year to a reviewer. `as_of` and `term` rows match each other.
public struct IndicatorComparison: Sendable {
    /// One matched key and its rows on either side.
    public struct Entry: Sendable {
        /// The row of the earlier review, nil when only the later one has it.
        public var old: IndicatorRow?
        /// The row of the later review, nil when only the earlier one has it.
        public var new: IndicatorRow?

        /// The row that names the key (the later one when both exist).
        public var row: IndicatorRow { (new ?? old)! }

        /// `new − old` when both values exist.
        public var delta: DecimalNumber? {
            guard let oldValue = old?.value, let newValue = new?.value else { return nil }
            return newValue - oldValue
        }

        /// Whether the status differs (met → not met, or a status appearing or vanishing).
        public var isStatusChanged: Bool { old != nil && new != nil && old?.status != new?.status }

        /// Whether anything a reviewer would look at differs.
        public var isChanged: Bool {
            guard let old, let new else { return true }
            return old.value != new.value || old.status != new.status || old.target != new.target
                || old.numerator != new.numerator || old.denominator != new.denominator
        }
    }

    /// The earlier review.
    public var oldReview: ReviewName
    /// The later review.
    public var newReview: ReviewName
    /// Every key of either side, in SPEC row order.
    public var entries: [Entry]

    /// Matches `old` (of `oldReview`) with `new` (of `newReview`).
    public init(old: [IndicatorRow], oldReview: ReviewName, new: [IndicatorRow], newReview: ReviewName) {
        self.oldReview = oldReview
        self.newReview = newReview
        struct Key: Hashable {
            var indicator: String
            var scope: TargetScope
            var unitID: String
            var period: Period
        }
        func key(_ row: IndicatorRow) -> Key {
            Key(
                indicator: row.indicator, scope: row.scope, unitID: row.unitID,
                period: row.period.comparisonKey)
        }
        var byKey: [Key: Int] = [:]
        var entries: [Entry] = []
        for row in old where byKey[key(row)] == nil {
            byKey[key(row)] = entries.count
            entries.append(Entry(old: row, new: nil))
        }
        for row in new {
            if let index = byKey[key(row)] {
                if entries[index].new == nil { entries[index].new = row }
            } else {
                byKey[key(row)] = entries.count
                entries.append(Entry(old: nil, new: row))
            }
        }
        self.entries = entries.sorted { IndicatorRow.precedes($0.row, $1.row) }
    }

    /// The changed entries as an aligned table grouped by indicator, then a summary line;
    /// `includes` picks the entries shown (all changed ones by default).
    public func rendered(showsScope: Bool = true, includes: (Entry) -> Bool = { $0.isChanged }) -> String {
        table(showsScope: showsScope, includes: includes).rendered()
    }

    /// The entries `includes` picks as a table grouped by indicator, for report.txt and
    /// report.docx.
    func table(showsScope: Bool = true, includes: (Entry) -> Bool = { $0.isChanged }) -> TextTable {
        var headings = ["Mã đơn vị", "Đơn vị", "Kỳ", "Trước", "Sau", "Chênh lệch", "Đánh giá", "Ghi chú"]
        var alignsRight = [false, false, false, true, true, true, false, false]
        if showsScope {
            headings.insert("Phạm vi", at: 0)
            alignsRight.insert(false, at: 0)
        }
        var table = TextTable(headings: headings, alignsRight: alignsRight)
        var currentIndicator: String?
        for entry in entries where includes(entry) {
            let row = entry.row
            if row.indicator != currentIndicator {
                currentIndicator = row.indicator
                table.appendText(row.indicatorHeading)
            }
            var cells = [
                row.unitID, row.unitName, periodText(entry),
                entry.old?.valueText ?? "", entry.new?.valueText ?? "",
                entry.new?.differenceText(from: entry.old) ?? "", statusText(entry), note(entry),
            ]
            if showsScope { cells.insert(row.scopeText, at: 0) }
            table.append(cells)
        }
        return table
    }

    /// `Thay đổi: …; không đổi: …; chỉ có ở …: …`.
    public var summary: String {
        let onlyOld = entries.filter { $0.new == nil }.count
        let onlyNew = entries.filter { $0.old == nil }.count
        let changed = entries.filter { $0.old != nil && $0.new != nil && $0.isChanged }.count
        let unchanged = entries.count - onlyOld - onlyNew - changed
        return "Số dòng thay đổi: \(changed); không đổi: \(unchanged); chỉ có ở \(oldReview): \(onlyOld);"
            + " chỉ có ở \(newReview): \(onlyNew)."
    }

    private func periodText(_ entry: Entry) -> String {
        let oldText = entry.old.map { $0.period.label(asOf: oldReview.quarter.lastDay) }
        let newText = entry.new.map { $0.period.label(asOf: newReview.quarter.lastDay) }
        switch (oldText, newText) {
        case (let oldText?, let newText?) where oldText != newText: return oldText + " → " + newText
        default: return newText ?? oldText ?? ""
        }
    }

    private func statusText(_ entry: Entry) -> String {
        guard let old = entry.old, let new = entry.new else { return entry.row.statusText }
        guard entry.isStatusChanged else { return new.statusText }
        return (old.status?.vietnamese ?? "-") + " → " + (new.status?.vietnamese ?? "-")
    }

    private func note(_ entry: Entry) -> String {
        guard let old = entry.old else { return "chỉ có ở \(newReview)" }
        guard let new = entry.new else { return "chỉ có ở \(oldReview)" }
        var notes: [String] = []
        if old.target != new.target {
            notes.append(
                "chỉ tiêu " + (old.target == nil ? "-" : old.targetText) + " → "
                    + (new.target == nil ? "-" : new.targetText))
        }
        if old.value == new.value, old.numerator != new.numerator || old.denominator != new.denominator {
            notes.append("tử số/mẫu số " + old.fractionText + " → " + new.fractionText)
        }
        return notes.joined(separator: "; ")
    }
}
