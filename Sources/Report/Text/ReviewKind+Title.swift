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
}
