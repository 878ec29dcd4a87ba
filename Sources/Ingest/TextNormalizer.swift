import Foundation

/// Cleans free text: Unicode NFC, trimmed, and for names internal whitespace collapsed
/// to single spaces; text typed with the legacy TCVN3/VNI fonts is repaired.
enum TextNormalizer {
    /// The normalized text and, when the legacy-font repair changed it, the name of the
    /// legacy encoding (`TCVN3`, `VNI`).
    static func normalize(_ text: String, collapsesWhitespace: Bool) -> (
        text: String, legacyEncoding: String?
    ) {
        var result = nfc(text)
        var legacyEncoding: String? = nil
        if !isASCII(result), let repaired = repairLegacyEncoding(result) {
            result = nfc(repaired.text)
            legacyEncoding = repaired.encoding
        }
        result = collapsesWhitespace ? collapsed(result) : trimmed(result)
        return (result, legacyEncoding)
    }

    /// `text` in Unicode NFC; ASCII text is returned as is.
    static func nfc(_ text: String) -> String {
        isASCII(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// `text` without leading and trailing whitespace (including no-break spaces).
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// `text` trimmed, with every run of whitespace inside replaced by one space.
    static func collapsed(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
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
        // TODO(lead): call LegacyVietnamese.repair
        //   LegacyVietnamese.repair(text).map { ($0.text, $0.encoding.rawValue) }
        nil
    }
}
