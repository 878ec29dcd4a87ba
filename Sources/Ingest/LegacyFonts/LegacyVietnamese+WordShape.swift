// How plausible one word is as intended text, beyond the Vietnamese syllable grammar: the words of
// the Central Highlands, northern mountain, Khmer and Chăm names written with the Vietnamese
// alphabet (Kđăm, Ayŭn, Êban, Adrơng, Mlô), European words in Latin-1 (José, Noël, Côte), and the
// traces that legacy-font bytes leave when read as Latin-1 (signs inside a word, a capital after a
// small letter, a VNI mark byte after a vowel).

extension LegacyVietnamese {
    /// The points a word earns as intended text; a cell is converted when its conversion earns more
    /// than the text as it stands. Kinh syllables earn most, minority-name shapes less (they are
    /// looser, so a wrong conversion meets them more often), words with a tone that are no syllable
    /// least.
    enum WordPoints {
        static let commonSyllable = 8
        static let rareSyllable = 6
        static let minorityWord = 6
        static let tonedMinorityWord = 2
        static let europeanWord = 4
        /// A Spanish `ñ` after a vowel (`Peña`, `Año`): VNI would read đ there, which no Vietnamese
        /// or minority word has after a vowel.
        static let spanishWord = 6
        /// Added to a syllable that is frequent in names and administrative text (`Thị`, `Sơn`).
        static let frequentSyllableBonus = 2
        /// A conversion that reads within this many points of the text as it stands, and has no
        /// word worth nothing, makes the text a look-alike: suspected, not kept silently (TCVN3
        /// `Y Jót` reads as a European word, 4, and as the minority word Y Jút, 2).
        static let lookAlikeMargin = europeanWord - tonedMinorityWord
    }

    /// The points of `word` read as the intended text: a Vietnamese syllable, or a word of a minority
    /// name written with Vietnamese letters.
    static func convertedPoints(_ word: ArraySlice<Unicode.Scalar>) -> Int {
        switch syllableGrade(word) {
        case .common: return WordPoints.commonSyllable + frequencyBonus(word)
        case .rare: return WordPoints.rareSyllable + frequencyBonus(word)
        case .implausible:
            let points = minorityPoints(word)
            return points > 0 ? points + frequencyBonus(word) : 0
        }
    }

    private static func frequencyBonus(_ word: ArraySlice<Unicode.Scalar>) -> Int {
        isFrequentSyllable(word) ? WordPoints.frequentSyllableBonus : 0
    }

    /// The points of `word` as it stands in the cell, and whether it carries the traces of legacy
    /// bytes. A Vietnamese syllable keeps its points whatever it contains (`Hoà` is no VNI `Hồ`);
    /// otherwise the better of a minority-name and a European reading, less a penalty for each
    /// vowel followed by a VNI mark byte (`eâ`, `aø`; the few pairs that European words have,
    /// such as `aï` or `ão`, cost less).
    ///
    /// - Parameter isInLegacyFile: the file's other cells are legacy text: a Latin-1 word there is
    ///   no European word (`Jót` is TCVN3 Jút).
    static func originalPoints(
        _ quotedWord: ArraySlice<Unicode.Scalar>, isInLegacyFile: Bool = false
    ) -> (points: Int, hasLegacyTraces: Bool) {
        // Guillemets around words are quotes (`«Tô Hoài»`), though TCVN3 reads « as ô and » as ằ:
        // the conversion is scored with them.
        var word = quotedWord
        if word.count > 1 && word.first == "«" { word = word.dropFirst() }
        if word.count > 1 && word.last == "»" { word = word.dropLast() }
        switch syllableGrade(word) {
        case .common: return (WordPoints.commonSyllable + frequencyBonus(word), false)
        case .rare: return (WordPoints.rareSyllable + frequencyBonus(word), false)
        case .implausible: break
        }
        let (penalty, hasForeignPair) = vniPairPenalty(word)
        let hasSignInside = hasSignBetweenLetters(word)
        let european = isInLegacyFile ? 0 : europeanPoints(word)
        let minority = minorityPoints(word)
        let named = minority > 0 ? minority + frequencyBonus(word) : 0
        let points = hasSignInside ? 0 : max(named, european) - penalty
        return (max(points, 0), hasSignInside || hasForeignPair || hasCaseBreak(word))
    }

    // MARK: - Minority names

    /// A letter of a minority-name word: its class, whether it carries a tone, and its case.
    private struct ShapeLetter {
        var isVowel: Bool
        var tone: Tone
        var isUppercase: Bool
        /// The lowercase consonant (ASCII or đ) for the coda and stop checks.
        var consonant: Unicode.Scalar?
    }

