import ChiboCore
import Foundation
import OfficeOpenXML

extension TextReport {
    /// How an indicator's rows are grouped in sections II and III, by the kind of its main
    /// period; each group is headed once, so no line repeats a date.
    enum PeriodGroup: Int, CaseIterable {
        /// Counted at the review date.
        case pointInTime
        /// Per year (a quarterly review: the year to date).
        case perYear
        /// Over the whole window.
        case wholeWindow
    }

    func group(of period: Period) -> PeriodGroup {
        switch period {
        case .asOf: .pointInTime
        case .year, .clippedYear: .perYear
        case .term: review == .quarterly ? .perYear : .wholeWindow
        }
    }

    /// The heading of a group: `Số liệu tại thời điểm báo cáo (30/06/2018)` and the like.
    func heading(of group: PeriodGroup, period: Period? = nil) -> String {
        switch group {
        case .pointInTime:
            return "Số liệu tại thời điểm báo cáo"
        case .perYear:
            if review == .quarterly { return "Số liệu từ đầu năm đến thời điểm báo cáo" }
            guard let period else { return "Số liệu từng năm và cả kỳ" }
            return "Số liệu " + periodName(period)
        case .wholeWindow:
            return "Số liệu cả kỳ đánh giá"
        }
    }

    // MARK: Section II

    /// Section II: the province's results. A quarterly review shows the year to date with
    /// the same period a year earlier side by side; a sơ kết or tổng kết shows the
    /// point-in-time indicators with the review compared with, then every year of the
    /// window and the whole window as columns.
    func provinceResults() -> String {
        var text = ReportSection.provinceResults.title + "\n\n"
        if review == .quarterly {
            text += quarterlyProvinceTable()
        } else {
            text += "1. \(heading(of: .pointInTime)):".paragraph() + "\n"
            text += pointInTimeTable()
            text += "\n" + "2. Số liệu từng năm và cả kỳ:".paragraph() + "\n"
            text += yearlyTable()
        }
        return text
    }

    /// The quarterly table: Chỉ tiêu, Mục tiêu, Năm nay, Cùng kỳ năm trước, Tăng/giảm,
    /// Đánh giá; point-in-time indicators first, then the year to date.
    private func quarterlyProvinceTable() -> String {
        let previous = previousRows
        var text = ""
        if let previous = comparison?.oldReview {
            text +=
                "Cột \"Cùng kỳ năm trước\" lấy từ báo cáo \(previous); số liệu từ đầu năm cộng dồn"
                .appending(" đến thời điểm báo cáo của mỗi năm.").paragraph() + "\n"
        }
        var headings = ["Chỉ tiêu", "Mục tiêu", "Năm nay"]
        if previous != nil { headings += ["Cùng kỳ\nnăm trước", "Tăng,\ngiảm"] }
        headings.append("Đánh giá")
        var table = TextTable(
            headings: headings, alignsRight: headings.map { !["Chỉ tiêu", "Đánh giá"].contains($0) })
        let main = mainPeriods
        for group in [PeriodGroup.pointInTime, .perYear] {
            let rows = provinceRows.filter { row in
                row.period == main[row.indicator] && self.group(of: row.period) == group
            }
            guard !rows.isEmpty else { continue }
            table.appendText(heading(of: group) + ":")
            for row in rows {
                var cells = [nameCell(row, width: 32), [row.targetText], resultCell(row, showsStatus: false)]
                if let previous {
                    let old = previous.row(for: row)
                    cells += [resultCell(old, showsStatus: false), [row.differenceText(from: old)]]
                }
                cells.append([row.statusText])
                table.appendLines(cells)
            }
        }
        return table.rendered() + missingRatingsNote()
    }

