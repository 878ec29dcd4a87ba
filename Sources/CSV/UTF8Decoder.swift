/// Reads UTF-8 straight into the reader's buffer and validates it there; a sequence
/// cut by the buffer's edge is carried over to the next read.
final class UTF8Decoder: TextDecoder {
    private let input: ByteInput
    private var carried: [UInt8] = []

    /// Decodes `input`, already past any byte order mark.
    init(input: ByteInput) {
        self.input = input
    }

    func decode(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(CSVError) -> DecodedChunk {
        var filled = carried.count
        if filled > 0 {
            carried.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress!, count: $0.count) }
            carried.removeAll(keepingCapacity: true)
        }
        while true {
            let count = try input.read(into: buffer + filled, maximum: capacity - filled)
            let isAtEnd = count == 0
            filled += count
            switch UTF8Validation.check(buffer, count: filled) {
            case .valid:
                return DecodedChunk(count: filled, undecodableBytes: nil, isFinal: isAtEnd)
            case .invalid(let offset, let length):
                let hex = UTF8Validation.hex(buffer + offset, count: length)
                return DecodedChunk(count: offset, undecodableBytes: hex, isFinal: true)
            case .incomplete(let offset):
                if isAtEnd {
                    let hex = UTF8Validation.hex(buffer + offset, count: filled - offset)
                    return DecodedChunk(count: offset, undecodableBytes: hex, isFinal: true)
                }
                if offset > 0 {
                    carried.append(
                        contentsOf: UnsafeBufferPointer(start: buffer + offset, count: filled - offset))
                    return DecodedChunk(count: offset, undecodableBytes: nil, isFinal: false)
                }
            // A lone unfinished sequence: read on (capacity is far above 4 bytes).
            }
        }
    }
}
