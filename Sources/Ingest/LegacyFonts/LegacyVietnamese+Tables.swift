// The character tables behind `LegacyVietnamese`.
//
// Sources (looked up, not reconstructed from memory):
// - TCVN3: the TCVN 5712:1993 "VN1" table of XFree86 `xc/lib/X11/lcUniConv/tcvn.h` (`tcvn_2uni_2`,
//   the same table as GNU libiconv `tcvn.h`). Its lowercase letters and the seven single-byte capitals
//   Ă Â Ê Ô Ơ Ư Đ (0xA1–0xFE) are the ABC "TCVN3" of the `.VnTime` fonts; the code points were
//   cross-checked one by one against the TCVN3 column of duydev/vietnamese-conversion `src/charsets.ts`
//   and against cmpitg/bogoengine `src/charset.hpp` (`utf8ToTCVN3`).
// - VNI Windows: lamdao/xvnkb `vni.h` (the `VNI[]` table: base letter + mark byte for every letter),
//   cross-checked against the VNI column of duydev/vietnamese-conversion `src/charsets.ts`.
// - Windows-1252 0x80–0x9F and Windows-1258: the Microsoft code pages (cp1258 bytes checked with
//   glibc `iconv -f CP1258`).

extension LegacyVietnamese {
    /// The Unicode scalar of each TCVN 5712 byte 0x80–0xFF (index = byte − 0x80), 0 where the byte is
    /// left as it is.
    ///
    /// 0xA0 (no-break space) is not a letter, and 0xB0–0xB4, which VN1 assigns to combining tone marks,
    /// are left alone: the `.VnTime` fonts never produce them, while the Latin-1 signs they read as
    /// (`°`, `±`, `²`, `³`, `´`) do occur next to Vietnamese text (`25°C`).
    static let tcvn3Scalars: [UInt32] = [
        // 0x80: capitals with tones, TCVN 5712 VN1 only (never typed with the .VnTime fonts).
        0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8,
        0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128,
        // 0x90
        0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8,
        0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168,
        // 0xA0: Ă Â Ê Ô Ơ Ư Đ, then ă â ê ô ơ ư đ.
        0x0000, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,
        0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,
        // 0xB0
        0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x00E0, 0x1EA3, 0x00E3,
        0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,
        // 0xC0
        0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,
        0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,
        // 0xD0
        0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,
        0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
        // 0xE0
        0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,
        0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
        // 0xF0
        0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,
        0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,
    ]

    /// The Vietnamese vowels in grid form: one row per toneless vowel, one column per tone in
    /// `Tone` order. Row order is `VowelRow`.
    static let lowercaseVowelGrid: [[Unicode.Scalar]] = grid(
        "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ")

    /// The capital counterpart of `lowercaseVowelGrid`.
    static let uppercaseVowelGrid: [[Unicode.Scalar]] = grid(
        "AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ")

    private static func grid(_ rows: String) -> [[Unicode.Scalar]] {
        rows.split(separator: " ").map { Array($0.unicodeScalars) }
    }

    /// A precomposed Vietnamese vowel: its grid position and case.
    struct VowelPosition {
        var row: VowelRow
        var tone: Tone
        var isUppercase: Bool
    }

    /// The grid position of `scalar` when it is a Vietnamese vowel (either case, any tone).
    ///
    /// A table lookup rather than a Dictionary: it runs for every letter of every text cell.
    static func vowelPosition(of scalar: Unicode.Scalar) -> VowelPosition? {
        let value = scalar.value
        let code: UInt8
        if value >= 0x41 && value < 0x41 + UInt32(vowelCodesLow.count) {
            code = vowelCodesLow[Int(value - 0x41)]
        } else if value >= 0x1EA0 && value < 0x1EA0 + UInt32(vowelCodesHigh.count) {
            code = vowelCodesHigh[Int(value - 0x1EA0)]
        } else {
            return nil
        }
        guard code != 0 else { return nil }
        let index = Int(code - 1)
        return VowelPosition(
            row: VowelRow(rawValue: index / 12)!, tone: Tone(rawValue: index % 12 / 2)!,
            isUppercase: index % 2 == 1)
    }

