import ChiboCore

extension ReviewKind {
    /// What the resolution is about, shared by every title.
    static let subject =
        "THỰC HIỆN NGHỊ QUYẾT VỀ NÂNG CAO CHẤT LƯỢNG TỔ CHỨC CƠ SỞ ĐẢNG, ĐẢNG VIÊN VÀ SINH HOẠT CHI BỘ"

    /// The report's title for a review made at `quarter`.
    public func title(quarter: Quarter) -> String {
        switch self {
        case .quarterly:
            "BÁO CÁO QUÝ \(quarter.romanNumeral) NĂM \(quarter.year) TÌNH HÌNH \(ReviewKind.subject)"
        case .midTerm:
            "BÁO CÁO SƠ KẾT GIỮA NHIỆM KỲ \(ReviewKind.subject)"
        case .final:
            "BÁO CÁO TỔNG KẾT \(ReviewKind.subject)"
        }
    }

    /// The review in running text: `báo cáo quý II năm 2018`, `sơ kết giữa nhiệm kỳ, lập tại
    /// quý II năm 2018`, `tổng kết nhiệm kỳ, lập tại quý IV năm 2020`.
    public func occasion(quarter: Quarter) -> String {
        let when = "quý \(quarter.romanNumeral) năm \(quarter.year)"
        switch self {
        case .quarterly: return "báo cáo " + when
        case .midTerm: return "sơ kết giữa nhiệm kỳ, lập tại " + when
        case .final: return "tổng kết nhiệm kỳ, lập tại " + when
        }
    }

    /// The title as printed at the top of report.txt, in lines of at most 100 columns:
    /// the review, then what it is about.
    public func titleLines(quarter: Quarter) -> [String] {
        switch self {
        case .quarterly:
            ["BÁO CÁO QUÝ \(quarter.romanNumeral) NĂM \(quarter.year) VỀ TÌNH HÌNH", ReviewKind.subject]
        case .midTerm:
            ["BÁO CÁO SƠ KẾT GIỮA NHIỆM KỲ", ReviewKind.subject]
        case .final:
            ["BÁO CÁO TỔNG KẾT", ReviewKind.subject]
        }
    }
}