    /// The note under a table without rating indicators because the year is not over.
    private func missingRatingsNote() -> String {
        // One insertion per run of rows of a code, not a copy and a look-up per row.
        var present: Set<String> = []
        var previous: String?
        for index in indicators.indices where indicators[index].indicator != previous {
            previous = indicators[index].indicator
            present.insert(indicators[index].indicator)
        }
        let missing = IndicatorCode.allCases.filter {
            $0.definition.isRating && !present.contains($0.rawValue)
        }
        guard !missing.isEmpty else { return "" }
        let numbers = missing.map { String($0.catalogNumber) }.joined(separator: ", ")
        return "\n"
            + "Chỉ tiêu xếp loại (\(numbers)) chỉ có số liệu khi năm đã kết thúc (báo cáo quý IV, tổng kết)."
            .paragraph()
    }

    /// The sơ kết / tổng kết table of point-in-time indicators, with the review compared
    /// with side by side.
    private func pointInTimeTable() -> String {
        let previous = previousRows
        var headings = ["Chỉ tiêu", "Mục tiêu", "Kết quả", "Đánh giá"]
        if previous != nil { headings += ["Kỳ trước", "Tăng,\ngiảm"] }
        var table = TextTable(
            headings: headings, alignsRight: headings.map { !["Chỉ tiêu", "Đánh giá"].contains($0) })
        for row in provinceRows where row.period == .asOf {
            var cells = [
                nameCell(row, width: 34), [row.targetText], resultCell(row, showsStatus: false),
                [row.statusText],
            ]
            if let previous {
                let old = previous.row(for: row)
                cells += [resultCell(old, showsStatus: false), [row.differenceText(from: old)]]
            }
            table.appendLines(cells)
        }
        return table.rendered()
    }

    /// The sơ kết / tổng kết table of per-year and whole-window indicators: one column per
    /// year of the window and one for the whole window, in groups that fit the page.
    private func yearlyTable() -> String {
        let rows = provinceRows.filter { $0.period != .asOf }
        let periods = Set(rows.map(\.period)).sorted { $0.sortKey < $1.sortKey }
        var table = WideTable(
            leadingHeadings: ["Chỉ tiêu"], dataHeadings: periods.map(columnHeading))
        for group in WideSheet.groups(of: rows) {
            let first = group[0]
            let target = (group.first { $0.period == mainPeriods[first.indicator] } ?? first).targetText
            table.append(
                leading: [nameCell(first, width: 30, target: target.isEmpty ? nil : target)],
                data: periods.map { period in resultCell(group.first { $0.period == period }) })
        }
        return table.rendered()
    }

    /// The heading of a period column: `Năm\n2017`, `Năm 2018\n(đến 30/06)`, `Cả kỳ`.
    func columnHeading(_ period: Period) -> String {
        switch period {
        case .year(let year): return "Năm\n\(year)"
        case .clippedYear(let first, _):
            let name = periodName(period)
            let prefix = "năm \(first.year) "
            guard name.hasPrefix(prefix) else { return name }
            return "Năm \(first.year)\n" + name.dropFirst(prefix.count)
        case .asOf: return "Thời điểm\nbáo cáo"
        case .term: return "Cả kỳ"
        }
    }

    // MARK: Section III

