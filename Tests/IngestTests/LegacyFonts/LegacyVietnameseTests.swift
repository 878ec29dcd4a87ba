import Foundation
import Testing

@testable import Ingest

/// A legacy string and the Unicode text it stands for.
struct LegacySample: CustomTestStringConvertible, Sendable {
    var legacy: String
    var unicode: String
    var encoding: LegacyVietnameseEncoding

    init(_ legacy: String, _ unicode: String, _ encoding: LegacyVietnameseEncoding) {
        self.legacy = legacy
        self.unicode = unicode
        self.encoding = encoding
    }

    var testDescription: String { "\(encoding.rawValue) \(unicode)" }
}

@Suite("Legacy Vietnamese fonts")
struct LegacyVietnameseTests {
    // MARK: - Literal legacy strings

    /// The two examples of SPEC "Input files".
    static let specExamples = [
        LegacySample("NguyÔn V¨n A", "Nguyễn Văn A", .tcvn3),
        LegacySample("Nguyeãn", "Nguyễn", .vni),
    ]

    /// Legacy strings written by other people, found in public repositories with an exact-string
    /// search. The Unicode side is the one their authors gave where they gave one (`//` comments,
    /// test expectations, the README, the cleaner comment); elsewhere it is the well-known name or
    /// phrase the string spells (the national motto, a university, street names), checked by hand.
    /// - `convertTcvn3ToUnicode` usage example: `B¶o Th¾ng // Bảo Thắng`, `B¸t X¸t // Bát Xát`;
    /// - a Python `viparse` test: `B¸o c¸o tµi chÝnh quý II n¨m 2008` (TCVN3) and
    ///   `Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam` (VNI);
    /// - a JS converter's test: `§éc lËp - Tù do - H¹nh phóc`,
    ///   `QuyÕt ®Þnh cña Bé tr\u{00AD}ëng Bé Tµi chÝnh` (note the soft hyphen: TCVN3 ư is 0xAD),
    ///   `Ñoäc laäp - Töï do - Haïnh phuùc`, `Toâi teân laø Nguyeãn Vaên Thöû`;
    /// - a Stata do-file header `Author: NguyÔn Ngäc B×nh`;
    /// - a Python TCVN3 fixer's sample `TR¦êNG §¹I HäC TH¦¥NG M¹I` (capitals of .VnTimeH);
    /// - a JS cleaner comment `NGUYEÃN THÒ KIM LINH → NGUYỄN THỊ KIM LINH`;
    /// - a VB.NET address list `Nguyeãn Thò Minh Khai`, `Ñieän Bieân Phuû`, `Xoâ Vieát Ngheä Tónh`;
    /// - a Java constant `Nguyeãn Ñaêng Khoa`; a Python test `ñöôïc nhöõng Chæ thò Myõ`;
    /// - a converter test `Ñaø Naüng → Đà Nẵng`; duydev/vietnamese-conversion README `Xin chaøo caùc baïn`.
    static let externalExamples = [
        LegacySample("B¶o Th¾ng", "Bảo Thắng", .tcvn3),
        LegacySample("B¸t X¸t", "Bát Xát", .tcvn3),
        LegacySample("B¸o c¸o tµi chÝnh quý II n¨m 2008", "Báo cáo tài chính quý II năm 2008", .tcvn3),
        LegacySample("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc", .tcvn3),
        LegacySample(
            "QuyÕt ®Þnh cña Bé tr\u{00AD}ëng Bé Tµi chÝnh", "Quyết định của Bộ trưởng Bộ Tài chính", .tcvn3),
        LegacySample("NguyÔn Ngäc B×nh", "Nguyễn Ngọc Bình", .tcvn3),
        LegacySample("TR¦êNG §¹I HäC TH¦¥NG M¹I", "TRƯỜNG ĐẠI HỌC THƯƠNG MẠI", .tcvn3),
        LegacySample("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam", .vni),
        LegacySample("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc", .vni),
        LegacySample("Toâi teân laø Nguyeãn Vaên Thöû", "Tôi tên là Nguyễn Văn Thử", .vni),
        LegacySample("NGUYEÃN THÒ KIM LINH", "NGUYỄN THỊ KIM LINH", .vni),
        LegacySample("15F Nguyeãn Thò Minh Khai", "15F Nguyễn Thị Minh Khai", .vni),
        LegacySample("Ñieän Bieân Phuû", "Điện Biên Phủ", .vni),
        LegacySample("Xoâ Vieát Ngheä Tónh", "Xô Viết Nghệ Tĩnh", .vni),
        LegacySample("Nguyeãn Ñaêng Khoa", "Nguyễn Đăng Khoa", .vni),
        LegacySample("ñöôïc nhöõng Chæ thò Myõ", "được những Chỉ thị Mỹ", .vni),
        LegacySample("Ñaø Naüng", "Đà Nẵng", .vni),
        LegacySample("Xin chaøo caùc baïn", "Xin chào các bạn", .vni),
    ]

