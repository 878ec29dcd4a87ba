/// Decides the encoding of an export from its first bytes.
///
/// The rule:
/// 1. A byte order mark decides: `EF BB BF` UTF-8, `FF FE` UTF-16LE, `FE FF` UTF-16BE.
/// 2. Otherwise the first `sniffLength` bytes (1 MiB) are checked. Valid UTF-8 (a
///    sequence cut by the end of those bytes is allowed) means UTF-8.
/// 3. Otherwise, if they hold no valid multi-byte UTF-8 sequence at all, the file is
///    Windows-1258: legacy 8-bit text almost never forms a valid UTF-8 sequence, while a
///    UTF-8 file with one bad byte still has its other accented letters well-formed.
/// 4. Otherwise it is UTF-8 with a bad sequence, reported as undecodable when reached.
///
/// NUL bytes are left out of the decision (a binary file or UTF-16 without a byte order
/// mark): the reader reports them as undecodable whatever the encoding.
///
/// A file whose first MiB is pure ASCII is read as UTF-8; legacy bytes after that are
/// reported as undecodable UTF-8 rather than guessed.
enum EncodingDetector {
    /// How many bytes are looked at when there is no byte order mark.
    static let sniffLength = 1 << 20

    /// The encoding of text starting with `prefix`, and the length of its byte order mark.
    static func detect(_ prefix: UnsafeBufferPointer<UInt8>) -> (encoding: TextEncoding, markLength: Int) {
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8WithBOM, 3) }
        if prefix.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if prefix.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        return (classify(prefix), 0)
    }

    /// UTF-8 or Windows-1258 for text without a byte order mark (rules 2–4).
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding {
        guard let start = bytes.baseAddress else { return .utf8 }
        var hasInvalid = false
        var index = 0
        while index < bytes.count {
            let rest = bytes.count - index
            let result = UTF8Validation.check(start + index, count: rest)
            let validLength: Int
            switch result {
            case .valid: validLength = rest
            case .incomplete(let offset): validLength = offset
            case .invalid(let offset, _): validLength = offset
            }
            // A byte ≥ 0x80 in a valid stretch belongs to a valid multi-byte sequence.
            if !UnicodeText.isASCII(UnsafeBufferPointer(start: start + index, count: validLength)) {
                return .utf8
            }
            guard case .invalid = result else { break }
            // NUL is undecodable in every supported encoding: it says nothing about which.
            if start[index + validLength] != 0 { hasInvalid = true }
            index += validLength + 1
        }
        return hasInvalid ? .windows1258 : .utf8
    }
}
