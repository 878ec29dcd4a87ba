/// A second corpus, held out from tuning the detector: other clan, middle and given names of the same
/// peoples (none of its parts was looked at while the scoring rules and their frequent-syllable list
/// were written) and another seed. The recall measured on it tells whether the rules generalize or
/// only fit the first corpus.
extension LegacyNameCorpus {
    static let holdoutGroups: [Group] = [
        Group(
            name: "Kinh",
            clans: ["Lưu", "Đoàn", "Vương", "Thái", "Kiều", "Cao", "Tô", "Lâm", "Giáp", "Mạc"],
            maleMiddles: ["Viết", "Bá", "Trọng", "Khắc", "Mạnh", "Tiến"],
            femaleMiddles: ["Diệu", "Khánh", "Tuyết", "Phương", "Hoài"],
            maleGivens: ["Khải", "Toàn", "Nhật", "Lộc", "Thuận", "Triết", "Vỹ", "Kiệt", "Đoàn", "Bằng"],
            femaleGivens: ["Huệ", "Mẫn", "Thơm", "Xoan", "Nguyệt", "Diễm", "Quyên", "Loan", "Hà", "Vy"]),
        Group(
            name: "Tày",
            clans: ["Nông", "Hoàng", "Lâm", "Đinh", "Ngôn", "Dương"],
            maleMiddles: ["Văn", "Ích", ""],
            femaleMiddles: ["Thị", ""],
            maleGivens: ["Slì", "Phìn", "Thạo", "Mầu", "Quyến", "Khằm", "Lỷ"],
            femaleGivens: ["Lụa", "Nhâm", "Chiêm", "Hon", "Mây", "Tươi"]),
        Group(
            name: "Thái",
            clans: ["Lò", "Lường", "Cầm", "Vì", "Sầm", "Hoàng"],
            maleMiddles: ["Văn", ""],
            femaleMiddles: ["Thị", ""],
            maleGivens: ["Pánh", "Xiên", "Ngân", "Khoan", "Phăn", "Inh"],
            femaleGivens: ["Ỏi", "Ón", "Xiêng", "Pâng", "Nọi", "Khuyên"]),
        Group(
            name: "Mường",
            clans: ["Bùi", "Đinh", "Quách", "Xa"],
            maleMiddles: ["Văn"],
            femaleMiddles: ["Thị"],
            maleGivens: ["Khương", "Mỡ", "Thượng", "Liễu", "Ươm", "Huấn"],
            femaleGivens: ["Nhỡ", "Thoa", "Ẻn", "Mẩy"]),
        Group(
            name: "Khmer",
            clans: ["Thạch", "Danh", "Sơn", "Kim", "Lâm", "Chau", "Tăng", "Huỳnh"],
            maleMiddles: [""],
            femaleMiddles: ["Thị"],
            maleGivens: ["Sà Rết", "Sóc Ni", "Khum", "Ươl", "Chanh Thu", "Pol"],
            femaleGivens: ["Sa Vanh", "Ry Ta", "Mô Ni", "Sóc Phia", "Chanh Thi"]),
        Group(
            name: "Mông",
            clans: ["Giàng", "Thào", "Sùng", "Hờ", "Cư", "Vừ"],
            maleMiddles: ["A", "Seo", "Mí"],
            femaleMiddles: ["Thị"],
            maleGivens: ["Dình", "Chư", "Pà", "Chừ", "Tủa", "Nhè"],
            femaleGivens: ["Súa", "Mỷ", "Dua", "Pằng", "Dớ"]),
        Group(
            name: "Nùng",
            clans: ["Vi", "Nông", "Lục", "Hoàng", "Chu"],
            maleMiddles: ["Văn"],
            femaleMiddles: ["Thị"],
            maleGivens: ["Cẩn", "Slinh", "Pằn", "Nhộp", "Lìn"],
            femaleGivens: ["Mến", "Phẩy", "Sửu", "Thoòng"]),
        Group(
            name: "Dao",
            clans: ["Triệu", "Bàn", "Đặng", "Lý", "Chảo"],
            maleMiddles: ["Tà", "Láo", "Kiềm"],
            femaleMiddles: ["Mùi", "Thị"],
            maleGivens: ["Sơn", "Chòi", "Quẩy", "Tặng", "Phú"],
            femaleGivens: ["Mẩy", "Sinh", "Nải", "Xiêm"]),
        Group(
            name: "Gia Rai",
            clans: ["Ksor", "Rơ Mah", "Siu", "Kpă", "Nay", "Rơ Lan", "Rmah", "Kơ Pă"],
            maleMiddles: ["", "Y"],
            femaleMiddles: ["H'", "Nay H'"],
            maleGivens: ["Kơ", "Hyin", "Thơng", "Blang", "Pơ", "Yưh", "Nơi", "Dơng", "Dik"],
            femaleGivens: ["Hlơi", "Jơ", "Bơ", "Nơ", "Mlơ", "Yơ", "Sơn"]),
        Group(
            name: "Ê Đê",
            clans: ["Niê", "Mlô", "Êban", "Kđăm", "Byă", "Hmŏk", "Ênuôl", "Adrơng", "Knul", "Buôn Dap"],
            maleMiddles: ["Y"],
            femaleMiddles: ["H'"],
            maleGivens: ["Moan", "Kuang", "Ju", "Tlam", "Kdoh", "Dhê", "Siêng", "Ngăn"],
            femaleGivens: ["Ngơn", "Juel", "Yuă", "Hiăng", "Mlăng", "Hră"],
            order: .middleGivenClan),
        Group(
            name: "Ba Na",
            clans: ["Đinh", "A", "Y", "Rơ Ma"],
            maleMiddles: [""],
            femaleMiddles: [""],
            maleGivens: ["Glơl", "Hmơr", "Pưh", "Rơh", "Djrăn"],
            femaleGivens: ["Blưt", "Hnâm", "Grăm", "Păh"]),
        Group(
            name: "Xơ Đăng",
            clans: ["A", "Y", "A Lê"],
            maleMiddles: [""],
            femaleMiddles: [""],
            maleGivens: ["Rơ", "Blơ", "Dư", "Thăng", "Hwoai"],
            femaleGivens: ["Liê", "Rơm", "Trăng", "Hớp"]),
        Group(
            name: "M'Nông",
            clans: ["Điểu", "Thị", "Y", "Nơ Trang", "Bu Đăp"],
            maleMiddles: ["K'", ""],
            femaleMiddles: ["H'", ""],
            maleGivens: ["Lơi", "Brông", "Mrơ", "Jrang"],
            femaleGivens: ["Đrang", "Lâm", "Ngơ", "Brơh"]),
        Group(
            name: "Chăm",
            clans: ["Đàng", "Quảng", "Thành", "Lộ", "Thiên"],
            maleMiddles: ["Năng", "Văn"],
            femaleMiddles: ["Thị", "Nữ"],
            maleGivens: ["Sara", "Tấn", "Phú", "Hảo", "Jakar"],
            femaleGivens: ["Trinh", "Ngọc", "Hơn", "Dung"]),
        Group(
            name: "Cơ Ho",
            clans: ["Kơ Să", "Ka Sô", "Bon Đơng", "Cil", "Liêng Jrang"],
            maleMiddles: ["K'", "Ha"],
            femaleMiddles: ["Ka", "K'"],
            maleGivens: ["Brông", "Khơi", "Jơ", "Riêm", "Dơng"],
            femaleGivens: ["Dơm", "Liêng", "Mơl", "Jrăng"]),
    ]

    /// Up to `perGroup` distinct names of every held-out group, with another seed than `names()`,
    /// less those that the first corpus holds too (`Hoàng Thị Mến`).
    static func holdoutNames(perGroup: Int = 40) -> [Name] {
        let seen = Set(names().map(\.text))
        return names(of: holdoutGroups, perGroup: perGroup, seed: 0x686f_6c64_6f75_74)
            .filter { !seen.contains($0.text) }
    }
}