    /// Hand-written cells: every tone on several vowels, capitals, digits and punctuation.
    static let handWrittenExamples = [
        // Tones on a: ma mà má mả mã mạ (TCVN3 µ ¸ ¶ · ¹ are à á ả ã ạ).
        LegacySample("ma mµ m¸ m¶ m· m¹", "ma mà má mả mã mạ", .tcvn3),
        // Tones on ê: ê ề ế ể ễ ệ are ª Ò Õ Ó Ô Ö.
        LegacySample("tªn mÒn bÕn thÓ nghÔnh ViÖt", "tên mền bến thể nghễnh Việt", .tcvn3),
        // Tones on ư: ư ừ ứ ử ữ ự are \u{AD} õ ø ö ÷ ù.
        LegacySample("L\u{AD}u Tõ Hø Sö H÷u Tù", "Lưu Từ Hứ Sử Hữu Tự", .tcvn3),
        // Tones on ơ and ô: ờ ớ ở ỡ ợ are ê í ë ì î; ồ ố ổ ỗ ộ are å è æ ç é.
        LegacySample("Cê Mí Së Gì Hîp Hå Sè Tæ Gç Bé", "Cờ Mớ Sở Gỡ Hợp Hồ Số Tổ Gỗ Bộ", .tcvn3),
        // Capitals of the .VnTimeH fonts, a whole cell: both words become capitals.
        LegacySample("§¶NG Bé X· T¢N HßA", "ĐẢNG BỘ XÃ TÂN HÒA", .tcvn3),
        // VNI tones on a: aø aù aû aõ aï.
        LegacySample("ma maø maù maû maõ maï", "ma mà má mả mã mạ", .vni),
        // VNI ă and â with every tone: aê aè aé aú aü aë and aâ aà aá aå aã aä.
        LegacySample("Naêm Taèng Baéc Vaúng Naüng Ñaëng", "Năm Tằng Bắc Vẳng Nẵng Đặng", .vni),
        LegacySample("Taân Haàu Taán Chaåm Laãm Maäp", "Tân Hầu Tấn Chẩm Lẫm Mập", .vni),
        // VNI ư and ơ: ö ô with the plain tone marks; i and y forms ì í æ ó ò and yø yù yû yõ î.
        LegacySample(
            "Tröông Löôøng Sôû Mìn Kính Chæ Nghóa Lòch Kyø Lyù Kyû Myõ Tî",
            "Trương Lường Sở Mìn Kính Chỉ Nghĩa Lịch Kỳ Lý Kỷ Mỹ Tỵ", .vni),
        // Capitals of the .VnTimeH fonts: `NéI` has a capital after its first letter, so the whole
        // cell (no lowercase ASCII letter) is in capitals, `Hµ` included.
        LegacySample("Hµ NéI", "HÀ NỘI", .tcvn3),
        // Abbreviations with Đ: H§ND (TCVN3) and HÑND (VNI) are HĐND.
        LegacySample("Chñ tÞch H§ND x·", "Chủ tịch HĐND xã", .tcvn3),
        LegacySample("Chuû tòch HÑND xaõ", "Chủ tịch HĐND xã", .vni),
        // TCVN3 read as Windows-1258 by the CSV reader, which composes its tone-mark bytes with the
        // letter before them: 0xDE (TCVN3 ị) is U+0303 there, composed with v into ṽ.
        LegacySample("®¬n \u{1E7D}", "đơn vị", .tcvn3),
        LegacySample("Th\u{0303} trÊn", "Thị trấn", .tcvn3),
        // A name whose given name begins with a toned vowel, which .VnTime has only in small
        // letters: the other words are capitalized, so it is too. Not so in a phrase.
        LegacySample("Vâ ThÞ ¸nh", "Võ Thị Ánh", .tcvn3),
        LegacySample("¦íc Vâ ThÞ", "Ước Võ Thị", .tcvn3),
        LegacySample("Chi bé ë th«n", "Chi bộ ở thôn", .tcvn3),
        // A word of two signs: ®· is đã.
        LegacySample("®·", "đã", .tcvn3),
        // A CSV cell with an address: digits, commas and a slash survive.
        LegacySample("Sè 12/3, ®\u{AD}êng Lª Lîi, TP. Vinh", "Số 12/3, đường Lê Lợi, TP. Vinh", .tcvn3),
        LegacySample("Soá 12/3, ñöôøng Leâ Lôïi, TP. Vinh", "Số 12/3, đường Lê Lợi, TP. Vinh", .vni),
    ]

