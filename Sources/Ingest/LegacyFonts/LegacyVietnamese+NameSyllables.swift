// The syllables most frequent in Vietnamese personal names and in the administrative words of party
// exports. Where TCVN3 or VNI bytes read as one Vietnamese syllable and the conversion as another
// (VNI `Thò` is Thị, `Sôn` is Sơn; TCVN3 `BÕ` is Bế), the more frequent one is the better reading.
// Written from the common family, middle and given names of the Kinh and of the peoples who write
// their names with Kinh syllables (Tày, Nùng, Thái, Mường, Dao, Chăm), and the most common clan
// words and given names of the Central Highlands (Rơ, Ksor, Siu, Niê, Mlô, Krông, Điểu, Núp, Jút,
// Bơi, Yơn): VNI writes ơ as the Latin-1 ô and TCVN3 ú as ó, so only knowing the names tells
// `Rô Lan` from Rơ Lan or `Y Nóp` from Y Núp. The names of peoples written in Latin-1 letters
// that a conversion reads as well are here too (`H'Mông`, `Hrê`, `Mnông`): the ethnicity column
// repeats them on thousands of rows, and every one would be a suspected look-alike.

extension LegacyVietnamese {
    /// Whether `word` (any case) is one of `frequentSyllables`.
    static func isFrequentSyllable(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.count <= 7 else { return false }
        var lowercase = String.UnicodeScalarView()
        for scalar in word {
            if let position = vowelPosition(of: scalar) {
                lowercase.append(lowercaseVowelGrid[position.row.rawValue][position.tone.rawValue])
            } else if scalar.value == 0x110 {
                lowercase.append("đ")
            } else if scalar.value >= 0x41 && scalar.value <= 0x5A {
                lowercase.append(Unicode.Scalar(scalar.value + 0x20)!)
            } else {
                lowercase.append(scalar)
            }
        }
        return frequentSyllables.contains(String(lowercase))
    }

    /// Whether `word` (a Vietnamese syllable as it stands) could be a frequent syllable typed in
    /// TCVN3 or VNI: only then can a conversion read better than a text of syllables (`Thò`, VNI
    /// Thị). Letters are compared with their Latin-1 case folded, which may find more candidates
    /// than there are, never fewer.
    static func couldBeLegacyFrequentSyllable(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.count <= 9, let key = foldedLatin1(word) else { return false }
        return legacyFormsOfFrequentSyllables.contains(key)
    }

    /// `word` with its Latin-1 letters in small letters (nil beyond Latin-1, where no legacy byte
    /// shows as a syllable's letter).
    private static func foldedLatin1(_ word: some Sequence<Unicode.Scalar>) -> String? {
        var folded = String.UnicodeScalarView()
        for scalar in word {
            switch scalar.value {
            case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: folded.append(Unicode.Scalar(scalar.value + 0x20)!)
            case 0..<0x100: folded.append(scalar)
            default: return nil
            }
        }
        return String(folded)
    }

    /// The TCVN3 and VNI bytes of each frequent syllable, read as Latin-1 and case-folded.
    private static let legacyFormsOfFrequentSyllables: Set<String> = {
        var tcvn3Byte: [Unicode.Scalar: UInt8] = [:]
        for (offset, value) in tcvn3Scalars.enumerated() where offset >= 0x28 && value != 0 {
            tcvn3Byte[Unicode.Scalar(value)!] = UInt8(0x80 + offset)
        }
        var vniSingle: [Unicode.Scalar: UInt8] = [:]
        for (byte, letter) in vniLetters where byte >= 0xE0 {
            vniSingle[letter] = byte
        }
        func vniMarkByte(_ wanted: VNIMark) -> UInt8? {
            vniMarks.first { entry in
                guard entry.key >= 0xE0 else { return false }
                switch (entry.value, wanted) {
                case (.tone(let a), .tone(let b)), (.circumflex(let a), .circumflex(let b)),
                    (.breve(let a), .breve(let b)):
                    return a == b
                default:
                    return false
                }
            }?.key
        }
        var forms: Set<String> = []
        for syllable in frequentSyllables {
            var tcvn3: [UInt8] = []
            var vni: [UInt8] = []
            for scalar in syllable.unicodeScalars {
                if scalar.isASCII {
                    tcvn3.append(UInt8(scalar.value))
                    vni.append(UInt8(scalar.value))
                    continue
                }
                if let byte = tcvn3Byte[scalar] { tcvn3.append(byte) }
                if let byte = vniSingle[scalar] {
                    vni.append(byte)
                } else if let position = vowelPosition(of: scalar) {
                    let tone = position.tone
                    switch position.row {
                    case .aCircumflex, .eCircumflex, .oCircumflex:
                        vni.append(
                            position.row == .aCircumflex ? 0x61 : position.row == .eCircumflex ? 0x65 : 0x6F)
                        vni.append(vniMarkByte(.circumflex(tone))!)
                    case .aBreve:
                        vni.append(0x61)
                        vni.append(vniMarkByte(.breve(tone))!)
                    case .oHorn, .uHorn:
                        vni.append(position.row == .oHorn ? 0xF4 : 0xF6)
                        if tone != .level { vni.append(vniMarkByte(.tone(tone))!) }
                    default:
                        vni.append(UInt8(position.row.letter.value))
                        if tone != .level { vni.append(vniMarkByte(.tone(tone))!) }
                    }
                }
            }
            for bytes in [tcvn3, vni] {
                if let form = foldedLatin1(bytes.map { Unicode.Scalar($0) }) {
                    forms.insert(form)
                }
            }
        }
        return forms
    }()

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
            rơ kơ hơ pơ nơ ksor siu nay kpă niê mlô krông buôn bkrông điểu bơi yơn núp jút mông hrê mnông
            """
        return Set(list.split(whereSeparator: \.isWhitespace).map(String.init))
    }()
}
