import ChiboCore
import HTMLDocument

extension HTMLReport {
    /// Section V: what each indicator counts and how the page judges it.
    func writeAppendix(_ figures: ReportFigures, to writer: inout HTMLWriter) {
        writer.open("section", ["id": "definitions", "class": "part"])
        writer.element("h2", text: "V. Giải thích các chỉ tiêu")
        writer.open("ul", ["class": "rules"])
        for rule in [
            "Đạt / không đạt: kết quả (đã làm tròn) so với chỉ tiêu đề ra của năm hoặc của thời điểm báo cáo.",
            "Năm chưa trọn (bị cắt bởi thời gian báo cáo) có số liệu nhưng không đánh giá.",
            "Kỳ đánh giá của mỗi chỉ tiêu: thời điểm báo cáo, nếu không thì năm trọn gần nhất,"
                + " nếu không thì cả nhiệm kỳ.",
            "Tỷ lệ có mẫu số bằng 0 không có kết quả (ghi “–”).",
            "Báo cáo chỉ nêu số lượng; không có họ tên hay mã đảng viên.",
        ] {
            writer.element("li", text: rule)
        }
        writer.close("ul")
        writer.open("table", ["class": "figures definitions"])
        let hasDefinitions = figures.series.contains { $0.indicator.definition != nil }
        var headings = ["Chỉ tiêu"] + (hasDefinitions ? ["Định nghĩa", "Nguồn"] : [])
        headings += ["Đơn vị tính, kỳ", "Chỉ tiêu đề ra (toàn tỉnh / cấp huyện)"]
        writeHeadings(headings, to: &writer)
        writer.open("tbody")
        for series in figures.series {
            let isRatio = series.indicator.isRatio
            writer.open("tr", ["id": "definition-" + series.anchor])
            writer.open("th", ["scope": "row"])
            writer.element("a", ["href": "#" + series.anchor], text: series.heading)
            // The code staff see in indicators.csv, under the name.
            writer.element("span", ["class": "code"], text: series.indicator.code)
            writer.close("th")
            if hasDefinitions {
                writer.element("td", text: series.indicator.definition ?? "")
                writer.element("td", text: series.indicator.source ?? "")
            }
            var kinds = [isRatio ? "tỷ lệ %" : "số lượng"]
            if series.province.contains(where: { $0.period.year != nil }) { kinds.append("từng năm") }
            if series.province.contains(where: { $0.period == .asOf }) {
                kinds.append("tại thời điểm báo cáo")
            }
            if series.province.contains(where: { $0.period == .term }) { kinds.append("cả nhiệm kỳ") }
            writer.element("td", text: kinds.joined(separator: "; "))
            let provinceTarget = series.provinceMain?.target
            let districtTarget = figures.units.indices.lazy.compactMap { series.main(at: $0)?.target }.first
            let targets = [provinceTarget, districtTarget].map {
                $0.map { HTMLReport.targetText($0, isRatio: isRatio) } ?? "–"
            }
            writer.element("td", text: targets.joined(separator: " / "))
            writer.close("tr")
            writer.newline()
        }
        writer.close("tbody")
        writer.close("table")
        writer.close("section")
        writer.newline()
    }
}
