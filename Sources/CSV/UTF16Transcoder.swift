/// Transcodes a UTF-16 export (after its byte order mark) to UTF-8 in one go: such
/// exports come from spreadsheets and are small.
enum UTF16Transcoder {
    /// The UTF-8 text, and the undecodable bytes (in hex) where transcoding stopped: a
    /// lone surrogate, a NUL, or an odd byte at the end.
    static func transcode(
        _ bytes: UnsafeBufferPointer<UInt8>, isBigEndian: Bool
    ) -> (text: [UInt8], undecodableBytes: String?) {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count + bytes.count / 2)
        let units = bytes.count / 2
        var index = 0
        func unit(_ at: Int) -> UInt32 {
            let first = UInt32(bytes[2 * at])
            let second = UInt32(bytes[2 * at + 1])
            return isBigEndian ? first << 8 | second : second << 8 | first
        }
        func hex(_ from: Int, units count: Int) -> String {
            UTF8Validation.hex(bytes.baseAddress! + 2 * from, count: 2 * count)
        }
        while index < units {
            let value = unit(index)
            var scalar = value
            var width = 1
            switch value {
            case 0:
                return (text, hex(index, units: 1))
            case 0xD800...0xDBFF:
                guard index + 1 < units else { return (text, hex(index, units: 1)) }
                let low = unit(index + 1)
                guard (0xDC00...0xDFFF).contains(low) else { return (text, hex(index, units: 2)) }
                scalar = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                width = 2
            case 0xDC00...0xDFFF:
                return (text, hex(index, units: 1))
            default:
                break
            }
            UTF8Encoder.append(scalar, to: &text)
            index += width
        }
        if bytes.count % 2 == 1 {
            return (text, UTF8Validation.hex(bytes.baseAddress! + bytes.count - 1, count: 1))
        }
        return (text, nil)
    }
}
