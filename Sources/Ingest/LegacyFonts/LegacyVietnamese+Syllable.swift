// A small Vietnamese syllable grammar, used to tell real Vietnamese words from legacy-font debris.
// It runs on every non-ASCII text cell, so it works on small letter codes, not on Strings.

extension LegacyVietnamese {
    /// How well a word reads as one Vietnamese syllable.
    enum SyllableGrade: Comparable {
        /// Not a Vietnamese syllable: legacy-font debris or a foreign word.
        case implausible
        /// Spelled like a loanword or a minority name (`xoong`, `Krông`, `HĐND`).
        case rare
        case common
    }

    /// Whether `word` could be one Vietnamese syllable (tiếng), in either case.
    static func isPlausibleSyllable(_ word: some Collection<Unicode.Scalar>) -> Bool {
        syllableGrade(word) != .implausible
    }

    /// How well `word` reads as one Vietnamese syllable (tiếng), in either case.
    ///
    /// A syllable is onset + vowel nucleus + coda with at most one tone mark. Every letter must be
    /// a Vietnamese letter (no f, j, w, z, no Latin-1 letters outside the Vietnamese alphabet).
    /// The nucleus must be a known vowel cluster with the right kind of coda (`iê` needs one,
    /// `ai` takes none) and the tone on the vowel that carries it (`mão`, not `maõ`; both `hòa`
    /// and `hoà`); the stop codas c, ch, k, p, t take only the acute or dot-below tone; front
    /// vowels close with nh/ch, not ng/c; the spelling rules of k/gh/ngh (before e, ê, i, y) and
    /// c/g/ng (not before them) hold; the letters after the first have one case. It accepts a few
    /// non-words (it is a spelling check, not a dictionary), which is all detection needs.
    static func syllableGrade(_ word: some Collection<Unicode.Scalar>) -> SyllableGrade {
        var letters: [UInt8] = []
        letters.reserveCapacity(8)
        var tone = Tone.level
        var toneIndex = 0
        // Vietnamese words are in small letters, capitals, or capitalized: all letters after the
        // first have one case (`chÝnh` and `BÕn`, TCVN3 for chính and Bến, are neither).
        var caseAfterFirst: Bool?
        var hasDStroke = false
        var isFirstUppercase = false
        for scalar in word {
            let isUppercase: Bool
            if let position = vowelPosition(of: scalar) {
                if position.tone != .level {
                    guard tone == .level else { return .implausible }
                    tone = position.tone
                    toneIndex = letters.count
                }
                isUppercase = position.isUppercase
                letters.append(UInt8(position.row.rawValue))
            } else if let consonant = consonantCode(scalar) {
                hasDStroke = hasDStroke || scalar == "Đ"
                isUppercase = scalar.value < 0x80 ? scalar.value < 0x61 : scalar == "Đ"
                letters.append(consonant)
            } else {
                return .implausible
            }
            if letters.count == 1 {
                isFirstUppercase = isUppercase
            } else if caseAfterFirst == nil {
                caseAfterFirst = isUppercase
            } else if caseAfterFirst != isUppercase {
                return .implausible
            }
        }
        let isCapitals = caseAfterFirst == true && isFirstUppercase
        if hasDStroke && isCapitals && !letters.contains(where: isVowel) {
            // An abbreviation in capitals such as HĐND or TCCSĐ.
            return .rare
        }
        var best = SyllableGrade.implausible
        guard let firstLetter = letters.first else { return .implausible }
        for onset in onsetsByFirstLetter[Int(firstLetter)] where letters.starts(with: onset.letters) {
            for coda in codaTable where letters.count - onset.letters.count > coda.letters.count {
                guard letters.suffix(coda.letters.count).elementsEqual(coda.letters) else { continue }
                let nucleus = letters[onset.letters.count..<(letters.count - coda.letters.count)]
                guard nucleus.count <= 3, let entry = nucleusTable[packed(nucleus)] else { continue }
                let grade = grade(
                    onset: onset, nucleus: entry, coda: coda, tone: tone,
                    toneOffset: toneIndex - onset.letters.count)
                best = max(best, grade)
                if best == .common {
                    return best
                }
            }
        }
        return best
    }

    // MARK: - Letter codes

    /// Vowels are coded by their `VowelRow` (0–11), consonants from 20 on.
    private static func isVowel(_ code: UInt8) -> Bool {
        code < 20
    }

