import Foundation

extension String {
    /// The string in Unicode normalization form C, as `precomposedStringWithCanonicalMapping`
    /// gives it, without that call's copies (a report is over a hundred megabytes at
    /// national size) when a scan of the bytes shows the text is already composed.
    var precomposed: String {
        isKnownPrecomposed ? self : precomposedStringWithCanonicalMapping
    }

    /// Whether every character is one that NFC leaves alone whatever its neighbours
    /// (NFC_Quick_Check = Yes and never combining with the character before): code points
    /// below U+0300 (ASCII, Latin-1, Latin Extended-A and -B, đ and ơ, ư among them), the
    /// precomposed Vietnamese letters U+1E00–U+1EFF, and the few punctuation marks and
    /// symbols the reports write. False means "not known", not "not NFC".
    var isKnownPrecomposed: Bool {
        var text = self
        return text.withUTF8(String.isKnownPrecomposed)
    }

    /// `isKnownPrecomposed` of the text whose UTF-8 bytes are `bytes`.
    static func isKnownPrecomposed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
            } else if lead < 0xCC {
                index += 2  // U+0080–U+02FF
            } else if lead == 0xE1, index + 2 < count, bytes[index + 1] >= 0xB8, bytes[index + 1] <= 0xBB {
                index += 3  // U+1E00–U+1EFF
            } else if lead == 0xE2, index + 2 < count,
                String.knownPunctuation.contains(UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index + 2]))
            {
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    /// The second and third bytes of the U+2000–U+2FFF characters known to be NFC alone:
    /// – — ‘ ’ “ ” • … → ≤ ≥ ✓ ✗.
    private static let knownPunctuation: Set<UInt16> = [
        0x8093, 0x8094, 0x8098, 0x8099, 0x809C, 0x809D, 0x80A2, 0x80A6, 0x8692, 0x89A4, 0x89A5, 0x9C93,
        0x9C97,
    ]
}