    @Test("repairs literal legacy strings", arguments: specExamples + externalExamples + handWrittenExamples)
    func repairsLiteral(_ sample: LegacySample) throws {
        let repaired = try #require(LegacyVietnamese.repair(sample.legacy))
        #expect(repaired.text == sample.unicode)
        #expect(repaired.encoding == sample.encoding)
        #expect(LegacyVietnamese.detect(sample.legacy) == sample.encoding)
        #expect(LegacyVietnamese.convert(sample.legacy, from: sample.encoding) == sample.unicode)
    }

    // MARK: - Text that is not legacy

    static let ordinaryText: [String] = [
        "", "Nguyen Van A", "12/03/1985", "CB-001; CB-002",
        "Ông", "Ô Môn", "Nguyễn", "Hà Nội", "ĐẮK LẮK", "Đinh Văn Ơn", "Lê Thị Hà", "Tô Hoài",
        "Trần Hưng Đạo", "Bà Rịa – Vũng Tàu", "“Hà Nội” là thủ đô", "Chi bộ thôn Đông, xã Ân Thi",
        "Kpă Y Lăng", "H'Hen Niê", "José", "Café", "Müller", "François", "São Paulo", "Peña Ñuñez", "Größe",
        "25°C", "100 × n", "100 €", "thuở nhỏ",
        // Vietnamese words that are also TCVN3 or VNI for another word: left as they are (`Thò`,
        // VNI for the far more frequent Thị, is repaired: see `prefersFrequentSyllables`).
        "Hái", "Hòa",
        // Correct Vietnamese in decomposed form (NFD), as macOS may write it.
        "Nguy\u{0065}\u{0302}\u{0303}n",
    ]

    @Test("leaves ordinary text alone", arguments: ordinaryText)
    func leavesOrdinaryTextAlone(_ text: String) {
        #expect(LegacyVietnamese.detect(text) == nil)
        #expect(LegacyVietnamese.repair(text) == nil)
    }

    @Test("converts ASCII to itself")
    func convertsASCIIToItself() {
        for encoding in LegacyVietnameseEncoding.allCases {
            #expect(LegacyVietnamese.convert("Nguyen Van A, 1985", from: encoding) == "Nguyen Van A, 1985")
        }
    }

    @Test(
        "grades loanwords, minority names and abbreviations as rare",
        arguments: ["xoong", "Krông", "Mnông", "HĐND", "TCCSĐ"])
    func gradesRare(_ word: String) {
        #expect(LegacyVietnamese.syllableGrade(word.unicodeScalars) == .rare)
    }

    @Test("breaks a tie between TCVN3 and VNI by preference, else VNI")
    func breaksTies() throws {
        // `cö` is TCVN3 cử (ö = 0xF6 = ử) and VNI cư (ö = ư): one plausible word either way.
        let byDefault = try #require(LegacyVietnamese.repair("cö"))
        #expect(byDefault.text == "cư" && byDefault.encoding == .vni)
        let preferred = try #require(LegacyVietnamese.repair("cö", preferring: .tcvn3))
        #expect(preferred.text == "cử" && preferred.encoding == .tcvn3)
        // No tie: the other words decide whatever the preference.
        #expect(LegacyVietnamese.detect("Bé tr\u{AD}ëng cö", preferring: .vni) == .tcvn3)
    }