    private static let consonantCodes: [Unicode.Scalar: UInt8] = {
        var codes: [Unicode.Scalar: UInt8] = [:]
        for (offset, letter) in "bcdđghklmnpqrstvx".unicodeScalars.enumerated() {
            codes[letter] = UInt8(20 + offset)
            for capital in String(letter).uppercased().unicodeScalars {
                codes[capital] = UInt8(20 + offset)
            }
        }
        return codes
    }()

    private static func consonantCode(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x41...0x5A: asciiConsonantCodes[Int(scalar.value - 0x41)]
        case 0x61...0x7A: asciiConsonantCodes[Int(scalar.value - 0x61)]
        case 0x110, 0x111: consonantCodes["đ"]
        default: nil
        }
    }

    /// The consonant codes of a...z (nil for the vowels and f, j, w, z).
    private static let asciiConsonantCodes: [UInt8?] = (0x61...0x7A).map {
        consonantCodes[Unicode.Scalar(UInt8($0))]
    }

    /// The codes of a spelled-out onset, nucleus or coda (lowercase letters).
    private static func codes(_ spelling: String) -> [UInt8] {
        spelling.unicodeScalars.map { scalar in
            if let position = vowelPosition(of: scalar) {
                return UInt8(position.row.rawValue)
            }
            return consonantCodes[scalar]!
        }
    }

    private static func packed(_ nucleus: some Collection<UInt8>) -> UInt32 {
        nucleus.reduce(0) { $0 << 8 | UInt32($1 + 1) }
    }

    // MARK: - Onsets and codas

    private struct Onset {
        var letters: [UInt8]
        /// k, gh, ngh: only before e, ê, i, y.
        var needsFrontVowel = false
        /// c, ng: never before e, ê, i, y.
        var forbidsFrontVowel = false
        /// g: never before e, ê (gh is written there); gi is an onset of its own.
        var forbidsE = false
        /// qu: never before u.
        var forbidsU = false
        /// A consonant cluster of minority names.
        var isRare = false
    }

    /// Initial consonants (âm đầu), longest first (the empty one is added by
    /// `onsetsByFirstLetter`); then the consonant clusters that only begin
    /// the names of the Central Highlands and northern minorities written the Vietnamese way
    /// (Krông, Kpă, Mnông, Hmông, Xtiêng, Brâu, Đrây).
    private static let onsetTable: [Onset] = {
        var table: [Onset] = []
        for spelling in [
            "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
            "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
        ] {
            var onset = Onset(letters: codes(spelling))
            onset.needsFrontVowel = ["k", "gh", "ngh"].contains(spelling)
            onset.forbidsFrontVowel = ["c", "ng"].contains(spelling)
            onset.forbidsE = spelling == "g"
            onset.forbidsU = spelling == "qu"
            table.append(onset)
        }
        for spelling in [
            "kr", "kp", "mn", "hm", "xt", "br", "bl", "pl", "kl", "ml", "dr", "đr", "hr", "hl", "pr",
        ] {
            table.append(Onset(letters: codes(spelling), isRare: true))
        }
        return table
    }()

    /// `onsetTable` by the code of the first letter of a word: the onsets it can begin with, the
    /// empty onset last.
    private static let onsetsByFirstLetter: [[Onset]] = (0..<64).map { code in
        onsetTable.filter { $0.letters.first == UInt8(code) } + [Onset(letters: [])]
    }

    private struct Coda {
        var letters: [UInt8]
        /// c, ch, k, p, t: only the acute and dot-below tones.
        var isStop: Bool
        /// ch, nh: only after a, ê, i, y, oa, uê, uy.
        var isPalatal: Bool
        /// c, ng: never after i, ê, y, uy, uê.
        var isVelar: Bool
        /// k: only in Central Highlands names (Đắk, Lắk).
        var isRare: Bool
    }

    /// Final consonants (âm cuối), longest first; the glides i/y/o/u belong to the nucleus. `k`
    /// ends the Central Highlands names written the Vietnamese way (Đắk Lắk, Krông Pắk): rare.
    private static let codaTable: [Coda] = ["ng", "nh", "ch", "c", "k", "m", "n", "p", "t", ""].map {
        Coda(
            letters: codes($0), isStop: ["c", "ch", "k", "p", "t"].contains($0),
            isPalatal: ["ch", "nh"].contains($0), isVelar: ["c", "ng"].contains($0), isRare: $0 == "k")
    }

    // MARK: - Nuclei

    private enum CodaRule {
        /// The nucleus ends the syllable (it already ends in a glide, or is `ia`/`ua`/`ưa`).
        case forbidden
        /// The nucleus never ends a syllable (`ă`, `â`, `iê`, `uô`, `ươ`, …).
        case required
        case optional
    }

    /// A vowel nucleus (âm chính with its glides): which codas it takes and which of its vowels
    /// (0-based) may carry the tone.
    private struct Nucleus {
        var coda: CodaRule
        var tonePositions: [Int]
        var isRare = false
        var startsWithFrontVowel = false
        var startsWithE = false
        var startsWithU = false
        var takesPalatalCoda = false
        var takesVelarCoda = true
        /// oo: only before ng and c (xoong, soóc).
        var needsVelarCoda = false
    }

    private static let nucleusTable: [UInt32: Nucleus] = {
        var table: [UInt32: Nucleus] = [:]
        func add(_ spellings: [String], _ coda: CodaRule, _ tonePositions: [Int], isRare: Bool = false) {
            for spelling in spellings {
                let first = spelling.unicodeScalars.first!
                var nucleus = Nucleus(coda: coda, tonePositions: tonePositions, isRare: isRare)
                nucleus.startsWithFrontVowel = ["e", "ê", "i", "y"].contains(first)
                nucleus.startsWithE = ["e", "ê"].contains(first)
                nucleus.startsWithU = first == "u"
                nucleus.takesPalatalCoda = ["a", "ê", "i", "y", "oa", "uê", "uy"].contains(spelling)
                // Front vowels close with nh/ch (`tỉnh`, not `tỉng`).
                nucleus.takesVelarCoda = !["i", "ê", "y", "uy", "uê"].contains(spelling)
                nucleus.needsVelarCoda = spelling == "oo"
                table[packed(codes(spelling))] = nucleus
            }
        }
        add(["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"], .optional, [0])
        // Old style puts the tone on the first vowel (hòa, thúy), new style on the second (hoà, thuý).
        add(["oa", "oe", "uê", "uy"], .optional, [0, 1])
        // thuở, huơ: rare, and what VNI uõ (ũ) looks like when read as Windows-1258 (õ is ơ there).
        add(["uơ"], .forbidden, [0, 1], isRare: true)
        add(["ă", "â"], .required, [0])
        add(["iê", "yê", "uô", "ươ", "oă", "uâ"], .required, [1])
        add(["oo"], .required, [1], isRare: true)
        add(["uyê"], .required, [2])
        add(
            [
                "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui",
                "ưa", "ưi", "ưu",
            ], .forbidden, [0])
        add(["oai", "oay", "oao", "oeo", "uây", "uôi", "uyu", "ươi", "ươu", "iêu", "yêu"], .forbidden, [1])
        // khuya: no tone.
        add(["uya"], .forbidden, [])
        return table
    }()

    private static func grade(
        onset: Onset, nucleus: Nucleus, coda: Coda, tone: Tone, toneOffset: Int
    ) -> SyllableGrade {
        let hasCoda = !coda.letters.isEmpty
        switch nucleus.coda {
        case .forbidden where hasCoda, .required where !hasCoda:
            return .implausible
        default:
            break
        }
        if tone != .level && !nucleus.tonePositions.contains(toneOffset) {
            return .implausible
        }
        if coda.isStop && tone != .acute && tone != .dotBelow {
            return .implausible
        }
        if (coda.isPalatal && !nucleus.takesPalatalCoda) || (coda.isVelar && !nucleus.takesVelarCoda) {
            return .implausible
        }
        if nucleus.needsVelarCoda && !coda.isVelar {
            return .implausible
        }
        if (onset.needsFrontVowel && !nucleus.startsWithFrontVowel)
            || (onset.forbidsFrontVowel && nucleus.startsWithFrontVowel)
            || (onset.forbidsE && nucleus.startsWithE) || (onset.forbidsU && nucleus.startsWithU)
        {
            return .implausible
        }
        return nucleus.isRare || onset.isRare || coda.isRare ? .rare : .common
    }
}
