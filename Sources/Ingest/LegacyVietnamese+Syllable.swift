// A small Vietnamese syllable grammar, used to tell real Vietnamese words from legacy-font debris.

extension LegacyVietnamese {
    /// How well a word reads as one Vietnamese syllable.
    enum SyllableGrade: Comparable {
        /// Not a Vietnamese syllable: legacy-font debris or a foreign word.
        case implausible
        /// Spelled like a loanword or a minority name (`xoong`, `Krông`).
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
    /// and `hoà`), the stop codas c, ch, k, p, t take only the acute or dot-below tone, and the
    /// spelling rules of k/gh/ngh (before e, ê, i, y) and c/g/ng (not before them) hold; no capital
    /// follows a small letter. It accepts a few non-words (it is a spelling check, not a dictionary), which is all detection needs.
    static func syllableGrade(_ word: some Collection<Unicode.Scalar>) -> SyllableGrade {
        var letters = ""
        var tone = Tone.level
        var toneIndex = 0
        var count = 0
        // Vietnamese words are in small letters, capitals, or capitalized: all letters after the
        // first have one case (`chÝnh` and `BÕn`, TCVN3 for chính and Bến, are neither).
        var caseAfterFirst: Bool?
        for scalar in word {
            if count > 0 {
                let isUppercase = scalar.properties.isUppercase
                if caseAfterFirst == nil {
                    caseAfterFirst = isUppercase
                } else if caseAfterFirst != isUppercase {
                    return .implausible
                }
            }
            if let position = vowelPositions[scalar] {
                if position.tone != .level {
                    guard tone == .level else { return .implausible }
                    tone = position.tone
                    toneIndex = count
                }
                letters.unicodeScalars.append(position.row.letter)
            } else if let consonant = lowercaseConsonant(scalar) {
                letters.unicodeScalars.append(consonant)
            } else {
                return .implausible
            }
            count += 1
        }
        if isAbbreviationWithDStroke(letters: letters, word: word) {
            return .rare
        }
        var best = SyllableGrade.implausible
        for onset in onsets + rareOnsets where letters.hasPrefix(onset) {
            let rest = letters.dropFirst(onset.count)
            for coda in codas where rest.hasSuffix(coda) && rest.count > coda.count {
                let nucleus = String(rest.dropLast(coda.count))
                let syllable = Syllable(
                    onset: onset, nucleus: nucleus, coda: coda, tone: tone,
                    toneOffset: toneIndex - onset.count)
                best = max(best, grade(syllable))
                if best == .common {
                    return best
                }
            }
        }
        return best
    }

    /// An abbreviation in capitals with a Đ, such as `HĐND` or `TCCSĐ`: consonants only.
    private static func isAbbreviationWithDStroke(
        letters: String, word: some Collection<Unicode.Scalar>
    ) -> Bool {
        word.count > 1 && word.contains("Đ")
            && word.allSatisfy { $0 == "Đ" || (("B")...("Z")).contains($0) }
            && !letters.unicodeScalars.contains { vowelPositions[$0] != nil }
    }

    private static func lowercaseConsonant(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x", "đ":
            return scalar
        case "B", "C", "D", "G", "H", "K", "L", "M", "N", "P", "Q", "R", "S", "T", "V", "X":
            return Unicode.Scalar(scalar.value + 0x20)
        case "Đ":
            return "đ"
        default:
            return nil
        }
    }

    /// Initial consonants (âm đầu), longest first so that `ngh` is tried before `ng` and `n`.
    private static let onsets = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ]

    /// Consonant clusters that only begin the names of the Central Highlands and northern
    /// minorities written the Vietnamese way (Krông, Kpă, Mnông, Hmông, Xtiêng, Brâu, Đrây).
    private static let rareOnsets = [
        "kr", "kp", "mn", "hm", "xt", "br", "bl", "pl", "kl", "ml", "dr", "đr", "hr", "hl", "pr",
    ]

    /// Final consonants (âm cuối); the glides i/y/o/u are part of the nucleus table instead. `k` ends
    /// the Central Highlands names written the Vietnamese way (Đắk Lắk, Krông Pắk).
    private static let codas = ["ng", "nh", "ch", "c", "k", "m", "n", "p", "t", ""]

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
    }

    private struct Syllable {
        var onset: String
        var nucleus: String
        var coda: String
        var tone: Tone
        /// The position of the toned vowel in the nucleus (meaningless for the level tone).
        var toneOffset: Int
    }

    private static let nuclei: [String: Nucleus] = {
        var table: [String: Nucleus] = [:]
        func add(_ names: [String], _ coda: CodaRule, _ tonePositions: [Int], isRare: Bool = false) {
            for name in names {
                table[name] = Nucleus(coda: coda, tonePositions: tonePositions, isRare: isRare)
            }
        }
        add(["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"], .optional, [0])
        // Old style puts the tone on the first vowel (hòa, thúy), new style on the second (hoà, thuý).
        add(["oa", "oe", "uê", "uy"], .optional, [0, 1])
        add(["uơ"], .forbidden, [0, 1])
        add(["ă", "â"], .required, [0])
        add(["iê", "yê", "uô", "ươ", "oă", "uâ"], .required, [1])
        add(["oo"], .required, [1], isRare: true)
        add(["uyê"], .required, [2])
        add(
            [
                "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui",
                "ưa", "ưi", "ưu",
            ], .forbidden, [0])
        add(
            ["oai", "oay", "oao", "oeo", "uây", "uôi", "uyu", "ươi", "ươu", "iêu", "yêu"],
            .forbidden, [1])
        add(["uya"], .forbidden, [])
        return table
    }()

    private static func grade(_ syllable: Syllable) -> SyllableGrade {
        let (onset, nucleus, coda) = (syllable.onset, syllable.nucleus, syllable.coda)
        guard let entry = nuclei[nucleus], let first = nucleus.unicodeScalars.first else {
            return .implausible
        }
        switch entry.coda {
        case .forbidden where !coda.isEmpty, .required where coda.isEmpty:
            return .implausible
        default:
            break
        }
        if syllable.tone != .level && !entry.tonePositions.contains(syllable.toneOffset) {
            return .implausible
        }
        if ["c", "ch", "k", "p", "t"].contains(coda) && syllable.tone != .acute
            && syllable.tone != .dotBelow
        {
            return .implausible
        }
        if ["ch", "nh"].contains(coda) && !["a", "ê", "i", "y", "oa", "uê", "uy"].contains(nucleus) {
            return .implausible
        }
        // Front vowels close with nh/ch, never ng/c (`tỉnh`, not `tỉng`).
        if ["ng", "c"].contains(coda) && ["i", "ê", "y", "uy", "uê"].contains(nucleus) {
            return .implausible
        }
        if nucleus == "oo" && coda != "ng" && coda != "c" {
            return .implausible
        }
        let isFrontVowel = ["e", "ê", "i", "y"].contains(first)
        let isSpelledRight =
            switch onset {
            case "k", "gh", "ngh": isFrontVowel
            case "c", "ng": !isFrontVowel
            case "g": first != "e" && first != "ê"
            case "qu": first != "u"
            default: true
            }
        guard isSpelledRight else { return .implausible }
        return entry.isRare || rareOnsets.contains(onset) ? .rare : .common
    }
}