    @Test("prefers the syllable frequent in names when both readings are syllables")
    func prefersFrequentSyllables() throws {
        // VNI Thò is Thị; TCVN3 BÕ is Bế. Hoà (VNI Hồ) is a frequent name itself: left alone.
        #expect(LegacyVietnamese.repair("Ma Thò Ín")?.text == "Ma Thị Ín")
        #expect(LegacyVietnamese.repair("BÕ Nhung")?.text == "Bế Nhung")
        #expect(LegacyVietnamese.assess("Hoà Thanh Nhung") == .ordinary)
    }

    @Test(
        "repairs names of the Central Highlands, northern mountain and Khmer peoples",
        arguments: [
            LegacySample("Y Bhin K®¨m", "Y Bhin Kđăm", .tcvn3),
            LegacySample("Y Bhin Kñaêm", "Y Bhin Kđăm", .vni),
            LegacySample("H'Nga Ay\u{16D}n Niª", "H'Nga Ayŭn Niê", .tcvn3),
            LegacySample("Th¹ch ThÞ Sa Rum", "Thạch Thị Sa Rum", .tcvn3),
            LegacySample("Thaïch Thò Sa Rum", "Thạch Thị Sa Rum", .vni),
            LegacySample("Ksor H'Mai £ban", "Ksor H'Mai Êban", .tcvn3),
            LegacySample("Y Kông Mlô", "Y Kông Mlô", .vni),
            LegacySample("R¬ Ch©m H'Bia", "Rơ Châm H'Bia", .tcvn3),
            LegacySample("Rô Chaâm H'Bia", "Rơ Châm H'Bia", .vni),
            LegacySample("§iÓu K'Lung", "Điểu K'Lung", .tcvn3),
            LegacySample("Thµo A P¸o", "Thào A Páo", .tcvn3),
            LegacySample("Vi án", "Vi Ỏn", .tcvn3),
            LegacySample("Chau Neùang Ly", "Chau Néang Ly", .vni),
        ].filter { $0.legacy != $0.unicode })
    func repairsMinorityNames(_ sample: LegacySample) throws {
        let repaired = try #require(LegacyVietnamese.repair(sample.legacy))
        #expect(repaired.text == sample.unicode)
        #expect(repaired.encoding == sample.encoding)
    }

    @Test("reports a cell with legacy traces that no encoding reads as suspected")
    func reportsSuspectedCells() {
        // K®¨x: signs inside a word, but neither reading is a word.
        #expect(LegacyVietnamese.assess("Y K®¨x®q") == .suspected)
        // `cö` reads cử (TCVN3) or cư (VNI): without a preference VNI's single-byte letter wins.
        #expect(LegacyVietnamese.assess("Nguyen cö") == .repaired(text: "Nguyen cư", encoding: .vni))
        #expect(LegacyVietnamese.assess("Kpă Blik") == .ordinary)
    }

    /// Cells that read as a name both as they stand and converted: suspected alone, repaired in a
    /// file typed in the font; not so where the changed words are common syllables or frequent name
    /// words as they stand (every genuine `Hoàng` or `Krông` would be suspected), except in a
    /// minority name where the conversion reads exactly as well (`Cô Lir Ka Nhô`).
    @Test(
        "reports look-alikes as suspected",
        arguments: [
            ("Y Tôr", LegacyVietnameseAssessment.suspected, "Y Tơr" as String?, LegacyVietnameseEncoding.vni),
            ("Cô Lir Ka Nhô", .suspected, "Cơ Lir Ka Nhơ", .vni),
            // Yơn is a frequent name word, Yôn none.
            ("Siu Yôn", .repaired(text: "Siu Yơn", encoding: .vni), "Siu Yơn", .vni),
            ("A Hrông", .suspected, "A Hrơng", .vni),
            ("Y Jót Knul", .suspected, "Y Jút Knul", .tcvn3),
            // In a file typed in VNI they are VNI.
            ("Hoàng Lìu", .ordinary, "Hồng Lìu", .vni),
            ("Krông Nô", .ordinary, "Krơng Nơ", .vni),
            ("Noël", .ordinary, nil, .vni),
            ("5ª Avenida", .ordinary, "5ª Avenida", .tcvn3),
        ])
    func reportsLookAlikes(
        text: String, alone: LegacyVietnameseAssessment, inFile: String?, encoding: LegacyVietnameseEncoding
    ) {
        #expect(LegacyVietnamese.assess(text) == alone)
        if let inFile {
            #expect((LegacyVietnamese.assess(text, preferring: encoding).repair?.text ?? text) == inFile)
        }
    }