    private static func shapeLetter(_ scalar: Unicode.Scalar) -> ShapeLetter? {
        if let position = vowelPosition(of: scalar) {
            return ShapeLetter(
                isVowel: true, tone: position.tone, isUppercase: position.isUppercase, consonant: nil)
        }
        switch scalar.value {
        // ŭ ĕ ŏ ĭ (Ê Đê, Gia Rai, Ba Na short vowels) and their capitals: no legacy byte has them,
        // so they reach a legacy cell only as Unicode letters kept among the bytes.
        case 0x16D, 0x115, 0x14F, 0x12D:
            return ShapeLetter(isVowel: true, tone: .level, isUppercase: false, consonant: nil)
        case 0x16C, 0x114, 0x14E, 0x12C:
            return ShapeLetter(isVowel: true, tone: .level, isUppercase: true, consonant: nil)
        case 0x110, 0x111:
            return ShapeLetter(
                isVowel: false, tone: .level, isUppercase: scalar.value == 0x110, consonant: "đ")
        case 0x41...0x5A, 0x61...0x7A:
            let lower = Unicode.Scalar(scalar.value | 0x20)!
            // f and z belong to no minority alphabet of Vietnam; j and w do (Y Jút, Hwing).
            guard lower != "f" && lower != "z" else { return nil }
            return ShapeLetter(
                isVowel: false, tone: .level, isUppercase: scalar.value < 0x61, consonant: lower)
        default:
            return nil
        }
    }

    /// The points of `word` as a word of a minority name written with the Vietnamese alphabet:
    /// an optional one-vowel presyllable (`Ê|ban`, `A|drơng`), then onset (up to three consonants,
    /// no letter doubled) + one to three vowels + an optional coda (`c ch h k l m n ng nh p r s t`),
    /// at most one tone, a stop coda only after the acute or dot-below tone, one case after the first
    /// letter. `WordPoints.minorityWord` without a tone, `tonedMinorityWord` with one, else 0.
    static func minorityPoints(_ word: ArraySlice<Unicode.Scalar>) -> Int {
        guard !word.isEmpty, word.count <= 12 else { return 0 }
        var letters: [ShapeLetter] = []
        letters.reserveCapacity(word.count)
        for scalar in word {
            guard let letter = shapeLetter(scalar) else { return 0 }
            letters.append(letter)
        }
        if letters.count > 2 {
            let laterCase = letters[1].isUppercase
            guard letters.dropFirst(2).allSatisfy({ $0.isUppercase == laterCase }) else { return 0 }
        }
        let toned = letters.filter { $0.tone != .level }
        guard toned.count <= 1 else { return 0 }
        // Runs of consonants and vowels.
        var runs: [(isVowel: Bool, range: Range<Int>)] = []
        for (index, letter) in letters.enumerated() {
            if let last = runs.last, last.isVowel == letter.isVowel {
                runs[runs.count - 1].range = last.range.lowerBound..<(index + 1)
            } else {
                runs.append((letter.isVowel, index..<(index + 1)))
            }
        }
        var next = 0
        // A presyllable of one vowel without tone before a consonant onset.
        if runs.count >= 3, runs[0].isVowel, runs[0].range.count == 1, letters[0].tone == .level {
            next = 1
        }
        var onset: Range<Int> = 0..<0
        if !runs[next].isVowel {
            onset = runs[next].range
            next += 1
        }
        guard onset.count <= 3, next < runs.count, runs[next].isVowel, runs[next].range.count <= 3 else {
            return 0
        }
        for index in onset.dropFirst() where letters[index].consonant == letters[index - 1].consonant {
            return 0
        }
        next += 1
        var coda = ""
        if next < runs.count {
            guard next == runs.count - 1 else { return 0 }
            coda = String(String.UnicodeScalarView(runs[next].range.compactMap { letters[$0].consonant }))
            guard minorityCodas.contains(coda) else { return 0 }
        }
        guard let tone = toned.first?.tone else { return WordPoints.minorityWord }
        if ["c", "ch", "k", "p", "t"].contains(coda) && tone != .acute && tone != .dotBelow {
            return 0
        }
        return WordPoints.tonedMinorityWord
    }

    /// The final consonants of minority-name words: the Vietnamese ones and h, l, r, s
    /// (Mah, Phol, Ksor, Rcom, Puih).
    private static let minorityCodas: Set<String> = [
        "c", "ch", "h", "k", "l", "m", "n", "ng", "nh", "p", "r", "s", "t",
    ]

    // MARK: - European words and legacy traces

