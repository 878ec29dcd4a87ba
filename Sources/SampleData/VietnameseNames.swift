/// Tables of Vietnamese personal and place names the sample draws from, pre-encoded as
/// UTF-8 (NFC) so that rows are formatted without creating strings.
enum VietnameseNames {
    /// Family names (họ) with rough national frequencies, in per mille.
    static let familyNames: [(name: [UInt8], weight: Int)] = [
        ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 50), ("Huỳnh", 20),
        ("Phan", 45), ("Vũ", 40), ("Võ", 20), ("Đặng", 25), ("Bùi", 25), ("Đỗ", 25), ("Hồ", 15),
        ("Ngô", 15), ("Dương", 12), ("Lý", 8), ("Đinh", 10), ("Đào", 8), ("Trịnh", 5), ("Lương", 2),
    ].map { (Array($0.0.utf8), $0.1) }

    /// The weights of `familyNames`, for drawing.
    static let familyNameWeights: [Int] = familyNames.map(\.weight)

    /// Family names common among ethnic minorities of the northern mountains.
    static let highlandFamilyNames: [[UInt8]] = [
        "Hà", "Lò", "Lường", "Cầm", "Vi", "Nông", "Triệu", "Giàng", "Sùng", "Hoàng", "Lục", "Bàn",
    ].map { Array($0.utf8) }

    /// Middle names (tên đệm) of men.
    static let maleMiddleNames: [[UInt8]] = [
        "Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Đình", "Xuân", "Thanh", "Ngọc",
        "Mạnh", "Tiến", "Duy", "Trọng",
    ].map { Array($0.utf8) }

    /// Middle names (tên đệm) of women.
    static let femaleMiddleNames: [[UInt8]] = [
        "Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh", "Hồng", "Thùy", "Mai",
        "Phương", "Bích",
    ].map { Array($0.utf8) }

    /// Given names (tên) of men.
    static let maleGivenNames: [[UInt8]] = [
        "Hùng", "Dũng", "Nam", "Tuấn", "Hải", "Long", "Thắng", "Cường", "Sơn", "Bình", "Quân",
        "Trung", "Phong", "Khánh", "Tâm", "Hiếu", "Tùng", "Đạt", "Lâm", "Hoàng", "Vinh", "Thành",
        "Quyết", "Toàn", "Huy", "Kiên", "Phúc", "Lợi", "Chiến", "Thịnh", "Đông", "Hưng", "An",
    ].map { Array($0.utf8) }

    /// Given names (tên) of women.
    static let femaleGivenNames: [[UInt8]] = [
        "Lan", "Hoa", "Hương", "Mai", "Linh", "Trang", "Hằng", "Nga", "Thảo", "Huyền", "Yến",
        "Nhung", "Phương", "Thủy", "Hạnh", "Dung", "Ngọc", "Loan", "Oanh", "Vân", "Hà", "Liên",
        "Tuyết", "Thơm", "Hiền", "Giang", "Quyên", "Châu",
    ].map { Array($0.utf8) }

    /// Ethnic groups (dân tộc); the first is the majority.
    static let ethnicities: [[UInt8]] = [
        "Kinh", "Tày", "Thái", "Mường", "Dao", "H'Mông", "Nùng",
    ].map { Array($0.utf8) }

    /// Place names for districts and communes (fictional combinations of common words).
    static let placeNames: [String] = [
        "An Bình", "Tân Lập", "Hòa Phú", "Phú Thịnh", "Đông Hưng", "Yên Thái", "Quảng Tiến",
        "Thạch Sơn", "Minh Đức", "Hưng Long", "Tân Phong", "Vĩnh Hòa", "Thanh Xuân", "Bình Minh",
        "Hợp Thành", "Cẩm Giang", "Lạc Hồng", "Ngọc Lâm", "Tiên Phong", "Đồng Tâm", "Kim Sơn",
        "Hải Yến", "Phúc Lộc", "Trung Nghĩa", "Xuân Lộc", "Định Hòa", "Quang Trung", "Hồng Phong",
        "Nghĩa Hưng", "Tràng An", "Mỹ Lộc", "Vạn Xuân", "Thiện Kế", "Sơn Thủy", "Liên Hiệp",
        "Cao Minh", "Đức Thắng", "Tân Tiến", "Hoàng Long", "Phượng Mao",
    ]

    /// Names of villages in the lowlands (thôn).
    static let villageNames: [String] = [
        "Đông", "Đoài", "Trung", "Thượng", "Hạ", "Nam", "Bắc", "An Lạc", "Phú Mỹ", "Tân Hòa",
        "Cầu Gạo", "Bến Đò", "Đồng Chằm", "Gò Mít", "Hòa Bình", "Lũng Vân", "Trại Mới", "Chợ Cũ",
    ]

    /// Names of villages in the highlands (bản).
    static let highlandVillageNames: [String] = [
        "Nà Khoang", "Pá Hốc", "Nậm Cắt", "Co Sản", "Huổi Một", "Phiêng Ban", "Khuổi Mạ", "Lũng Cú",
        "Nà Tấu", "Ta Lu",
    ]
}
