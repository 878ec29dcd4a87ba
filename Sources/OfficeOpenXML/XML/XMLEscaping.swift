/// Escaping of text for XML 1.0 element content and attribute values.
///
/// - `&`, `<`, `>`, `"` and `'` become entity references everywhere, so the same
///   function serves content and attributes, and `]]>` can never appear in output.
/// - Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage
///   return; U+FFFE; U+FFFF) are replaced by U+FFFD REPLACEMENT CHARACTER: a reader
///   cannot parse them even as character references, and a visible mark tells staff
///   that something was there, where dropping it would silently change the text.
/// - A Swift `String` holds only Unicode scalars, so unpaired surrogates cannot reach
///   the output; bytes decoded leniently arrive already repaired to U+FFFD.
/// - Carriage returns are written as `&#13;` so that XML end-of-line handling does not
///   turn them into line feeds.
public enum XMLEscaping {
    /// The UTF-8 bytes of U+FFFD, written in place of a character XML 1.0 forbids.
    public static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// `text` with every markup character escaped and every forbidden character replaced.
    public static func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the escaped UTF-8 bytes of `text`.
    public static func append(_ text: String, to bytes: inout [UInt8]) {
        forEachPiece(of: text) { bytes.append(contentsOf: $0) }
    }

    /// Calls `body` with the escaped UTF-8 bytes of `text` in order, in pieces: runs of
    /// the text as it is, and the escapes between them.
    @inline(__always)
    static func forEachPiece(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { source in
            var start = 0
            var index = 0
            let count = source.count
            while index < count {
                let byte = source[index]
                // Letters, digits and the bytes of Vietnamese letters (all but the lead of
                // U+FFFE and U+FFFF) are above every byte that changes: passed at once.
                if byte > UInt8(ascii: ">") && byte != 0xEF {
                    index += 1
                    continue
                }
                let escape: StaticString
                var width = 1
                switch byte {
                case UInt8(ascii: "&"): escape = "&amp;"
                case UInt8(ascii: "<"): escape = "&lt;"
                case UInt8(ascii: ">"): escape = "&gt;"
                case UInt8(ascii: "\""): escape = "&quot;"
                case UInt8(ascii: "'"): escape = "&apos;"
                case 0x0D: escape = "&#13;"
                case 0x09, 0x0A:
                    index += 1
                    continue
                case 0x00..<0x20: escape = "\u{FFFD}"
                case 0xEF:
                    // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                    if index + 2 < count, source[index + 1] == 0xBF, source[index + 2] >= 0xBE {
                        escape = "\u{FFFD}"
                        width = 3
                    } else {
                        index += 1
                        continue
                    }
                default:
                    index += 1
                    continue
                }
                body(UnsafeBufferPointer(rebasing: source[start..<index]))
                escape.withUTF8Buffer { body($0) }
                index += width
                start = index
            }
            body(UnsafeBufferPointer(rebasing: source[start..<count]))
        }
    }

    /// Whether `text` needs `xml:space="preserve"` for its white space to survive:
    /// leading or trailing white space, or white space other than single spaces.
    public static func needsSpacePreservation(_ text: String) -> Bool {
        // On the text's bytes in one piece, not byte by byte through its UTF-8 view.
        var text = text
        return text.withUTF8 { utf8 in
            guard let first = utf8.first, let last = utf8.last else { return false }
            if isWhiteSpace(first) || isWhiteSpace(last) { return true }
            var previousWasSpace = false
            for byte in utf8 {
                if byte == 0x09 || byte == 0x0A || byte == 0x0D { return true }
                let isSpace = byte == 0x20
                if isSpace && previousWasSpace { return true }
                previousWasSpace = isSpace
            }
            return false
        }
    }

    private static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
