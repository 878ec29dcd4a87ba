/// Transcodes Windows-1258 to UTF-8 a buffer at a time, composing each combining tone
/// mark with the letter before it (`a` + 0xEC → `á`), so the text comes out in the
/// precomposed form (NFC) that UTF-8 exports of the same data have.
final class Windows1258Decoder: TextDecoder {
    private let input: ByteInput
    private var raw: UnsafeMutablePointer<UInt8>
    private var rawCapacity = 0
    /// A letter held back from the previous read because a tone mark may follow it.
    private var heldBack: UInt8?

    /// `(base << 32 | mark) → precomposed`.
    private static let compositions: [UInt64: UInt32] = {
        var table: [UInt64: UInt32] = [:]
        for entry in Windows1258.compositions {
            table[UInt64(entry.base) << 32 | UInt64(entry.mark)] = entry.composed
        }
        return table
    }()

    /// Decodes `input` from its first byte.
    init(input: ByteInput) {
        self.input = input
        raw = .allocate(capacity: 0)
    }

    deinit {
        raw.deallocate()
    }

    func decode(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(CSVError) -> DecodedChunk {
        // One input byte gives at most three UTF-8 bytes (U+20AC); composing only shrinks.
        let wanted = capacity / 3
        if rawCapacity < wanted {
            raw.deallocate()
            raw = .allocate(capacity: wanted)
            rawCapacity = wanted
        }
        var filled = 0
        if let byte = heldBack {
            raw[0] = byte
            filled = 1
            heldBack = nil
        }
        var isAtEnd = false
        while filled < 2 && !isAtEnd {
            let count = try input.read(into: raw + filled, maximum: wanted - filled)
            isAtEnd = count == 0
            filled += count
        }
        if !isAtEnd && !Self.isToneMark(raw[filled - 1]) {
            filled -= 1
            heldBack = raw[filled]
        }
        return transcode(count: filled, into: buffer, isAtEnd: isAtEnd)
    }

    private static func isToneMark(_ byte: UInt8) -> Bool {
        byte == 0xCC || byte == 0xDE || byte == 0xD2 || byte == 0xEC || byte == 0xF2
    }

    private func transcode(count: Int, into buffer: UnsafeMutablePointer<UInt8>, isAtEnd: Bool)
        -> DecodedChunk
    {
        var written = 0
        var previous: UInt32 = 0
        var previousStart = 0
        for index in 0..<count {
            let byte = raw[index]
            if byte < 0x80 {
                if byte == 0 {
                    return DecodedChunk(count: written, undecodableBytes: "00", isFinal: true)
                }
                previous = UInt32(byte)
                previousStart = written
                buffer[written] = byte
                written += 1
                continue
            }
            let scalar = Windows1258.upperHalf[Int(byte) - 0x80]
            if scalar == 0 {
                let hex = UTF8Validation.hex(raw + index, count: 1)
                return DecodedChunk(count: written, undecodableBytes: hex, isFinal: true)
            }
            if Self.isToneMark(byte),
                let composed = Self.compositions[UInt64(previous) << 32 | UInt64(scalar)]
            {
                written = previousStart + UTF8Encoder.write(composed, at: buffer + previousStart)
                previous = 0
                continue
            }
            previous = scalar
            previousStart = written
            written += UTF8Encoder.write(scalar, at: buffer + written)
        }
        return DecodedChunk(count: written, undecodableBytes: nil, isFinal: isAtEnd)
    }
}
