// The syllables most frequent in Vietnamese personal names and in the administrative words of party
// exports. Where TCVN3 or VNI bytes read as one Vietnamese syllable and the conversion as another
// (VNI `Thò` is Thị, `Sôn` is Sơn; TCVN3 `BÕ` is Bế), the more frequent one is the better reading.
// Written from the common family, middle and given names of the Kinh and of the peoples who write
// their names with Kinh syllables (Tày, Nùng, Thái, Mường, Dao, Chăm), and the most common clan
// words and given names of the Central Highlands (Rơ, Ksor, Siu, Niê, Mlô, Krông, Điểu, Núp, Jút,
// Bơi, Yơn): VNI writes ơ as the Latin-1 ô and TCVN3 ú as ó, so only knowing the names tells
// `Rô Lan` from Rơ Lan or `Y Nóp` from Y Núp.

extension LegacyVietnamese {
    /// Whether `word` (any case) is one of `frequentSyllables`.
    static func isFrequentSyllable(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.count <= 7 else { return false }
        var lowercase = ""
        lowercase.unicodeScalars.append(contentsOf: word)
        return frequentSyllables.contains(lowercase.lowercased())
    }

    private static let frequentSyllables: Set<String> = {
        let list = """
            nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trịnh lương mai \
            tạ quách khuất cao đào đoàn la lâm lưu mạc nông hà triệu tô tôn thái thân vương chu châu \
            giáp kiều lã lục mã ma quan tăng từ ninh bế đàm hứa lò cầm lường quàng tòng vi điêu bạc \
            thạch danh sơn kim chau kiên giàng sùng vàng mùa thào hầu lầu bàn chảo tẩn phàn đàng quảng \
            văn thị đức minh quốc hữu công đình xuân ngọc thành thu thanh thùy thúy mỹ hồng bích ánh \
            gia khánh bảo tuấn anh an bình cường dũng đạt hải hùng khoa long nghĩa phúc quân thắng việt \
            vinh hưng trường quyết châu dung giang hằng hạnh hương lan liên nhung oanh phượng thảo thủy \
            trang uyên yến hoa hòa hoà hiền hiếu hiệp hiển hậu huệ hoài hồ huyền hường khải khang khoa \
            kiên lâm linh loan lộc lợi luân lực mạnh my nam nga ngân nghị nhân nhật như phong phương \
            phụng quang quý quyên quỳnh sang sáng sinh tài tâm tân thắm thạch thảo thi thiện thịnh thơ \
            thông thuận thương tiến tín toàn trâm tri trí trinh trọng trung tú tùng tuyết tư vân vy xuyên \
            yên ái ân cúc diệp diệu đông giao hạ hải hân hoan huy khiêm khuyên lệ lễ mến nhàn nhi nhu \
            oanh phát quế sâm sĩ sỹ tám tiên tình tường út ước vĩnh đảng chi bộ xã thôn bản ấp buôn \
            huyện tỉnh phường ông bà ô môn khôi tôn côn đông nông công ngô lô \
            rơ kơ hơ pơ nơ ksor siu nay kpă niê mlô krông buôn bkrông điểu bơi yơn núp jút
            
            """
        return Set(list.split(separator: " ").map(String.init))
    }()
}
