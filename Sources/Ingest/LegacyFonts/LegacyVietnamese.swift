import Foundation

/// Detection and repair of text typed with a legacy Vietnamese font (TCVN3 or VNI) that reached a
/// CSV as Latin-1, Windows-1252 or Windows-1258 letters, such as `NguyÔn V¨n A` or `Nguyeãn`.
///
/// ## Detection rule
/// A cell is split into words at ASCII non-letters and white space (edge quotes and dashes are
/// trimmed); only words with a non-ASCII character that are more than a lone sign count. Each counted
/// word earns points as it stands and as converted (`WordPoints`): a Vietnamese syllable 8 (6 when
/// spelled like a loanword or with a minority onset such as `Krông`), 2 more when it is frequent in
/// names (`Thị`, `Sơn`, `Rơ`); a word of a minority name written with Vietnamese letters (`Kđăm`,
/// `Êban`, `Adrơng`, `Ayŭn`: optional one-vowel presyllable, onset cluster, up to three vowels, coda
/// `c ch h k l m n ng nh p r s t`, at most one tone) 6 without a tone and 2 with one, 2 more when
/// it is one of the frequent name words (`Ksor`, `Yơn`: a list, see `frequentSyllables`); as it stands
/// only, a European word in Latin-1 (`José`, `Noël`; not with a grave accent before one final
/// consonant, `Jèc`, TCVN3 Jốc) 4, a Spanish `ñ` after a vowel 6. Traces of
/// legacy bytes cost the text as it stands: a sign inside a word (`K®¨m`) or a capital after a small
/// letter (`NguyÔn`) make it worth 0, a vowel followed by a VNI mark byte 3 points (`eâ`, `aø`; 1 for
/// the pairs of European words such as `aï`, `ão`), a name's word in small letters or capitals among
/// capitalized words 3 (`Vi án`, `Ly A DÕ`: the `.VnTime` fonts have no toned capitals).
/// 1. Not legacy: pure ASCII; text with a vowel carrying both a shape mark and a tone (`ễ`, `ự`:
///    no Latin-1, Windows-1252 or Windows-1258 reading of legacy bytes produces one); text with a
///    character that no legacy byte gives (ŭ ĕ ŏ ĭ excepted: no legacy table has them, so a legacy
///    cell can only carry them as Unicode letters, which are kept); text of syllables that no
///    frequent syllable's TCVN3 or VNI form matches; text with Vietnamese letters beyond Latin-1
///    (ă ơ ư đ ạ …) and no trace of legacy bytes (`Kpă Blik` is no Windows-1258 reading of TCVN3).
/// 2. Otherwise the text is converted as TCVN3 and as VNI (for scoring, a VNI mark byte that
///    follows no vowel, and a TCVN 5712 VN1 capital among small letters, count as debris). An
///    encoding qualifies when its conversion earns more points than the text as it stands and has
///    at least as many words worth points as words worth none.
/// 3. Of two qualifying encodings the one with more points wins; on equal points the bytes decide
///    (VNI mark bytes after a vowel of the same case; TCVN3 bytes 0x80–0xBF), then VNI's single-byte
///    letters (`cö`: VNI cư rather than TCVN3 cử), then `preferred`; a cell still undecided is
///    `suspected`.
/// 4. A cell with traces of legacy bytes that no encoding reads better is `suspected`: kept as it is
///    and reported, for staff to check. So is a look-alike, a cell that a conversion reads exactly
///    as well (VNI `Siu Yôn`, Siu Yơn; `A Hrông`, A Hrơng), or nearly as well where the changed words
///    are name-shaped as they stand (TCVN3 `Y Jót`: the European word scores 4, the minority word
///    Jút 2) — unless every changed word is a common syllable or a frequent name word as it stands
///    (`Hoàng`, which VNI reads Hồng; `Krông`), which would make every genuine one suspected.
///
/// With `preferred` (the file's other cells were typed in that font), a conversion to it that reads
/// exactly as well as the text is taken, and Latin-1 words earn no European points: VNI `Siu Yôn`
/// is Siu Yơn and TCVN3 `Y Jót` is Y Jút there, while alone they are kept and suspected.
///
/// So `José`, `Café`, `«Tô Hoài»` and `100 × n` stay as they are, and a cell whose only word reads
/// as Vietnamese either way (`Hái`, TCVN3 for `Hỏi`) is left alone.
///
/// ## Conversion
/// Each character is first mapped back to the byte it came from: Latin-1 characters are their own
/// byte, Windows-1252 characters give 0x80–0x9F, and Windows-1258 characters (including its
/// combining tone marks, also when composed into the letter before them) give their cp1258 byte.
/// Then:
/// - TCVN3: one byte per letter (see `tcvn3Scalars`). The capitals of the `.VnTimeH` fonts share
///   the lowercase bytes, so only ASCII letters and the seven single-byte capitals tell the case: a
///   word with a capital after its first letter and no lowercase ASCII letter (`NGUYÔN`, `§¹I`) is
///   converted to capitals (`NGUYỄN`, `ĐẠI`), and so is every word of a cell that has such a word
///   and no lowercase ASCII letter at all (`§¶NG Bé` → `ĐẢNG BỘ`). The `.VnTime` fonts have no
///   capital with a tone, so in a name (two to six words, spaces only) whose other words are
///   capitalized a word that begins with a toned letter is capitalized (`Vâ ThÞ ¸nh` → `Võ Thị Ánh`).
/// - VNI: a vowel followed by a mark byte becomes one letter (`eã` → `ễ`), and the single-byte
///   letters `ñ ô ö æ ó ò î` become `đ ơ ư ỉ ĩ ị ỵ`.
///
/// The result is Unicode NFC. The text may be NFC already: a composed letter is split back into
/// its bytes (`ṽ` → `v` + 0xDE). Only a Windows-1258 tone-mark byte composed into a Latin-1 vowel
/// (`a` + 0xEC read as `á`) cannot be told from that vowel's own byte, which no common TCVN3 or VNI
/// word needs.
public enum LegacyVietnamese {
    /// The encoding `text` looks like it was typed in, or nil for ordinary text (including ordinary
    /// correct Vietnamese in Unicode). See the type's documentation for the rule.
    ///
    /// - Parameter preferred: the encoding to choose when TCVN3 and VNI read equally well, typically
    ///   the one already found in other cells of the same file (a file is typed in one font).
    public static func detect(
        _ text: String, preferring preferred: LegacyVietnameseEncoding? = nil
    ) -> LegacyVietnameseEncoding? {
        repair(text, preferring: preferred)?.encoding
    }

