import ChiboCore
import OfficeReports

extension TextReport {
    /// indicators.xlsx for this review.
    func indicatorWorkbook() -> IndicatorWorkbook {
        IndicatorWorkbook(
            title: review.title(quarter: quarter),
            figures: IndicatorRow.figures(indicators, asOf: asOf, mainPeriods: mainPeriods),
            catalog: IndicatorDescription.catalog)
    }

    /// report.docx for this review: the sections of report.txt, laid out as a party
    /// committee's report.
    func partyReport() -> PartyReport {
        let province = indicators.first { $0.scope == .province }?.unitName ?? ""
        let committee = TextReport.committee(of: province)
        let fullTitle = review.title(quarter: quarter)
        let subject =
            fullTitle.hasPrefix("BÁO CÁO ") ? String(fullTitle.dropFirst("BÁO CÁO ".count)) : fullTitle
        var opening: [PartyReport.Block] = []
        if let windowStart {
            opening.append(
                .paragraph(
                    "Thời gian: từ \(Period.vietnameseDate(windowStart)) đến \(Period.vietnameseDate(asOf)).")
            )
        } else {
            opening.append(.paragraph("Thời gian: đến \(Period.vietnameseDate(asOf))."))
        }
        opening.append(
            .paragraph("Kỳ báo cáo: quý \(quarter.romanNumeral) năm \(quarter.year) (\(quarter))."))
        opening.append(
            .note(
                "Cách ghi số: dấu chấm ngăn hàng nghìn, dấu phẩy trước phần thập phân; tỷ lệ phần trăm ghi"
                    + " hai chữ số thập phân (2.300; 92,10%)."))
        if let record {
            let coverage = DataCoverage(record: record)
            opening.append(.paragraph(coverage.statement))
            if let warning = coverage.warning { opening.append(.paragraph(warning)) }
        }

        var intake: [PartyReport.Block] = []
        if let table = intakeTable() {
            intake.append(.table(table.reportTable))
        } else {
            intake.append(.paragraph("Không có tệp ingest_summary.csv."))
        }
        if let rejectCounts {
            if rejectCounts.isEmpty {
                intake.append(.paragraph("Không có dòng nào bị loại bỏ hay cảnh báo."))
            } else {
                intake.append(
                    .paragraph("Các vấn đề theo mức độ và mã (chi tiết trong rejects.csv, rejects.xlsx):"))
                intake.append(.table(rejectTable().reportTable))
            }
        } else {
            intake.append(.paragraph("Không có tệp rejects.csv."))
        }

        let summary = TargetSummary(indicators: indicators, mainPeriods: mainPeriods)
        let results: [PartyReport.Block] = [
            .paragraph(
                "Toàn tỉnh đạt \(summary.met.count)/\(summary.judgedCount) chỉ tiêu có chỉ tiêu đề ra (mỗi chỉ tiêu xét ở thời điểm"
                    + " báo cáo, nếu không thì năm trọn gần nhất, nếu không thì cả nhiệm kỳ)."),
            .table(provinceTable().reportTable),
        ]
        let units: [PartyReport.Block] = [
            .note(TextReport.mainPeriodNote), .table(districtTable().reportTable),
        ]

        var changes: [PartyReport.Block] = []
        if let comparison {
            let notes = comparisonNotes(comparison)
            changes.append(.paragraph(notes[0]))
            changes += notes.dropFirst().map { .note($0) }
            if comparison.entries.contains(where: TextReport.isShownChange) {
                changes.append(
                    .table(
                        comparison.table(showsScope: false, includes: TextReport.isShownChange).reportTable))
            } else {
                changes.append(.paragraph("Không có thay đổi."))
            }
            changes.append(.paragraph(comparison.summary))
        } else {
            changes.append(.paragraph(noComparisonNote))
        }

        let restricted: [PartyReport.Block] = [.table(restrictedTable().reportTable), .note(restrictedNote)]

        return PartyReport(
            superiorBody: province.uppercased(), issuingBody: committee.name,
            numberLine: "Số        -BC/\(committee.abbreviation)",
            placeAndDate: "……………, ngày …… tháng …… năm ……", title: "BÁO CÁO", subtitle: [subject],
            sections: [
                PartyReport.Section(heading: "", blocks: opening),
                PartyReport.Section(heading: ReportSection.dataIntake.title, blocks: intake),
                PartyReport.Section(heading: ReportSection.provinceResults.title, blocks: results),
                PartyReport.Section(heading: ReportSection.districtResults.title, blocks: units),
                PartyReport.Section(heading: ReportSection.changes.title, blocks: changes),
                PartyReport.Section(heading: ReportSection.membersToReview.title, blocks: restricted),
            ],
            signingAuthority: "T/M BAN THƯỜNG VỤ", signerTitle: "",
            recipients: [
                "- Ban Tổ chức Trung ương (để báo cáo),", "- Các đồng chí Ủy viên Ban Thường vụ,",
                "- Lưu Văn phòng \(committee.name.lowercasedExceptFirst).",
            ],
            appendixTitle: "PHỤ LỤC",
            appendixSubtitle: ["GIẢI THÍCH CÁC CHỈ TIÊU"],
            appendix: [PartyReport.Section(heading: "", blocks: [.table(catalogTable())])])
    }

    /// The catalog as a table for boards: name, unit, definition and source. The codes,
    /// long unbreakable words that would take a third of the page width, are left to the
    /// tables above (`[admissions]`) and to indicators.xlsx.
    private func catalogTable() -> ReportTable {
        var table = ReportTable(
            headings: ["STT", "Chỉ tiêu", "Đơn vị tính", "Cách tính", "Căn cứ"],
            alignsRight: [true, false, false, false, false])
        for entry in IndicatorDescription.catalog {
            table.rows.append(
                .cells([
                    entry.number.map(String.init) ?? "", entry.name, entry.unitOfMeasure, entry.definition,
                    entry.source,
                ]))
        }
        return table
    }

    /// The party committee of a root organization named `Đảng bộ tỉnh …` (Tỉnh ủy),
    /// `Đảng bộ thành phố …` (Thành ủy), and so on, with the abbreviation of its
    /// document numbers; a Ban Thường vụ when the name says nothing.
    static func committee(of rootName: String) -> (name: String, abbreviation: String) {
        let lowered = rootName.lowercased()
        let committees = [
            ("đảng bộ tỉnh", "TỈNH ỦY", "TU"), ("đảng bộ thành phố", "THÀNH ỦY", "TU"),
            ("đảng bộ huyện", "HUYỆN ỦY", "HU"), ("đảng bộ quận", "QUẬN ỦY", "QU"),
            ("đảng bộ thị xã", "THỊ ỦY", "TU"),
        ]
        for (prefix, name, abbreviation) in committees where lowered.hasPrefix(prefix) {
            return (name, abbreviation)
        }
        return ("BAN THƯỜNG VỤ", "BTV")
    }
}

extension String {
    /// `TỈNH ỦY` → `Tỉnh ủy`.
    fileprivate var lowercasedExceptFirst: String {
        guard let first else { return self }
        return String(first) + dropFirst().lowercased()
    }
}