    /// A grave accent before one final consonant is no European spelling (père, città, Agnès are):
    /// TCVN3 è is ố.
    @Test func aGraveAccentBeforeOneFinalConsonantIsNoEuropeanWord() {
        #expect(LegacyVietnamese.assess("Bon Jèc Lung") == .repaired(text: "Bon Jốc Lung", encoding: .tcvn3))
        #expect(LegacyVietnamese.assess("Père Lachaise") == .ordinary)
        #expect(LegacyVietnamese.assess("Città Alta") == .ordinary)
    }

    @Test("prefers the reading with no loanword spelling")
    func prefersCommonSyllables() throws {
        // VNI Khoâng is Không; read as TCVN3 (â = 0xE2 = õ) it is Khoõng, an `oo` loanword spelling.
        let repaired = try #require(LegacyVietnamese.repair("Khoâng"))
        #expect(repaired.text == "Không" && repaired.encoding == .vni)
    }

    // MARK: - Round trips

    /// Names and words to encode with the test encoders below; every tone occurs on several vowels.
    static let names = [
        "Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hoàng Phúc", "Phạm Minh Đức", "Hoàng Thị Thu Hằng",
        "Vũ Đình Quý", "Đặng Thùy Dương", "Bùi Xuân Trường", "Đỗ Mạnh Hùng", "Ngô Quốc Việt",
        "Dương Tấn Phát", "Lý Thị Mỹ Hạnh", "Hồ Sỹ Tuấn", "Võ Thị Ánh Tuyết", "Đinh Công Tráng",
        "Chi bộ thôn Đông Hưng", "Đảng bộ xã Tân Hòa", "Khuất Duy Tiến", "Quách Thị Khuyên",
        "Giáp Văn Cương", "Lưu Hữu Phước", "Mạc Đĩnh Chi", "Ông Ích Khiêm", "Tạ Quang Bửu",
        "Phùng Khắc Khoan", "Ưng Hoàng Phúc", "Kiều Thị Thuỷ", "Thôn Nghĩa Lộ", "Bản Khuổi Nặm",
        "Tổ dân phố số 5", "Huỳnh Thúc Kháng", "Trịnh Thị Hường", "Ngõ 18 phố Nguyễn Khuyến",
        "NGUYỄN VĂN MINH", "ĐẮK LẮK", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", "HUYỆN ỦY YÊN THẾ",
    ]

    @Test("repairs TCVN3 read as Latin-1, Windows-1252 and Windows-1258", arguments: names)
    func tcvn3RoundTrip(_ name: String) throws {
        let bytes = try #require(TestEncoder.tcvn3(name))
        for (label, text) in TestEncoder.readings(of: bytes) {
            let repaired = LegacyVietnamese.repair(text)
            #expect(repaired?.text == name, "read as \(label): \(text)")
            #expect(repaired?.encoding == .tcvn3, "read as \(label): \(text)")
        }
    }

    @Test("repairs VNI read as Latin-1, Windows-1252 and Windows-1258", arguments: names)
    func vniRoundTrip(_ name: String) throws {
        let bytes = try #require(TestEncoder.vni(name))
        for (label, text) in TestEncoder.readings(of: bytes) {
            let repaired = LegacyVietnamese.repair(text)
            #expect(repaired?.text == name, "read as \(label): \(text)")
            #expect(repaired?.encoding == .vni, "read as \(label): \(text)")
        }
    }