    /// Section III: each indicator at its main period, the province and every district
    /// unit side by side (as many unit columns as fit the page, then the next group).
    func districtResults() -> String {
        var text = ReportSection.districtResults.title + "\n\n"
        let main = mainPeriods
        let units = unitColumns()
        guard units.count > 1 else {
            return text + "  Không có đơn vị cấp huyện.\n"
        }
        text +=
            "Mỗi chỉ tiêu ở kỳ đánh giá của nó; mỗi ô ghi kết quả, tử số/mẫu số (với tỷ lệ) và đánh"
            .appending(" giá. Cột đầu là toàn tỉnh.").paragraph() + "\n"
        // One block per main period (a quarterly review: per group, its year to date and
        // window being the same), in the order point in time, years, whole window.
        var periods: [Period] = []
        for row in provinceRows where row.period == main[row.indicator] && !periods.contains(row.period) {
            periods.append(row.period)
        }
        periods.sort { lhs, rhs in
            let (left, right) = (group(of: lhs).rawValue, group(of: rhs).rawValue)
            return left != right ? left < right : lhs.sortKey < rhs.sortKey
        }
        var headings: [String] = []
        var blockPeriods: [[Period]] = []
        for period in periods {
            let heading = heading(of: group(of: period), period: period)
            if headings.last == heading {
                blockPeriods[blockPeriods.count - 1].append(period)
            } else {
                headings.append(heading)
                blockPeriods.append([period])
            }
        }
        // Each unit's row of an indicator at its main period, by the indicator's slot and
        // the unit's column (the last row of a unit wins): a national review has thousands
        // of units, too many to search row by row for every cell.
        var columns: [TargetScope: [String: Int]] = [:]
        for (column, unit) in units.enumerated() where columns[unit.scope]?[unit.id] == nil {
            columns[unit.scope, default: [:]][unit.id] = column
        }
        var slots: [String: Int] = [:]
        var cells: [[Int32]] = []
        // Rows of one code are consecutive: its main period and slot are looked up once.
        var current: (indicator: String, period: Period?, slot: Int)?
        for index in indicators.indices {
            let indicator = indicators[index].indicator
            if current?.indicator != indicator {
                let slot = slots[indicator] ?? cells.count
                if slot == cells.count {
                    slots[indicator] = slot
                    cells.append([Int32](repeating: -1, count: units.count))
                }
                current = (indicator, main[indicator], slot)
            }
            guard current!.period == indicators[index].period,
                let column = columns[indicators[index].scope]?[indicators[index].unitID]
            else { continue }
            cells[current!.slot][column] = Int32(index)
        }
        var blocks: [String] = []
        for (index, heading) in headings.enumerated() {
            var block = "\(index + 1). \(heading):".paragraph() + "\n"
            var table = WideTable(
                leadingHeadings: ["Chỉ tiêu"], dataHeadings: units.map(\.heading))
            for row in provinceRows
            where blockPeriods[index].contains(row.period) && main[row.indicator] == row.period {
                let rowCells = slots[row.indicator].map { cells[$0] }
                table.append(
                    leading: [nameCell(row, width: 28, target: row.targetText)],
                    data: units.indices.map { column in
                        guard let found = rowCells?[column], found >= 0 else { return resultCell(nil) }
                        return resultCell(indicators[Int(found)])
                    })
            }
            block += table.rendered()
            blocks.append(block)
        }
        return text + blocks.joined(separator: "\n")
    }

    /// A unit's name as a column heading: the organ (`Huyện ủy`, `Đảng ủy`) on a line of
    /// its own, the rest wrapped to 14 columns: `Huyện ủy` / `Lạc Sơn`.
    static func unitNameLines(_ name: String) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        if words.count > 2, ["ủy", "uỷ"].contains(words[1].precomposedStringWithCanonicalMapping) {
            return [words[0] + " " + words[1]]
                + words.dropFirst(2).joined(separator: " ").wrapped(toWidth: 14)
        }
        return name.wrapped(toWidth: 14)
    }

    /// The province then each district unit, by unit id, each with its column heading.
    private func unitColumns() -> [(scope: TargetScope, id: String, heading: String)] {
        var units: [(scope: TargetScope, id: String, heading: String)] = []
        if let province = provinceRows.first {
            units.append((.province, province.unitID, "Toàn tỉnh"))
        }
        // Each id's first name in file order, then the ids bytewise: what a stable sort of
        // the district rows by id would give, without sorting a million rows.
        var firstNames: [ExactText: String] = [:]
        var ids: [String] = []
        for index in indicators.indices where indicators[index].scope == .district {
            let id = indicators[index].unitID
            if firstNames[ExactText(id)] == nil {
                firstNames[ExactText(id)] = indicators[index].unitName
                ids.append(id)
            }
        }
        ids.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var seen: Set<String> = []
        for id in ids where seen.insert(id).inserted {
            let lines = [id] + TextReport.unitNameLines(firstNames[ExactText(id)]!)
            units.append((.district, id, lines.joined(separator: "\n")))
        }
        return units
    }
}
