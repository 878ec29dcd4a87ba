// A small Vietnamese syllable grammar, used to tell real Vietnamese words from legacy-font debris.

extension LegacyVietnamese {
    /// Whether `word` could be one Vietnamese syllable (tiếng), in either case.
    ///
    /// A syllable is onset + vowel nucleus + coda with at most one tone mark. Every letter must be
    /// a Vietnamese letter (no f, j, w, z, no Latin-1 letters outside the Vietnamese alphabet).
    /// The nucleus must be a known vowel cluster with the right kind of coda (`iê` needs one,
    /// `ai` takes none), the stop codas c, ch, k, p, t take only the acute or dot-below tone, and the
    /// spelling rules of k/gh/ngh (before e, ê, i, y) and c/g/ng (not before them) hold. It accepts
    /// a few non-words (it is a spelling check, not a dictionary), which is all detection needs.
    static func isPlausibleSyllable(_ word: some Collection<Unicode.Scalar>) -> Bool {
        var letters = ""
        var tone = Tone.level
        for scalar in word {
            if let position = vowelPositions[scalar] {
                if position.tone != .level {
                    guard tone == .level else { return false }
                    tone = position.tone
                }
                letters.unicodeScalars.append(position.row.letter)
            } else if let consonant = lowercaseConsonant(scalar) {
                letters.unicodeScalars.append(consonant)
            } else {
                return false
            }
        }
        guard !letters.isEmpty else { return false }
        for onset in onsets where letters.hasPrefix(onset) {
            let rest = letters.dropFirst(onset.count)
            for coda in codas where rest.hasSuffix(coda) && rest.count > coda.count {
                let nucleus = String(rest.dropLast(coda.count))
                if isValid(onset: onset, nucleus: nucleus, coda: coda, tone: tone) {
                    return true
                }
            }
        }
        return false
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

    private static let nuclei: [String: CodaRule] = {
        var table: [String: CodaRule] = [:]
        for nucleus in ["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê", "uy", "uơ"] {
            table[nucleus] = .optional
        }
        for nucleus in ["ă", "â", "iê", "yê", "uô", "ươ", "uyê", "oă", "uâ", "oo"] {
            table[nucleus] = .required
        }
        for nucleus in [
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui",
            "ưa", "ưi", "ưu", "oai", "oay", "oao", "oeo", "uây", "uôi", "uya", "uyu", "ươi", "ươu",
            "iêu", "yêu",
        ] {
            table[nucleus] = .forbidden
        }
        return table
    }()

    private static func isValid(onset: String, nucleus: String, coda: String, tone: Tone) -> Bool {
        guard let rule = nuclei[nucleus], let first = nucleus.unicodeScalars.first else { return false }
        switch rule {
        case .forbidden where !coda.isEmpty, .required where coda.isEmpty:
            return false
        default:
            break
        }
        if ["c", "ch", "k", "p", "t"].contains(coda) && tone != .acute && tone != .dotBelow {
            return false
        }
        if ["ch", "nh"].contains(coda) && !["a", "ê", "i", "y", "oa", "uê", "uy"].contains(nucleus) {
            return false
        }
        let isFrontVowel = ["e", "ê", "i", "y"].contains(first)
        switch onset {
        case "k", "gh", "ngh":
            return isFrontVowel
        case "c", "ng":
            return !isFrontVowel
        case "g":
            return first != "e" && first != "ê"
        case "qu":
            return first != "u"
        default:
            return true
        }
    }
}