    @Test("converts every lowercase TCVN3 letter byte to its letter")
    func convertsEveryTCVN3Letter() {
        // The 67 lowercase letters of the table read back through NFD: each is a Vietnamese vowel or đ.
        let lowercase = (0xA8...0xFE).compactMap { byte -> Unicode.Scalar? in
            let value = LegacyVietnamese.tcvn3Scalars[byte - 0x80]
            return value == 0 ? nil : Unicode.Scalar(value)
        }
        .filter { $0.properties.isLowercase }
        // 12 vowels × 6 tones = 72 lowercase vowels, minus the 6 toneless ASCII ones (a e i o u y),
        // plus đ: 72 - 6 + 1 = 67.
        #expect(lowercase.count == 67)
        #expect(Set(lowercase).count == 67)
        for scalar in lowercase where scalar != "đ" {
            #expect(LegacyVietnamese.vowelPosition(of: scalar) != nil, "\(scalar)")
        }
    }

    /// The `utf8ToTCVN3` table of cmpitg/bogoengine `src/charset.hpp` (lowercase half), an
    /// independent source from the XFree86 table the implementation uses: letter i of `letters`
    /// is byte i of `bytes`.
    @Test("agrees with bogoengine's TCVN3 table")
    func agreesWithBogoengineTCVN3() {
        let letters = Array(
            "àáảãạằắẳẵặăầấẩẫậâèéẻẽẹềếểễệêìíỉĩịòóỏõọồốổỗộôờớởỡợơùúủũụừứửữựưỳýỷỹỵđ".unicodeScalars)
        let bytes: [UInt8] = [
            0xB5, 0xB8, 0xB6, 0xB7, 0xB9, 0xBB, 0xBE, 0xBC, 0xBD, 0xC6, 0xA8, 0xC7,
            0xCA, 0xC8, 0xC9, 0xCB, 0xA9, 0xCC, 0xD0, 0xCE, 0xCF, 0xD1, 0xD2, 0xD5,
            0xD3, 0xD4, 0xD6, 0xAA, 0xD7, 0xDD, 0xD8, 0xDC, 0xDE, 0xDF, 0xE3, 0xE1,
            0xE2, 0xE4, 0xE5, 0xE8, 0xE6, 0xE7, 0xE9, 0xAB, 0xEA, 0xED, 0xEB, 0xEC,
            0xEE, 0xAC, 0xEF, 0xF3, 0xF1, 0xF2, 0xF4, 0xF5, 0xF8, 0xF6, 0xF7, 0xF9,
            0xAD, 0xFA, 0xFD, 0xFB, 0xFC, 0xFE, 0xAE,
        ]
        #expect(letters.count == bytes.count)
        for (letter, byte) in zip(letters, bytes) {
            let legacy = String(Unicode.Scalar(byte))
            #expect(LegacyVietnamese.convert(legacy, from: .tcvn3) == String(letter), "byte \(byte)")
        }
    }

