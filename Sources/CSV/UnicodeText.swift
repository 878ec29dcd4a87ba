import Foundation

/// Unicode helpers for text read from CSV files: an ASCII test over bytes and NFC
/// normalization with fast paths for the text that is already composed.
public enum UnicodeText {
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether every byte is below 0x80 (checked eight bytes at a time).
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = bytes.baseAddress else { return true }
        var index = 0
        var accumulated: UInt64 = 0
        while index + 8 <= bytes.count {
            accumulated |= UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self)
            index += 8
        }
        var tail: UInt8 = 0
        while index < bytes.count {
            tail |= start[index]
            index += 1
        }
        return accumulated & highBits == 0 && tail < 0x80
    }

    /// Whether UTF-8 `bytes` are certainly in NFC without normalizing them: ASCII,
    /// scalars below U+0300 (Latin-1, Latin Extended-A/B: no combining marks) and the
    /// precomposed Vietnamese letters of Latin Extended Additional (U+1E00–U+1EFF).
    public static func isKnownNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = bytes.baseAddress else { return true }
        var index = 0
        let count = bytes.count
        while index < count {
            while index + 8 <= count,
                UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self) & highBits == 0
            {
                index += 8
            }
            guard index < count else { break }
            let lead = start[index]
            if lead < 0x80 {
                index += 1
            } else if lead >= 0xC2 && lead <= 0xCB {
                index += 2  // U+0080...U+02FF
            } else if lead == 0xE1 && index + 1 < count && (0xB8...0xBB).contains(start[index + 1]) {
                index += 3  // U+1E00...U+1EFF
            } else {
                return false
            }
        }
        return true
    }

    /// `text` in Unicode Normalization Form C (canonical composition), so that a name
    /// typed with combining marks (`e` U+0302 U+0303) equals its precomposed form (`ễ`).
    public static func nfc(_ text: String) -> String {
        var text = text
        let isComposed = text.withUTF8 { isKnownNFC($0) }
        return isComposed ? text : text.precomposedStringWithCanonicalMapping
    }

    /// The UTF-8 bytes of field `bytes` in NFC, as a `String`.
    public static func nfcString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return isKnownNFC(bytes) ? text : text.precomposedStringWithCanonicalMapping
    }
}
