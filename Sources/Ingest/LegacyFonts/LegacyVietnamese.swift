import Foundation

/// Detection and repair of text typed with a legacy Vietnamese font (TCVN3 or VNI) that reached a
/// CSV as Latin-1, Windows-1252 or Windows-1258 letters, such as `NguyÔn V¨n A` or `Nguyeãn`.
///
/// ## Detection rule
/// A cell is split into words at ASCII non-letters and white space (edge quotes and dashes are
/// trimmed); only words with a non-ASCII character that are more than a lone sign count. A word is
/// *plausible* when it spells a Vietnamese syllable (`syllableGrade`: onset + vowel nucleus + coda,
/// one tone on the right vowel, one case after the first letter, Vietnamese letters only); a
/// plausible word is *rare* when only loanwords and minority names are spelled so (`xoong`,
/// `Krông`, `HĐND`).
/// 1. Not legacy: pure ASCII; text with a vowel carrying both a shape mark and a tone (`ễ`, `ự`:
///    no Latin-1, Windows-1252 or Windows-1258 reading of legacy bytes produces one); text whose
///    counted words are all plausible and not rare as they stand (`Ông`, `Hà Nam`, `Lê Thị Hà`);
///    text with a character that no legacy byte gives in those readings.
/// 2. Otherwise the text is converted as TCVN3 and as VNI (for scoring, a VNI mark byte that
///    follows no vowel, as in `Cã`, counts as debris). An encoding qualifies when its conversion has
///    strictly fewer implausible words than the text as it stands, and at least as many plausible
///    words as implausible ones. When the text has letters beyond Latin-1 and Windows-1252 (ă, ơ,
///    ư, đ: a Windows-1258 reading, or real Unicode), it must have strictly fewer implausible or
///    rare words, so that `Kpă Y Lăng` does not become `Kpó Y Lóng`.
/// 3. Of two qualifying encodings, the one with fewer implausible words wins, then fewer rare
///    words, then more plausible words. A full tie (one short word such as `cö`, TCVN3 `cử` or VNI
///    `cư`) goes to `preferred` if given, else to VNI, whose readings of such bytes (đ ơ ư ị ĩ) are
///    the more frequent letters.
///
/// So `José`, `Café` and `100 × n` stay as they are, and a cell whose only word reads as Vietnamese
/// either way (`Hái`, TCVN3 for `Hỏi`) is left alone.
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
    /// not legacy.
    ///
    /// - Parameter preferred: the encoding to choose when TCVN3 and VNI read equally well, typically
    ///   the one already found in other cells of the same file (a file is typed in one font).
    public static func repair(
        _ text: String, preferring preferred: LegacyVietnameseEncoding? = nil
    ) -> (text: String, encoding: LegacyVietnameseEncoding)? {
        if text.utf8.allSatisfy({ $0 < 0x80 }) || text.unicodeScalars.contains(where: isDoublyMarked) {
            return nil
        }
        let original = nfc(text)
        let originalWords = words(of: original)
        // Only words with a non-ASCII character tell anything, and a lone sign is no word (`×` in
        // `100 × n`), while two signs can be (`®·`, TCVN3 for đã).
        let isCounted = originalWords.map { word in
            word.contains { !$0.isASCII } && (word.count > 1 || word.contains(where: isLetter))
        }
        let originalScore = WordScore(originalWords, isCounted: isCounted)
        if originalScore.doubtful == 0 {
            return nil
        }
        let (units, isRepresentable) = legacyUnits(of: text)
        guard isRepresentable else { return nil }
        // Letters beyond Latin-1 and cp1252 (ă, ơ, ư, đ, or composed ones such as ỉ) are either
        // Windows-1258 renderings of legacy bytes or real Vietnamese: demand more of a conversion.
        let hasVietnameseLetters = text.unicodeScalars.contains {
            $0.value >= 0x100 && windows1252Bytes[$0.value] == nil
        }
        var candidates: [(text: String, encoding: LegacyVietnameseEncoding, score: WordScore)] = []
        for encoding in LegacyVietnameseEncoding.allCases {
            let converted = decode(units, as: encoding)
            guard converted != original else { continue }
            let scored = encoding == .vni ? decode(units, as: .vni, marksStrayBytes: true) : converted
            let convertedWords = words(of: scored)
            guard convertedWords.count == originalWords.count else { continue }
            let score = WordScore(convertedWords, isCounted: isCounted)
            let isImproved =
                hasVietnameseLetters
                ? score.doubtful < originalScore.doubtful : score.implausible < originalScore.implausible
            if isImproved && score.plausible >= score.implausible {
                candidates.append((converted, encoding, score))
            }
        }
        guard let first = candidates.first else { return nil }
        guard candidates.count == 2 else { return (first.text, first.encoding) }
        let (tcvn3, vni) = (candidates[0], candidates[1])
        if tcvn3.score.isBetter(than: vni.score) {
            return (tcvn3.text, .tcvn3)
        }
        if vni.score.isBetter(than: tcvn3.score) {
            return (vni.text, .vni)
        }
        // A tie: one short word of bytes 0xC0–0xFF (`cö`: TCVN3 cử or VNI cư). VNI reads those
        // bytes as đ ơ ư ị ĩ, more frequent letters than the ủ ụ ử ũ ú of TCVN3.
        return preferred == .tcvn3 ? (tcvn3.text, .tcvn3) : (vni.text, .vni)
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

    // MARK: - Scoring

    /// How many words of a text read as Vietnamese syllables.
    private struct WordScore {
        /// Words that read as Vietnamese syllables (the rare ones included).
        var plausible = 0
        /// Words spelled like loanwords (`xoong`): a conversion giving fewer of them is preferred.
        var rare = 0
        var implausible = 0

        /// The score of the words whose `isCounted` is true (the same positions in every reading
        /// of a text, since conversion keeps the separators).
        init(_ words: [ArraySlice<Unicode.Scalar>], isCounted: [Bool]) {
            for (word, isCounted) in zip(words, isCounted) where isCounted {
                switch LegacyVietnamese.syllableGrade(word) {
                case .implausible:
                    implausible += 1
                case .rare:
                    rare += 1
                    plausible += 1
                case .common:
                    plausible += 1
                }
            }
        }

        /// Words that are no common Vietnamese syllable.
        var doubtful: Int { implausible + rare }

        func isBetter(than other: WordScore) -> Bool {
            (implausible, rare, -plausible) < (other.implausible, other.rare, -other.plausible)
        }
    }

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
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
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
                isRepresentable = false
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
            decodeTCVN3(units, into: &output)
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

    private static func decodeTCVN3(_ units: [UInt32], into output: inout String.UnicodeScalarView) {
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
        let isAllCapitals = capitalWords.contains(true) && !units.contains(where: isLowercaseASCII)
        let startsWithToneLetter = words.map { range in
            units[range.lowerBound] >= 0x80 && tcvn3Letter(units[range.lowerBound]).properties.isLowercase
        }
        let isName =
            (2...6).contains(words.count) && startsWithToneLetter.contains(false)
            && units.allSatisfy { $0 == 0x20 || !isUnitSeparator($0) }
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
                word.append(tcvn3Letter(units[letter]))
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
    private static func vniBase(_ unit: UInt32) -> (row: VowelRow, isUppercase: Bool)? {
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

    private static func apply(_ mark: VNIMark, to row: VowelRow) -> (row: VowelRow, tone: Tone)? {
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