    /// The `VNI[]` table of lamdao/xvnkb `vni.h`: per vowel the forms with no tone, acute, grave,
    /// hook, tilde and dot below, then đ, in capitals and in small letters.
    @Test("agrees with xvnkb's VNI table")
    func agreesWithXvnkbVNI() {
        let capitals = [
            "A", "AÙ", "AØ", "AÛ", "AÕ", "AÏ", "AÂ", "AÁ", "AÀ", "AÅ", "AÃ", "AÄ",
            "AÊ", "AÉ", "AÈ", "AÚ", "AÜ", "AË", "E", "EÙ", "EØ", "EÛ", "EÕ", "EÏ",
            "EÂ", "EÁ", "EÀ", "EÅ", "EÃ", "EÄ", "O", "OÙ", "OØ", "OÛ", "OÕ", "OÏ",
            "OÂ", "OÁ", "OÀ", "OÅ", "OÃ", "OÄ", "Ô", "ÔÙ", "ÔØ", "ÔÛ", "ÔÕ", "ÔÏ",
            "U", "UÙ", "UØ", "UÛ", "UÕ", "UÏ", "Ö", "ÖÙ", "ÖØ", "ÖÛ", "ÖÕ", "ÖÏ",
            "I", "Í", "Ì", "Æ", "Ó", "Ò", "Y", "YÙ", "YØ", "YÛ", "YÕ", "Î", "Ñ",
        ]
        let small = [
            "a", "aù", "aø", "aû", "aõ", "aï", "aâ", "aá", "aà", "aå", "aã", "aä",
            "aê", "aé", "aè", "aú", "aü", "aë", "e", "eù", "eø", "eû", "eõ", "eï",
            "eâ", "eá", "eà", "eå", "eã", "eä", "o", "où", "oø", "oû", "oõ", "oï",
            "oâ", "oá", "oà", "oå", "oã", "oä", "ô", "ôù", "ôø", "ôû", "ôõ", "ôï",
            "u", "uù", "uø", "uû", "uõ", "uï", "ö", "öù", "öø", "öû", "öõ", "öï",
            "i", "í", "ì", "æ", "ó", "ò", "y", "yù", "yø", "yû", "yõ", "î", "ñ",
        ]
        let unicode = Array(
            "aáàảãạâấầẩẫậăắằẳẵặeéèẻẽẹêếềểễệoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữựiíìỉĩịyýỳỷỹỵđ".unicodeScalars)
        #expect(small.count == unicode.count && capitals.count == unicode.count)
        for (index, letter) in unicode.enumerated() {
            #expect(LegacyVietnamese.convert(small[index], from: .vni) == String(letter))
            #expect(LegacyVietnamese.convert(capitals[index], from: .vni) == String(letter).uppercased())
        }
    }

    // MARK: - Syllables

    @Test(
        "accepts Vietnamese syllables",
        arguments: [
            "a", "ông", "nguyễn", "người", "trường", "khuya", "quốc", "gì", "giếng", "nghiêng", "kỹ",
            "thuở", "hoặc", "xoong", "khuấy", "rượu", "yêu", "bệnh", "huỳnh", "ĐẮK", "Việt",
            // The tone on either vowel of oa, oe, uy (old and new style).
            "hòa", "hoà", "thúy", "thuý", "mão",
        ])
    func acceptsSyllable(_ word: String) {
        #expect(LegacyVietnamese.isPlausibleSyllable(word.unicodeScalars))
    }

    @Test(
        "rejects non-syllables",
        arguments: [
            "", "josé", "café", "müller", "nguyôn", "v¨n", "nguyeãn", "vieät", "kan", "ghan", "cem",
            "ngi", "hoàái", "lăc", "lat", "tónh", "sóo", "nghà", "oă", "bưê", "aim",
            // The tone on the glide (VNI `aõ` for ã read as a + õ), a front vowel before ng.
            "maõ", "caú", "tỉng",
            // A capital after a small letter or a small letter after two capitals (TCVN3 chính, Bến).
            "chÝnh", "BÕn",
        ])
    func rejectsNonSyllable(_ word: String) {
        #expect(!LegacyVietnamese.isPlausibleSyllable(word.unicodeScalars))
    }
}

/// Encoders for the round-trip tests, built by inverting the implementation's tables.
enum TestEncoder {
    /// `text` in TCVN3: lowercase letters on their byte, the seven single-byte capitals on theirs,
    /// toned capitals on the lowercase byte when the word is all capitals (.VnTimeH) and otherwise on
    /// their TCVN 5712 VN1 byte.
    ///
    /// With `tonedCapitalsOnSmallBytes`, a toned capital outside a word in capitals is written with
    /// its small letter's byte, as the `.VnTime` fonts (which have no toned capitals) leave it.
    static func tcvn3(_ text: String, tonedCapitalsOnSmallBytes: Bool = false) -> [UInt8]? {
        var byteOfScalar: [Unicode.Scalar: UInt8] = [:]
        for (offset, value) in LegacyVietnamese.tcvn3Scalars.enumerated() where value != 0 {
            byteOfScalar[Unicode.Scalar(value)!] = UInt8(0x80 + offset)
        }
        var bytes: [UInt8] = []
        for (index, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if index > 0 {
                bytes.append(0x20)
            }
            let isCapitals = word.count > 1 && word == word.uppercased()
            for scalar in word.unicodeScalars {
                if scalar.isASCII {
                    bytes.append(UInt8(scalar.value))
                } else if let byte = byteOfScalar[scalar],
                    (0xA1...0xA7).contains(byte)
                        || (!isCapitals && !(tonedCapitalsOnSmallBytes && byte < 0xA0))
                {
                    bytes.append(byte)
                } else if let byte = byteOfScalar[Unicode.Scalar(String(scalar).lowercased())!] {
                    bytes.append(byte)
                } else {
                    return nil
                }
            }
        }
        return bytes
    }