    /// The points of `word` as a European word in Latin-1: letters only (not µ ª º, which are
    /// TCVN3 bytes and no letter of any language), one case after the first letter.
    static func europeanPoints(_ word: ArraySlice<Unicode.Scalar>) -> Int {
        guard !word.isEmpty, !hasCaseBreak(word) else { return 0 }
        var isSpanish = false
        var previous: Unicode.Scalar = " "
        for scalar in word {
            switch scalar.value {
            case 0xD1, 0xF1:
                isSpanish =
                    isSpanish
                    || "aeiouáéíóú".unicodeScalars.contains(
                        previous.properties.lowercaseMapping.unicodeScalars.first!)
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF: break
            default: return 0
            }
            previous = scalar
        }
        // European languages put a grave accent on a last vowel (à, più, città) or before a
        // consonant and e or s (père, Agnès), not before one final consonant: `Jèc` is TCVN3 Jốc.
        if word.count >= 3, let last = word.last, last.value < 0x80, !isVowelLetter(last),
            last != "s" && last != "S", isGraveVowel(word[word.index(before: word.endIndex - 1)])
        {
            return 0
        }
        return isSpanish ? WordPoints.spanishWord : WordPoints.europeanWord
    }

    private static func isGraveVowel(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xC0, 0xC8, 0xCC, 0xD2, 0xD9, 0xE0, 0xE8, 0xEC, 0xF2, 0xF9: true
        default: false
        }
    }

    private static func isVowelLetter(_ scalar: Unicode.Scalar) -> Bool {
        "aeiouyAEIOUY".unicodeScalars.contains(scalar)
    }

    /// Whether a letter after the first has another case than the one after it: `chÝnh`, `NguyÔn`
    /// (TCVN3 chính, Nguyễn). Only Latin-1 and ASCII letters are looked at.
    static func hasCaseBreak(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        var laterCase: Bool?
        for scalar in word.dropFirst() {
            let isUppercase: Bool
            switch scalar.value {
            case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: isUppercase = true
            case 0x61...0x7A, 0xDF...0xF6, 0xF8...0xFF: isUppercase = false
            default: continue
            }
            if let laterCase, laterCase != isUppercase {
                return true
            }
            laterCase = isUppercase
        }
        return false
    }

    /// Whether `word` has a non-ASCII sign (not a letter: `® ¨ © ¬ × ¸ µ`, a soft hyphen, a control)
    /// among its letters: inside it, or at an edge next to small letters (`«ng`, TCVN3 ông). A sign at
    /// the edge of a capitalized word or an abbreviation (`«Nghị`, `ABC®`) is punctuation.
    static func hasSignBetweenLetters(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.count >= 2 else { return false }
        if word.dropFirst().dropLast().contains(where: isLegacySign) {
            return true
        }
        let hasSmallLetter = word.contains { $0.value >= 0x61 && $0.value <= 0x7A }
        let startsWithQuote =
            word.first == "«" && word.dropFirst().first.map { $0.properties.isUppercase } == true
        return hasSmallLetter
            && ((isLegacySign(word.first!) && !startsWithQuote)
                || (isLegacySign(word.last!) && word.last != "»"))
    }

    /// A character that a legacy byte shows as and that is no letter of a European word: the signs
    /// and controls of 0x80–0xBF, and µ ª º.
    static func isLegacySign(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x80...0xBF, 0xD7, 0xF7: return true
        case 0x100...: return windows1252Bytes[scalar.value] != nil && !isLetter(scalar)
        default: return false
        }
    }

    /// The penalty for vowels followed by a VNI mark byte that makes a Vietnamese letter of them
    /// (`eâ` ê, `aø` à): 3 each, or 1 for the pairs European words have (`aï` naïf, `ão` São, `où`,
    /// `aë` Raphaël), and whether there is a pair of the first kind.
    private static func vniPairPenalty(_ word: ArraySlice<Unicode.Scalar>) -> (
        penalty: Int, hasForeignPair: Bool
    ) {
        var penalty = 0
        var hasForeignPair = false
        var previous: Unicode.Scalar?
        for scalar in word {
            defer { previous = scalar }
            guard let previous, scalar.value >= 0xC0 && scalar.value < 0x100,
                let base = vniBase(previous.value), let mark = vniMarks[UInt8(scalar.value)],
                apply(mark, to: base.row) != nil
            else { continue }
            let pair = String(String.UnicodeScalarView([previous, scalar])).lowercased()
            if europeanVowelPairs.contains(pair) {
                penalty += 1
            } else {
                penalty += 3
                hasForeignPair = true
            }
        }
        return (penalty, hasForeignPair)
    }

    /// Vowel + accented vowel pairs of French, Spanish, Portuguese and German words that VNI would
    /// also read as one letter.
    private static let europeanVowelPairs: Set<String> = [
        "aï", "eï", "oï", "uï", "aë", "aü", "aú", "oã", "uã", "oõ", "où", "oû", "eû", "aé",
    ]
}
