/// The source documents the catalog's `source` clauses cite (`002 B.I` is section B.I of
/// document 002), with the Vietnamese description a reader needs to find them. The
/// numbers are those of the seed documents shipped with the specification.
public enum SourceDocument: String, CaseIterable, Sendable {
    /// The resolution of the Central Agencies' Bloc Party Committee on party cells.
    case resolutionOnCells = "000"
    /// A bloc party committee's conclusion on continuing to raise the quality of meetings.
    case conclusionOnMeetings = "001"
    /// The provincial standing committee's resolution on grassroots organizations, 2016–2020.
    case provincialResolution = "002"
    /// The directive on committee and chi bộ meetings.
    case directiveOnMeetings = "003"
    /// The plan implementing the bloc's resolution on chi bộ meetings.
    case implementationPlan = "004"

    /// What the document is, in Vietnamese.
    public var vietnameseDescription: String {
        switch self {
        case .resolutionOnCells:
            "Nghị quyết của Đảng ủy Khối các cơ quan Trung ương về nâng cao chất lượng chi bộ"
        case .conclusionOnMeetings:
            "Kết luận của Ban Chấp hành Đảng bộ Khối về tiếp tục nâng cao chất lượng sinh hoạt chi bộ"
        case .provincialResolution:
            "Nghị quyết của Ban Thường vụ Tỉnh ủy về tiếp tục nâng cao chất lượng tổ chức cơ sở đảng"
                + " và đảng viên giai đoạn 2016–2020"
        case .directiveOnMeetings:
            "Chỉ thị về nâng cao chất lượng sinh hoạt cấp ủy và sinh hoạt chi bộ"
        case .implementationPlan:
            "Kế hoạch triển khai thực hiện Nghị quyết số 01-NQ/ĐUK về nâng cao chất lượng sinh hoạt chi bộ"
        }
    }
}
