import OfficeOpenXML

/// indicators.xlsx: the review's indicators for staff who paste figures into their own
/// sheets and reports.
///
/// Sheets: `Tổng hợp` (the province, every period, with `đạt x/y chỉ tiêu`), `Theo đơn
/// vị` (one row per indicator at its main period, one column per unit), `Dữ liệu`
/// (every row of indicators.csv, codes as written) and `Giải thích` (the catalog).
/// Ids, codes and periods are text, so `001` keeps its zeros; figures are numbers with
/// a display format (`#,##0` for counts, `0.00` for percentages, which are 0–100
/// values); there is no formula anywhere.
public struct IndicatorWorkbook: Sendable {
    /// The review's title (`Báo cáo tổng kết …`).
    public var title: String
    /// The rows of indicators.csv, in its order.
    public var figures: [IndicatorFigure]
    /// The catalog, in order, for the explanations sheet.
    public var catalog: [IndicatorDescription]

    /// Creates the workbook's content.
    public init(title: String, figures: [IndicatorFigure], catalog: [IndicatorDescription]) {
        self.title = title
        self.figures = figures
        self.catalog = catalog
    }

    /// The province's verdicts at each indicator's main period: met, and judged (met or
    /// not met).
    public var provinceTally: (met: Int, judged: Int) {
        let judged = figures.filter { $0.isProvince && $0.isMainPeriod && $0.status != nil }
        return (judged.filter { $0.status == .met }.count, judged.count)
    }

    /// The province's name, from its rows.
    var provinceName: String {
        figures.first { $0.isProvince }?.unitName ?? ""
    }

    /// The workbook.
    public func workbook() -> Workbook {
        Workbook(
            sheets: [summarySheet(), unitsSheet(), dataSheet(), catalogSheet()],
            properties: DocumentProperties(
                title: title, creator: provinceName, language: "vi-VN", application: "chibo"))
    }

    /// The .xlsx bytes.
    public func bytes() throws(ZipError) -> [UInt8] {
        try workbook().bytes()
    }

    private func titleRows(_ lines: [String], columns: Int, into sheet: inout Worksheet) {
        for (index, line) in lines.enumerated() {
            sheet.append([.text(line, style: index == 0 ? .boldText : .text)])
            let row = sheet.rows.count
            sheet.mergedRanges.append("A\(row):\(CellReference.columnName(max(columns, 1) - 1))\(row)")
        }
        sheet.append([])
    }

    func summarySheet() -> Worksheet {
        let headings = [
            "STT", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Kỳ", "Chỉ tiêu đề ra", "Kết quả", "Tử số",
            "Mẫu số",
            "Đánh giá",
        ]
        var sheet = Worksheet(name: "Tổng hợp")
        let tally = provinceTally
        titleRows(
            [
                provinceName.uppercased() + " — KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", title,
                "Toàn tỉnh đạt \(tally.met)/\(tally.judged) chỉ tiêu (mỗi chỉ tiêu xét ở thời điểm báo cáo,"
                    + " nếu không thì năm trọn gần nhất, nếu không thì cả nhiệm kỳ).",
            ], columns: headings.count, into: &sheet)
        sheet.append(headings.map(SheetCell.header))
        sheet.frozenRows = sheet.rows.count
        sheet.hasAutoFilter = true
        for figure in figures where figure.isProvince {
            sheet.append([
                figure.indicator.number.map { .integer($0, style: .general) } ?? .empty,
                .text(figure.indicator.code), .text(figure.indicator.name),
                .text(figure.indicator.unitOfMeasure),
                .text(figure.periodLabel), .text(figure.targetText), figure.valueCell,
                count(figure.numerator),
                count(figure.denominator), statusCell(figure.status),
            ])
        }
        sheet.fitColumnWidths(maximum: 55)
        sheet.isLandscape = true
        sheet.fitsColumnsToPage = true
        return sheet
    }

