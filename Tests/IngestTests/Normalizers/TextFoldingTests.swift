import Testing

@testable import Ingest

@Suite struct TextFoldingTests {
    @Test(arguments: [
        ("MÃ TỔ CHỨC", "ma to chuc"),
        ("ma to chuc", "ma to chuc"),
        ("Ma_to_chuc", "ma to chuc"),
        ("  Mã   tổ\tchức ", "ma to chuc"),
        ("Đảng bộ", "dang bo"),
        ("Tên thôn, bản, tổ dân phố", "ten thon ban to dan pho"),
        ("org_id", "org id"),
        ("Ngày sáp nhập/giải thể", "ngay sap nhap giai the"),
        ("Trình độ lý luận chính trị", "trinh do ly luan chinh tri"),
    ])
    func folds(input: String, expected: String) {
        #expect(TextFolding.fold(input) == expected)
    }
}
