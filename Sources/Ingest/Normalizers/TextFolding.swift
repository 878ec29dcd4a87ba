import Foundation

/// The comparison form of headers and enum labels: Unicode NFC, diacritics stripped
/// (đ → d), lower case, and every run of whitespace, punctuation or underscores
/// collapsed to one space, trimmed. "MÃ TỔ CHỨC", "ma to chuc" and "Ma_to_chuc" all
/// fold to "ma to chuc".
enum TextFolding {
    /// The folded form of `text`.
    static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        var isASCII = true
        for byte in text.utf8 where byte >= 0x80 {
            isASCII = false
            break
        }
        let scalars = isASCII ? text.unicodeScalars : text.decomposedStringWithCanonicalMapping.unicodeScalars
        for scalar in scalars {
            if (0x300...0x36F).contains(scalar.value) { continue }  // combining marks
            var letter = scalar
            if letter == "đ" || letter == "Đ" { letter = "d" }
            if letter.properties.isAlphabetic || letter.properties.numericType != nil {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                if letter.isASCII {
                    let value = letter.value
                    result.append(
                        (0x41...0x5A).contains(value) ? Unicode.Scalar(UInt8(value + 0x20)) : letter)
                } else {
                    result.append(contentsOf: letter.properties.lowercaseMapping.unicodeScalars)
                }
            } else {
                pendingSpace = true
            }
        }
        return String(result)
    }
}
