import Foundation

/// Cleans free text: Unicode NFC, trimmed, and for names internal whitespace collapsed
/// to single spaces; text typed with the legacy TCVN3/VNI fonts is repaired.
enum TextNormalizer {
    /// The normalized text; when the legacy-font repair changed it, the name of the legacy
    /// encoding (`TCVN3`, `VNI`); and whether the text, kept as read, may still be legacy text.
    ///
    /// - Parameter preferred: the legacy encoding the file's other cells were typed in, if any.
    static func normalize(
        _ text: String, collapsesWhitespace: Bool, preferring preferred: LegacyVietnameseEncoding? = nil
    ) -> (text: String, legacyEncoding: String?, isLegacySuspected: Bool) {
        var result = nfc(text)
        var legacyEncoding: String? = nil
        var isLegacySuspected = false
        if !TextNormalizer.isASCII(result) {
            switch LegacyVietnamese.assess(result, preferring: preferred) {
            case .repaired(let repaired, let encoding):
                result = nfc(repaired)
                legacyEncoding = encoding.rawValue
            case .suspected:
                isLegacySuspected = true
            case .ordinary:
                break
            }
        }
        result = collapsesWhitespace ? collapsed(result) : trimmed(result)
        return (result, legacyEncoding, isLegacySuspected)
    }

    /// `text` in Unicode NFC; text that is NFC by construction is returned as is.
    static func nfc(_ text: String) -> String {
        isSurelyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Whether `text` holds only characters that are NFC whatever surrounds them: ASCII,
    /// U+0080–U+01BF (Latin-1 and Latin Extended-A, ơ ư) and U+1E00–U+1EFF (the
    /// precomposed Vietnamese letters). Vietnamese typed in NFC passes; combining
    /// marks do not.
    static func isSurelyNFC(_ text: String) -> Bool {
        var expectsVietnameseBlock = false
        for byte in text.utf8 {
            if expectsVietnameseBlock {
                guard (0xB8...0xBB).contains(byte) else { return false }
                expectsVietnameseBlock = false
            } else if byte < 0x80 || (0x80...0xBF).contains(byte) || (0xC2...0xC6).contains(byte) {
                continue
            } else if byte == 0xE1 {
                expectsVietnameseBlock = true
            } else {
                return false
            }
        }
        return true
    }

    /// Whether `text` may hold whitespace other than single inner spaces: ASCII control
    /// whitespace, leading/trailing or doubled spaces, or the lead bytes of Unicode spaces.
    private static func mayNeedWhitespaceWork(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        var lead: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            // 0xEF leads U+FEFF: a byte order mark left inside a file by concatenated exports.
            case 0x09...0x0D, 0xC2, 0xE2, 0xE3, 0xEF: return true
            case 0x20 where previous == 0x20: return true
            case 0x9A where lead == 0xE1: return true  // U+1680
            default: break
            }
            if byte >= 0xC0 { lead = byte } else if byte < 0x80 { lead = 0 }
            previous = byte
        }
        return previous == 0x20 && !text.isEmpty
    }

    /// Whether a scalar shows as nothing but space: whitespace, a byte order mark or a
    /// zero-width space (both arrive from concatenated or web-copied exports).
    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.value == 0xFEFF || scalar.value == 0x200B
    }

    /// `text` without leading and trailing whitespace (including no-break spaces).
    static func trimmed(_ text: String) -> String {
        if !mayNeedWhitespaceWork(text) { return text }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isBlank($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// `text` trimmed, with every run of whitespace inside replaced by one space.
    static func collapsed(_ text: String) -> String {
        if !mayNeedWhitespaceWork(text) { return text }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isBlank(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether every byte of `text` is ASCII (the fast path: nothing to compose).
    static func isASCII(_ text: String) -> Bool {
        !text.utf8.contains { $0 >= 0x80 }
    }

    /// The repaired text of a cell typed in a legacy Vietnamese font, or nil when the
    /// cell does not look like one.
    static func repairLegacyEncoding(_ text: String) -> (text: String, encoding: String)? {
        LegacyVietnamese.repair(text).map { ($0.text, $0.encoding.rawValue) }
    }

    /// `text` read as typed in each legacy Vietnamese font, whether or not it looks like
    /// it: for short labels ("Cã" is TCVN3 for "Có") that detection rightly leaves alone
    /// but that match a known label only once converted.
    static func legacyReadings(_ text: String) -> [(text: String, encoding: String)] {
        LegacyVietnameseEncoding.allCases.map { (LegacyVietnamese.convert(text, from: $0), $0.rawValue) }
    }
}