    func unitsSheet() -> Worksheet {
        // Units in the order of the file: the province first, then districts by id.
        var units: [(id: String, name: String)] = []
        var seen: Set<String> = []
        // By index, each figure read in place (a million at national size), and a unit id
        // hashed only where it changes: the rows of a unit are consecutive.
        for index in figures.indices {
            if index > 0, ExactText(figures[index].unitID) == ExactText(figures[index - 1].unitID) {
                continue
            }
            if seen.insert(figures[index].unitID).inserted {
                units.append((figures[index].unitID, figures[index].unitName))
            }
        }
        let fixed = ["STT", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Kỳ", "Chỉ tiêu đề ra"]
        var sheet = Worksheet(name: "Theo đơn vị")
        titleRows(
            [
                provinceName.uppercased() + " — KẾT QUẢ THEO ĐƠN VỊ", title,
                "Mỗi chỉ tiêu một kỳ: thời điểm báo cáo, nếu không thì năm trọn gần nhất, nếu không thì cả nhiệm kỳ."
                    + " Ô nền đỏ: không đạt chỉ tiêu đề ra.",
            ], columns: fixed.count + units.count, into: &sheet)
        sheet.append((fixed + units.map(\.name)).map(SheetCell.header))
        // Three lines of a wrapped unit name.
        sheet.rowHeights[sheet.rows.count - 1] = 42
        sheet.append(
            [.header(""), .header(""), .header(""), .header(""), .header(""), .header("Mã đơn vị")]
                + units.map { .header($0.id) })
        sheet.frozenRows = sheet.rows.count
        sheet.frozenColumns = 3
        var met = [Int](repeating: 0, count: units.count)
        var judged = [Int](repeating: 0, count: units.count)
        let unitIndex = Dictionary(
            units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var index = 0
        // The main-period figures by position, none copied.
        let mainPositions = figures.indices.filter { figures[$0].isMainPeriod }
        let main = mainPositions.lazy.map { figures[$0] }
        while index < main.count {
            let code = figures[mainPositions[index]].indicator.code
            var end = index
            while end < main.count && figures[mainPositions[end]].indicator.code == code { end += 1 }
            let group = main[index..<end]
            let first = group[group.startIndex]
            // A district target, when there is one, is what the district columns are judged by.
            let target =
                group.first { !$0.isProvince && !$0.targetText.isEmpty }?.targetText
                ?? group.first { !$0.targetText.isEmpty }?.targetText ?? ""
            var row: [SheetCell] = [
                first.indicator.number.map { .integer($0, style: .general) } ?? .empty,
                .text(code), .text(first.indicator.name), .text(first.indicator.unitOfMeasure),
                .text(first.periodLabel), .text(target),
            ]
            var values = [SheetCell](repeating: .empty, count: units.count)
            for figure in group {
                guard let column = unitIndex[figure.unitID] else { continue }
                values[column] = figure.valueCell
                if let status = figure.status {
                    judged[column] += 1
                    if status == .met { met[column] += 1 }
                }
            }
            row += values
            sheet.append(row)
            index = end
        }
        sheet.append(
            [
                .empty, .empty, .text("Số chỉ tiêu đạt / được đánh giá", style: .boldText), .empty, .empty,
                .empty,
            ]
                + units.indices.map { .text("\(met[$0])/\(judged[$0])", style: .boldText) })
        sheet.fitColumnWidths(maximum: 45)
        // Unit columns hold numbers under long names: keep them narrow and let the
        // header wrap.
        for column in fixed.count..<sheet.columnWidths.count {
            sheet.columnWidths[column] = min(sheet.columnWidths[column], 16)
        }
        sheet.isLandscape = true
        // A dozen units still print legibly on one page width; more would shrink too far.
        sheet.fitsColumnsToPage = units.count <= 12
        return sheet
    }

    func dataSheet() -> Worksheet {
        var sheet = Worksheet(name: "Dữ liệu")
        sheet.append(
            [
                "Mã chỉ tiêu", "Phạm vi", "Mã đơn vị", "Đơn vị", "Kỳ", "Tử số", "Mẫu số", "Giá trị",
                "Chỉ tiêu đề ra",
                "Đánh giá", "Tên chỉ tiêu",
            ].map(SheetCell.header))
        sheet.append(
            [
                "indicator", "scope", "unit_id", "unit_name", "period", "numerator", "denominator", "value",
                "target",
                "status", "",
            ].map(SheetCell.header))
        sheet.frozenRows = 2
        sheet.hasAutoFilter = true
        // A row per figure, made as the sheet is measured and written (a million rows at
        // national size are never held as cells).
        let figures = self.figures
        sheet.rowSource = RowSource(count: figures.count, columnCount: 11) { index, row in
            // Field by field rather than a copy of the figure, which would retain every text.
            row.append(.text(figures[index].indicator.code))
            row.append(.text(figures[index].isProvince ? "province" : "district"))
            row.append(.text(figures[index].unitID))
            row.append(.text(figures[index].unitName))
            row.append(.text(figures[index].periodCode))
            row.append(IndicatorWorkbook.count(figures[index].numerator))
            row.append(IndicatorWorkbook.count(figures[index].denominator))
            row.append(figures[index].valueCell)
            row.append(.text(figures[index].targetCode))
            row.append(.text(figures[index].status?.rawValue ?? ""))
            row.append(.text(figures[index].indicator.name))
        }
        sheet.fitColumnWidths(maximum: 50)
        return sheet
    }

    func catalogSheet() -> Worksheet {
        var sheet = Worksheet(name: "Giải thích")
        sheet.append(
            ["STT", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Cách tính", "Căn cứ"].map(SheetCell.header))
        sheet.frozenRows = 1
        for entry in catalog {
            sheet.append([
                entry.number.map { .integer($0, style: .general) } ?? .empty, .text(entry.code),
                .text(entry.name),
                .text(entry.unitOfMeasure), .text(entry.definition, style: .wrappedText), .text(entry.source),
            ])
        }
        sheet.fitColumnWidths(maximum: 45)
        if sheet.columnWidths.count > 4 { sheet.columnWidths[4] = 70 }
        sheet.isLandscape = true
        sheet.fitsColumnsToPage = true
        return sheet
    }

    private func count(_ number: Int?) -> SheetCell {
        IndicatorWorkbook.count(number)
    }

    private static func count(_ number: Int?) -> SheetCell {
        number.map { .integer($0) } ?? .empty
    }

    private func statusCell(_ status: IndicatorFigure.Status?) -> SheetCell {
        guard let status else { return .empty }
        return .text(status.vietnamese, style: status == .met ? .text : .flaggedText)
    }
}
