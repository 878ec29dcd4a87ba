/// The sections of the report in order, with the titles report.txt prints, so that the
/// web page and the Word document name them the same way.
public enum ReportSection: Int, CaseIterable, Sendable {
    /// What was read and rejected.
    case dataIntake = 1
    /// The province's results.
    case provinceResults
    /// The district units' results, side by side.
    case districtResults
    /// The changes since the review compared with.
    case changes
    /// The counts of members whose cases need a decision (lists only in `restricted/`).
    case membersToReview
    /// The definitions of the indicators.
    case appendix

    /// The title as printed: `I. DỮ LIỆU TIẾP NHẬN`, …, `PHỤ LỤC. ĐỊNH NGHĨA CÁC CHỈ TIÊU`.
    public var title: String {
        switch self {
        case .dataIntake: "I. DỮ LIỆU TIẾP NHẬN VÀ CÁC VẤN ĐỀ CỦA DỮ LIỆU"
        case .provinceResults: "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU (TOÀN TỈNH)"
        case .districtResults: "III. KẾT QUẢ THEO ĐƠN VỊ CẤP HUYỆN"
        case .changes: "IV. SO SÁNH VỚI KỲ TRƯỚC"
        case .membersToReview:
            "V. ĐẢNG VIÊN CẦN XEM XÉT (danh sách trong thư mục restricted/, hạn chế truy cập)"
        case .appendix: "PHỤ LỤC. ĐỊNH NGHĨA CÁC CHỈ TIÊU"
        }
    }
}