    /// Vowel codes (1 + row × 12 + tone × 2 + isUppercase, 0 for no vowel) of U+0041–U+01B0 and of
    /// U+1EA0–U+1EF9, where all precomposed Vietnamese vowels lie.
    private static let (vowelCodesLow, vowelCodesHigh): ([UInt8], [UInt8]) = {
        var low = [UInt8](repeating: 0, count: 0x1B1 - 0x41)
        var high = [UInt8](repeating: 0, count: 0x1EFA - 0x1EA0)
        for (isUppercase, grid) in [(false, lowercaseVowelGrid), (true, uppercaseVowelGrid)] {
            for (row, scalars) in grid.enumerated() {
                for (tone, scalar) in scalars.enumerated() {
                    let code = UInt8(1 + row * 12 + tone * 2 + (isUppercase ? 1 : 0))
                    if scalar.value >= 0x1EA0 {
                        high[Int(scalar.value - 0x1EA0)] = code
                    } else {
                        low[Int(scalar.value - 0x41)] = code
                    }
                }
            }
        }
        return (low, high)
    }()

    /// A row of the vowel grid: a vowel letter without tone.
    enum VowelRow: Int, CaseIterable {
        case a, aBreve, aCircumflex, e, eCircumflex, i, o, oCircumflex, oHorn, u, uHorn, y

        /// The lowercase toneless letter.
        var letter: Unicode.Scalar { LegacyVietnamese.lowercaseVowelGrid[rawValue][0] }
    }

    /// A Vietnamese tone, in the column order of the vowel grids.
    enum Tone: Int {
        case level, grave, acute, hookAbove, tilde, dotBelow
    }

    // MARK: - VNI Windows

    /// What a VNI mark byte does to the vowel before it.
    enum VNIMark {
        /// A tone on a, e, o, u, y, ơ, ư (VNI `ù ø û õ ï`).
        case tone(Tone)
        /// A circumflex, with a tone, on a, e, o (VNI `â á à å ã ä`).
        case circumflex(Tone)
        /// A breve, with a tone, on a (VNI `ê é è ú ü ë`).
        case breve(Tone)
    }

    /// The VNI mark bytes; the capital forms (0xC0–0xDF) follow capital base letters.
    static let vniMarks: [UInt8: VNIMark] = {
        let marks: [(lowercase: UInt8, mark: VNIMark)] = [
            (0xF9, .tone(.acute)), (0xF8, .tone(.grave)), (0xFB, .tone(.hookAbove)),
            (0xF5, .tone(.tilde)), (0xEF, .tone(.dotBelow)),
            (0xE2, .circumflex(.level)), (0xE1, .circumflex(.acute)), (0xE0, .circumflex(.grave)),
            (0xE5, .circumflex(.hookAbove)), (0xE3, .circumflex(.tilde)), (0xE4, .circumflex(.dotBelow)),
            (0xEA, .breve(.level)), (0xE9, .breve(.acute)), (0xE8, .breve(.grave)),
            (0xFA, .breve(.hookAbove)), (0xFC, .breve(.tilde)), (0xEB, .breve(.dotBelow)),
        ]
        var table: [UInt8: VNIMark] = [:]
        for (lowercase, mark) in marks {
            table[lowercase] = mark
            table[lowercase - 0x20] = mark
        }
        return table
    }()

    /// VNI bytes that are a whole letter by themselves: đ, ơ, ư and the i and y forms.
    static let vniLetters: [UInt8: Unicode.Scalar] = [
        0xD1: "Đ", 0xF1: "đ", 0xD4: "Ơ", 0xF4: "ơ", 0xD6: "Ư", 0xF6: "ư",
        0xCC: "Ì", 0xEC: "ì", 0xCD: "Í", 0xED: "í", 0xC6: "Ỉ", 0xE6: "ỉ",
        0xD3: "Ĩ", 0xF3: "ĩ", 0xD2: "Ị", 0xF2: "ị", 0xCE: "Ỵ", 0xEE: "ỵ",
    ]

    // MARK: - Recovering the bytes

    /// Windows-1252 characters of bytes 0x80–0x9F (the bytes a file read as cp1252 shows).
    /// Windows-1258 agrees on all of them except the four Š š Ž ž it leaves undefined.
    static let windows1252Bytes: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86,
        0x2021: 0x87, 0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C,
        0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95,
        0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
        0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    /// Windows-1258 characters of the bytes 0xA0–0xFF where it differs from Latin-1.
    static let windows1258Bytes: [UInt32: UInt8] = [
        0x0102: 0xC3, 0x0300: 0xCC, 0x0110: 0xD0, 0x0309: 0xD2, 0x01A0: 0xD5, 0x01AF: 0xDD,
        0x0303: 0xDE, 0x0103: 0xE3, 0x0301: 0xEC, 0x0111: 0xF0, 0x0323: 0xF2, 0x01A1: 0xF5,
        0x01B0: 0xFD, 0x20AB: 0xFE,
    ]
}