    /// `text` in VNI Windows: base letter + mark byte, or the single-byte letters.
    static func vni(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        let singles = Dictionary(
            uniqueKeysWithValues: LegacyVietnamese.vniLetters.map { ($0.value, $0.key) })
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                bytes.append(UInt8(scalar.value))
                continue
            }
            if let byte = singles[scalar] {
                bytes.append(byte)
                continue
            }
            guard let position = LegacyVietnamese.vowelPosition(of: scalar) else { return nil }
            let isUppercase = scalar.properties.isUppercase
            let caseOffset: UInt8 = isUppercase ? 0x20 : 0
            func mark(_ wanted: (LegacyVietnamese.VNIMark) -> Bool) -> UInt8? {
                LegacyVietnamese.vniMarks.first { $0.key >= 0xE0 && wanted($0.value) }.map {
                    $0.key - caseOffset
                }
            }
            let tone = position.tone
            let base: Unicode.Scalar
            var markByte: UInt8?
            switch position.row {
            case .aCircumflex, .eCircumflex, .oCircumflex:
                base = position.row == .aCircumflex ? "a" : position.row == .eCircumflex ? "e" : "o"
                markByte = mark { if case .circumflex(tone) = $0 { true } else { false } }
            case .aBreve:
                base = "a"
                markByte = mark { if case .breve(tone) = $0 { true } else { false } }
            case .oHorn, .uHorn:
                bytes.append(position.row == .oHorn ? 0xF4 - caseOffset : 0xF6 - caseOffset)
                if tone != .level {
                    bytes.append(mark { if case .tone(tone) = $0 { true } else { false } }!)
                }
                continue
            default:
                base = position.row.letter
                markByte = tone == .level ? nil : mark { if case .tone(tone) = $0 { true } else { false } }
            }
            let baseByte = UInt8(base.value) - caseOffset
            bytes.append(baseByte)
            if let markByte {
                bytes.append(markByte)
            }
        }
        return bytes
    }

    /// The ways a CSV reader may show `bytes`: as Latin-1, as Windows-1252 (Foundation's decoder),
    /// and as Windows-1258 both raw and in NFC (its combining tone marks composed into letters).
    static func readings(of bytes: [UInt8]) -> [(String, String)] {
        var latin1 = String.UnicodeScalarView()
        var windows1252 = String.UnicodeScalarView()
        var windows1258 = String.UnicodeScalarView()
        for byte in bytes {
            let latin = Unicode.Scalar(byte)
            latin1.append(latin)
            var cp1252 = latin
            if (0x80...0x9F).contains(byte),
                let decoded = String(data: Data([byte]), encoding: .windowsCP1252)?.unicodeScalars.first
            {
                cp1252 = decoded
            }
            windows1252.append(cp1252)
            // Windows-1258 as printed by `iconv -f CP1258`: it differs from Latin-1 in these 14 bytes.
            let cp1258: [UInt8: UInt32] = [
                0xC3: 0x0102, 0xCC: 0x0300, 0xD0: 0x0110, 0xD2: 0x0309, 0xD5: 0x01A0, 0xDD: 0x01AF,
                0xDE: 0x0303, 0xE3: 0x0103, 0xEC: 0x0301, 0xF0: 0x0111, 0xF2: 0x0323, 0xF5: 0x01A1,
                0xFD: 0x01B0, 0xFE: 0x20AB,
            ]
            windows1258.append(cp1258[byte].flatMap(Unicode.Scalar.init) ?? cp1252)
        }
        let raw1258 = String(windows1258)
        return [
            ("Latin-1", String(latin1)), ("Windows-1252", String(windows1252)),
            ("Windows-1258", raw1258), ("Windows-1258 NFC", raw1258.precomposedStringWithCanonicalMapping),
        ]
    }
}