    /// `text` converted from `encoding` to Unicode NFC.
    public static func convert(_ text: String, from encoding: LegacyVietnameseEncoding) -> String {
        decode(legacyUnits(of: text).units, as: encoding)
    }

    /// detect + convert in one call: the repaired text and the encoding, or nil when the text is
    /// not legacy (or only suspected to be: see `assess`).
    ///
    /// - Parameter preferred: the encoding to choose when TCVN3 and VNI read equally well, typically
    ///   the one already found in other cells of the same file (a file is typed in one font).
    public static func repair(
        _ text: String, preferring preferred: LegacyVietnameseEncoding? = nil
    ) -> (text: String, encoding: LegacyVietnameseEncoding)? {
        assess(text, preferring: preferred).repair
    }

    /// Whether `text` is ordinary, typed in a legacy font (and then its repair), or suspected of it.
    /// See the type's documentation for the rule.
    ///
    /// - Parameter preferred: the encoding to choose when TCVN3 and VNI read equally well; without
    ///   one such a tie is `suspected`.
    public static func assess(
        _ text: String, preferring preferred: LegacyVietnameseEncoding? = nil
    ) -> LegacyVietnameseAssessment {
        if text.utf8.allSatisfy({ $0 < 0x80 }) || text.unicodeScalars.contains(where: isDoublyMarked) {
            return .ordinary
        }
        let original = nfc(text)
        let originalWords = words(of: original)
        // Only words with a non-ASCII character tell anything, and a lone sign is no word (`×` in
        // `100 × n`), while two signs can be (`®·`, TCVN3 for đã); nor is an ordinal indicator
        // alone (`5ª`, `1º`), though TCVN3 reads them as ê and ư.
        let isCounted = originalWords.map { word in
            word.contains { !$0.isASCII }
                && (word.count > 1
                    || (word.contains(where: isLetter) && word.first != "ª" && word.first != "º"))
        }
        // Letters beyond Latin-1 and cp1252 (ă, ơ, ư, đ, or composed ones such as ỉ) are either
        // Windows-1258 renderings of legacy bytes or real Vietnamese, far more often the latter:
        // without traces of legacy bytes such text is left as it is (`Kpă Blik` is no TCVN3 `Kpó`).
        let hasVietnameseLetters = text.unicodeScalars.contains {
            $0.value >= 0x100 && windows1252Bytes[$0.value] == nil && !isBreveVowel($0)
        }
        // The fast path of Unicode Vietnamese: syllables carry no traces.
        if hasVietnameseLetters
            && zip(originalWords, isCounted).allSatisfy({ !$1 || syllableGrade($0) != .implausible })
        {
            return .ordinary
        }
        let oddWords = oddlyCasedWordsInName(originalWords)
        // The fast path of Latin-1 Vietnamese (`Có`, `Hòa`): a conversion can read better than
        // common syllables only where it gives a frequent syllable. Syllables spelled like minority
        // words (`Hrông`, VNI for Hrơng) are scored: their conversion may read as well.
        // Checked last: it looks at the ASCII words too.
        if preferred == nil && oddWords.isEmpty
            && zip(originalWords, isCounted).allSatisfy({ word, isCounted in
                !isCounted || (syllableGrade(word) == .common && !couldBeLegacyFrequentSyllable(word))
            }) && !hasMinorityNameWord(text, originalWords)
        {
            return .ordinary
        }
        let isMinorityName = hasMinorityNameWord(text, originalWords)
        var originalPoints = 0
        var hasLegacyTraces = false
        var isAllFrequent = true
        for (index, (word, isCounted)) in zip(originalWords, isCounted).enumerated() where isCounted {
            var scored = self.originalPoints(word, isInLegacyFile: preferred != nil)
            if oddWords.contains(index) {
                // `Vi án`: the .VnTime fonts have no toned capitals, so a name's word that begins
                // with a toned letter shows in small letters (TCVN3 Vi Ỏn); their small toned
                // letters show as Latin-1 capitals (`Ly A DÕ`, TCVN3 Ly A Dế).
                scored = (max(scored.points - 3, 0), true)
            }
            originalPoints += scored.points
            hasLegacyTraces = hasLegacyTraces || scored.hasLegacyTraces
            isAllFrequent =
                isAllFrequent && scored.points == WordPoints.commonSyllable + WordPoints.frequentSyllableBonus
        }
        // Frequent syllables earn the most points: no conversion can read better.
        if isAllFrequent && preferred == nil {
            return .ordinary
        }
        let (units, isRepresentable) = legacyUnits(of: text)
        guard isRepresentable else { return .ordinary }
        // A Windows-1258 tone mark on a consonant (`Th̃`: TCVN3 0xDE, ị) is no Vietnamese.
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if windows1258Bytes[scalar.value] != nil && (0x300...0x323).contains(scalar.value)
                && vowelPosition(of: previous) == nil
            {
                hasLegacyTraces = true
            }
            previous = scalar
        }
        if hasVietnameseLetters && !hasLegacyTraces {
            return .ordinary
        }
        var candidates: [(text: String, encoding: LegacyVietnameseEncoding, points: Int)] = []
        // A conversion that reads exactly as well as the text (VNI `Siu Yôn`, Siu Yơn; TCVN3
        // `Y Jót`, Y Jút): the cell alone cannot tell, so it is suspected rather than kept silently.
        var isLookAlike = false
        for encoding in LegacyVietnameseEncoding.allCases {
            // Scored with stray bytes marked; the text itself is decoded for the winner only.
            let scored = decode(units, as: encoding, marksStrayBytes: true)
            guard scored != original else { continue }
            let convertedWords = words(of: scored)
            guard convertedWords.count == originalWords.count else { continue }
            var points = 0
            var good = 0
            var bad = 0
            // Whether a changed word is neither a common Kinh syllable nor a frequent name word as it
            // stands (`Krông`, which VNI would read Krơng), and whether every
            // changed word reads as a Vietnamese syllable or a minority-name word as it stands.
            var changesUncommonWord = false
            var changesOnlyNameShapedWords = true
            for (index, (word, isCounted)) in zip(convertedWords, isCounted).enumerated() where isCounted {
                let wordPoints = convertedPoints(word)
                points += wordPoints
                if wordPoints == 0 { bad += 1 } else { good += 1 }
                let original = originalWords[index]
                guard !word.elementsEqual(original) else { continue }
                let grade = syllableGrade(original)
                changesUncommonWord =
                    changesUncommonWord || (grade != .common && !isFrequentSyllable(original))
                changesOnlyNameShapedWords =
                    changesOnlyNameShapedWords && (grade != .implausible || minorityPoints(original) > 0)
            }
            // In a file typed in `preferred`, a conversion that reads exactly as well as the text
            // is taken: VNI `Siu Yôn` is Siu Yơn there, TCVN3 `Y Jót` is Y Jút.
            let isTie = points == originalPoints && bad == 0 && good > 0
            let isPreferredTie = encoding == preferred && isTie
            // Alone such a cell is a look-alike, and so is one whose name words read nearly as well
            // converted (TCVN3 `Y Jót`: a European word, 4, or the minority word Jút, 2); not one
            // whose changed words are all common syllables or frequent name words (`Hoàng`, which
            // VNI would read Hồng: every genuine Hoàng would be suspected), unless the cell is a
            // minority name, where ơ is as common as ô, and the conversion reads exactly as well
            // (`Cô Lir Ka Nhô`, VNI for Cơ Lir Ka Nhơ; not `Bu Krông`, a frequent name word).
            let isNearTie =
                isTie
                || (changesOnlyNameShapedWords && bad == 0 && good > 0
                    && points + WordPoints.lookAlikeMargin >= originalPoints)
            isLookAlike = isLookAlike || (isNearTie && changesUncommonWord) || (isTie && isMinorityName)
            if (points > originalPoints && good >= bad) || isPreferredTie {
                let converted = decode(units, as: encoding)
                if converted != original {
                    candidates.append((converted, encoding, points))
                }
            }
        }
        guard let first = candidates.first else {
            return hasLegacyTraces || isLookAlike ? .suspected : .ordinary
        }
        guard candidates.count == 2 else { return .repaired(text: first.text, encoding: first.encoding) }
        let (tcvn3, vni) = (candidates[0], candidates[1])
        if tcvn3.points != vni.points {
            let best = tcvn3.points > vni.points ? tcvn3 : vni
            return .repaired(text: best.text, encoding: best.encoding)
        }
        // Equal points: the bytes themselves may tell. VNI puts a mark byte after a vowel of the
        // same case (`OÏn`, `Neùang`); TCVN3 alone uses the bytes 0x80–0xBF (`Kp¨`, `M¶i`).
        let evidence = encodingEvidence(units)
        if evidence.vni != evidence.tcvn3 {
            let best = evidence.vni > evidence.tcvn3 ? vni : tcvn3
            return .repaired(text: best.text, encoding: best.encoding)
        }
        // VNI reads the single bytes ô ö ñ ò ó æ î as ơ ư đ ị ĩ ỉ ỵ, more frequent letters than the
        // toned ụ ử ủ ũ ú of TCVN3 (`Blöu`: VNI Blưu, TCVN3 Blửu).
        if preferred == nil && evidence.tcvn3 == 0 && units.contains(where: isSingleByteVNILetter) {
            return .repaired(text: vni.text, encoding: .vni)
        }
        // A tie, such as one short word of bytes 0xC0–0xFF (`cö`: TCVN3 cử or VNI cư): only the
        // file's other cells can tell.
        if tcvn3.text == vni.text || preferred == .vni {
            return .repaired(text: vni.text, encoding: .vni)
        }
        if preferred == .tcvn3 {
            return .repaired(text: tcvn3.text, encoding: .tcvn3)
        }
        return .suspected
    }

    /// Whether `scalar` is a vowel with both a shape mark (breve, circumflex, horn) and a tone, such
    /// as `ễ` or `ự`. Such letters are real Unicode: Latin-1 and Windows-1252 have none, and a
    /// Windows-1258 reading composes them only from a letter such as `ê` followed by a tone-mark
    /// byte, a sequence that no TCVN3 or VNI word contains.
    private static func isDoublyMarked(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x1EA4 && scalar.value <= 0x1EF1,
            let position = vowelPosition(of: scalar)
        else { return false }
        switch position.row {
        case .aBreve, .aCircumflex, .eCircumflex, .oCircumflex, .oHorn, .uHorn:
            return position.tone != .level
        default:
            return false
        }
    }

    // MARK: - Cell-level evidence

    private static func isSingleByteVNILetter(_ unit: UInt32) -> Bool {
        switch unit {
        case 0xD4, 0xF4, 0xD6, 0xF6, 0xD1, 0xF1, 0xD2, 0xF2, 0xD3, 0xF3, 0xC6, 0xE6, 0xCE, 0xEE: true
        default: false
        }
    }

    /// Whether `scalar` is one of ŭ ĕ ŏ ĭ (either case), which no legacy byte gives: a legacy cell can
    /// hold them only as Unicode letters among its bytes, and they are kept as they are.
    static func isBreveVowel(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x12C, 0x12D, 0x114, 0x115, 0x14E, 0x14F, 0x16C, 0x16D, 0x306: true
        default: false
        }
    }

    /// The words of a name (two to six words, separated by spaces or apostrophes, every other word
    /// capitalized) that begin with a small non-ASCII letter, or that are in capitals with a Latin-1
    /// capital while another word of the name has small letters.
    private static func oddlyCasedWordsInName(_ words: [ArraySlice<Unicode.Scalar>]) -> [Int] {
        let nonEmpty = words.indices.filter { !words[$0].isEmpty }
        guard (2...6).contains(nonEmpty.count) else { return [] }
        var odd: [Int] = []
        var hasSmallLetters = false
        for index in nonEmpty {
            let word = words[index]
            let first = word.first!
            if first.value >= 0xDF && first.value <= 0xFF && first.value != 0xF7 {
                odd.append(index)
                continue
            }
            guard first.properties.isUppercase else { return [] }
            let rest = word.dropFirst()
            if rest.contains(where: { $0.properties.isLowercase }) {
                hasSmallLetters = true
            } else if rest.contains(where: { $0.value >= 0xC0 && $0.value <= 0xDE && $0.value != 0xD7 }) {
                odd.append(index)
            }
        }
        guard odd.count < nonEmpty.count else { return [] }
        return odd.filter { words[$0].first!.value >= 0xDF || hasSmallLetters }
    }

    /// Whether `text` is a minority name: it has a prefix `H'` or `K'` (H'Nga, K'Mup), or a word of
    /// three letters or more that is no Vietnamese syllable and reads as a minority-name word
    /// (`Krajan`, `Rahlan`, `Lir`). Only such names make look-alikes of common syllables.
    private static func hasMinorityNameWord(_ text: String, _ words: [ArraySlice<Unicode.Scalar>]) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x27 && (previous == 0x48 || previous == 0x4B) { return true }
            previous = byte
        }
        return words.contains { word in
            word.count >= 3 && word.first!.properties.isUppercase && syllableGrade(word) == .implausible
                && minorityPoints(word) > 0
        }
    }

    /// How many traces of each encoding the bytes of a cell hold: for VNI, a mark byte after a vowel
    /// of the same case that it makes a Vietnamese letter of; for TCVN3, a byte 0x80–0xBF that is a
    /// letter in TCVN3 (VNI has no letter there).
    private static func encodingEvidence(_ units: [UInt32]) -> (tcvn3: Int, vni: Int) {
        var tcvn3 = 0
        var vni = 0
        for (index, unit) in units.enumerated() {
            if unit >= 0x80 && unit < 0xC0 && tcvn3Scalar(unit) != nil {
                tcvn3 += 1
            }
            guard index > 0, unit >= 0xC0 && unit < 0x100, let base = vniBase(units[index - 1]),
                let mark = vniMarks[UInt8(unit)], apply(mark, to: base.row) != nil,
                base.isUppercase == (unit < 0xE0)
            else { continue }
            vni += 1
        }
        return (tcvn3, vni)
    }

    // MARK: - Words

    /// Punctuation trimmed from both ends of a word: it is no letter in Unicode text, while in legacy
    /// text the same characters inside a word are letters (TCVN 5712 capitals read as cp1252).
    /// Not « and », which are TCVN3 ô and ằ.
    private static func isEdgePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x201C, 0x201D, 0x2018, 0x2019, 0x201E, 0x201A, 0x2039, 0x203A, 0x2013, 0x2014, 0x2026,
            0x2022:
            true
        default:
            false
        }
    }

    /// Whether `scalar` is a letter (Unicode `Alphabetic`), with the common cases answered without
    /// the property tables.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF: true
        case 0...0xFF: false
        default: scalar.properties.isAlphabetic
        }
    }

    /// The words of `text` between separators, edge punctuation trimmed; a word may be empty, so
    /// that the n-th word of a text and of its conversion are the same word.
    private static func words(of text: String) -> [ArraySlice<Unicode.Scalar>] {
        let scalars = Array(text.unicodeScalars)
        var words: [ArraySlice<Unicode.Scalar>] = []
        var start = 0
        func flush(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper && isEdgePunctuation(scalars[lower]) { lower += 1 }
            while lower < upper && isEdgePunctuation(scalars[upper - 1]) { upper -= 1 }
            words.append(scalars[lower..<upper])
        }
        for (index, scalar) in scalars.enumerated() where isWordSeparator(scalar) {
            flush(index)
            start = index + 1
        }
        flush(scalars.count)
        return words
    }

    private static func isWordSeparator(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return !(("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar))
        }
        return isNonASCIISpace(scalar.value)
    }

    /// The white space of Unicode beyond ASCII, except U+0085, which is a TCVN 5712 capital (Ặ)
    /// when read as Latin-1.
    private static func isNonASCIISpace(_ value: UInt32) -> Bool {
        switch value {
        case 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    // MARK: - Bytes

    /// The legacy bytes (values below 0x100) behind `text`; characters that no legacy byte produces
    /// are kept as their scalar value (0x100 and above), and `isRepresentable` is false when there is
    /// any.
    static func legacyUnits(of text: String) -> (units: [UInt32], isRepresentable: Bool) {
        var units: [UInt32] = []
        units.reserveCapacity(text.unicodeScalars.count)
        var isRepresentable = true
        for scalar in text.unicodeScalars {
            if let byte = legacyByte(scalar) {
                units.append(UInt32(byte))
            } else if let pair = decomposedLegacyBytes(scalar) {
                units.append(UInt32(pair.letter))
                units.append(UInt32(pair.mark))
            } else {
                units.append(scalar.value)
                isRepresentable = isRepresentable && isBreveVowel(scalar)
            }
        }
        return (units, isRepresentable)
    }

    private static func legacyByte(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value < 0x100 {
            return UInt8(scalar.value)
        }
        return windows1252Bytes[scalar.value] ?? windows1258Bytes[scalar.value]
    }

    /// A letter composed (by NFC) from a cp1258 letter and a cp1258 combining tone mark that followed
    /// it, such as `ṽ` from `v` + U+0303 (the TCVN3 byte 0xDE of `vÞ`, `vị`).
    private static func decomposedLegacyBytes(_ scalar: Unicode.Scalar) -> (letter: UInt8, mark: UInt8)? {
        let decomposed = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
        guard decomposed.count > 1 else { return nil }
        for (index, mark) in decomposed.enumerated() where index > 0 {
            guard let markByte = windows1258Bytes[mark.value], markByte != 0xFE else { continue }
            var rest = decomposed
            rest.remove(at: index)
            var restString = ""
            restString.unicodeScalars.append(contentsOf: rest)
            let composed = Array(restString.precomposedStringWithCanonicalMapping.unicodeScalars)
            if composed.count == 1, let letterByte = legacyByte(composed[0]) {
                return (letterByte, markByte)
            }
        }
        return nil
    }

    // MARK: - Decoding

    /// `units` decoded as `encoding`, in NFC. With `marksStrayBytes`, a VNI byte 0xC0–0xFF that is
    /// neither a letter nor a mark after a vowel (`Cã`: VNI has no letter ã) becomes U+FFFD, so that
    /// scoring sees that the text is no VNI.
    static func decode(
        _ units: [UInt32], as encoding: LegacyVietnameseEncoding, marksStrayBytes: Bool = false
    ) -> String {
        var output = String.UnicodeScalarView()
        switch encoding {
        case .tcvn3:
            decodeTCVN3(units, into: &output, marksStrayBytes: marksStrayBytes)
        case .vni:
            decodeVNI(units, into: &output, marksStrayBytes: marksStrayBytes)
        }
        return nfc(String(output))
    }

    private static func tcvn3Scalar(_ unit: UInt32) -> Unicode.Scalar? {
        guard unit >= 0x80 && unit < 0x100 else { return nil }
        let value = tcvn3Scalars[Int(unit - 0x80)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }

    private static func decodeTCVN3(
        _ units: [UInt32], into output: inout String.UnicodeScalarView, marksStrayBytes: Bool
    ) {
        // The .VnTimeH fonts draw capitals at the lowercase bytes, so only the ASCII letters and the
        // seven single-byte capitals tell the case. A word is set in capitals when it has a capital
        // after its first letter and no lowercase ASCII letter (`NGUYÔN`, `§¹I`), and so is every
        // word of a cell that has such a word and no lowercase ASCII letter at all (`§¶NG Bé`).
        // The .VnTime fonts have no capital with a tone: in a name (two to six words and spaces
        // only) whose other words are capitalized, a word that begins with one is capitalized
        // (`¸nh`, Ánh).
        let words = wordRanges(units)
        let capitalWords = words.map { range in
            !range.contains { isLowercaseASCII(units[$0]) }
                && range.dropFirst().contains { tcvn3Letter(units[$0]).properties.isUppercase }
        }
        let hasLowercaseASCII = units.contains(where: isLowercaseASCII)
        let isAllCapitals = capitalWords.contains(true) && !hasLowercaseASCII
        let startsWithToneLetter = words.map { range in
            units[range.lowerBound] >= 0x80 && tcvn3Letter(units[range.lowerBound]).properties.isLowercase
        }
        let isName =
            (2...6).contains(words.count) && startsWithToneLetter.contains(false)
            && units.allSatisfy { $0 == 0x20 || $0 == 0x27 || !isUnitSeparator($0) }
            && zip(words, startsWithToneLetter).allSatisfy { range, startsWithToneLetter in
                startsWithToneLetter || tcvn3Letter(units[range.lowerBound]).properties.isUppercase
            }
        var next = 0
        for (index, range) in words.enumerated() {
            for separator in next..<range.lowerBound {
                output.append(Unicode.Scalar(units[separator])!)
            }
            var word = String.UnicodeScalarView()
            for letter in range {
                let scalar = tcvn3Letter(units[letter])
                // The TCVN 5712 VN1 capitals among the small letters (0xE0 Ổ, 0xC4 Ấ) are never typed
                // with the .VnTime fonts: in a cell with small letters they show no TCVN3 (`Tà`).
                if marksStrayBytes && hasLowercaseASCII && units[letter] >= 0xA8 && units[letter] < 0x100
                    && scalar.properties.isUppercase
                {
                    word.append("\u{FFFD}")
                } else {
                    word.append(scalar)
                }
            }
            var text = String(word)
            if capitalWords[index] || isAllCapitals {
                text = text.uppercased()
            } else if isName && startsWithToneLetter[index] {
                text = text.prefix(1).uppercased() + text.dropFirst()
            }
            output.append(contentsOf: text.unicodeScalars)
            next = range.upperBound
        }
        for separator in next..<units.count {
            output.append(Unicode.Scalar(units[separator])!)
        }
    }

    private static func tcvn3Letter(_ unit: UInt32) -> Unicode.Scalar {
        tcvn3Scalar(unit) ?? Unicode.Scalar(unit)!
    }

    private static func isLowercaseASCII(_ unit: UInt32) -> Bool {
        unit >= 0x61 && unit <= 0x7A
    }

    /// The index ranges of the words of `units`, between separators.
    private static func wordRanges(_ units: [UInt32]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, unit) in units.enumerated() where isUnitSeparator(unit) {
            if start < index {
                ranges.append(start..<index)
            }
            start = index + 1
        }
        if start < units.count {
            ranges.append(start..<units.count)
        }
        return ranges
    }

    private static func isUnitSeparator(_ unit: UInt32) -> Bool {
        if unit < 0x80 {
            let isLetter = (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A)
            return !isLetter
        }
        return isNonASCIISpace(unit)
    }

    private static func decodeVNI(
        _ units: [UInt32], into output: inout String.UnicodeScalarView, marksStrayBytes: Bool
    ) {
        var index = 0
        while index < units.count {
            let unit = units[index]
            index += 1
            guard let base = vniBase(unit) else {
                if unit < 0x100, let letter = vniLetters[UInt8(unit)] {
                    output.append(letter)
                } else if marksStrayBytes && unit >= 0xC0 && unit < 0x100 {
                    output.append("\u{FFFD}")
                } else {
                    output.append(Unicode.Scalar(unit)!)
                }
                continue
            }
            let grid = base.isUppercase ? uppercaseVowelGrid : lowercaseVowelGrid
            var row = base.row
            var tone = Tone.level
            if index < units.count, units[index] >= 0xC0, units[index] < 0x100,
                let mark = vniMarks[UInt8(units[index])],
                let marked = apply(mark, to: row)
            {
                (row, tone) = marked
                index += 1
            }
            output.append(grid[row.rawValue][tone.rawValue])
        }
    }

    /// A byte that VNI mark bytes can follow: the vowels a e o u y and the single-byte ơ ư.
    static func vniBase(_ unit: UInt32) -> (row: VowelRow, isUppercase: Bool)? {
        switch unit {
        case 0x61, 0x41: (.a, unit == 0x41)
        case 0x65, 0x45: (.e, unit == 0x45)
        case 0x6F, 0x4F: (.o, unit == 0x4F)
        case 0x75, 0x55: (.u, unit == 0x55)
        case 0x79, 0x59: (.y, unit == 0x59)
        case 0xF4, 0xD4: (.oHorn, unit == 0xD4)
        case 0xF6, 0xD6: (.uHorn, unit == 0xD6)
        default: nil
        }
    }

    static func apply(_ mark: VNIMark, to row: VowelRow) -> (row: VowelRow, tone: Tone)? {
        switch (mark, row) {
        case (.tone(let tone), .a), (.tone(let tone), .e), (.tone(let tone), .o), (.tone(let tone), .u),
            (.tone(let tone), .y), (.tone(let tone), .oHorn), (.tone(let tone), .uHorn):
            (row, tone)
        case (.circumflex(let tone), .a): (.aCircumflex, tone)
        case (.circumflex(let tone), .e): (.eCircumflex, tone)
        case (.circumflex(let tone), .o): (.oCircumflex, tone)
        case (.breve(let tone), .a): (.aBreve, tone)
        default: nil
        }
    }

    /// `text` in NFC; Foundation is asked only when a character could change, since nearly every
    /// cell holds only Latin-1 and precomposed Vietnamese letters, which NFC keeps as they are.
    static func nfc(_ text: String) -> String {
        // Latin Extended Additional (U+1E00–U+1EFF, the precomposed Vietnamese letters) and the
        // general punctuation of cp1252 (U+2000–U+2122) hold no combining marks.
        let isStable = text.unicodeScalars.allSatisfy {
            $0.value < 0x300 || (0x1E00...0x1EFF).contains($0.value) || (0x2000...0x2122).contains($0.value)
        }
        return isStable ? text : text.precomposedStringWithCanonicalMapping
    }
}
