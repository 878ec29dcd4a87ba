/// Serves text transcoded up front (UTF-16 exports), a buffer at a time.
final class MemoryDecoder: TextDecoder {
    private let text: [UInt8]
    private let undecodableBytes: String?
    private var offset = 0

    /// Serves `text` (valid UTF-8), then reports `undecodableBytes` if given.
    init(text: [UInt8], undecodableBytes: String?) {
        self.text = text
        self.undecodableBytes = undecodableBytes
    }

    func decode(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(CSVError) -> DecodedChunk {
        let count = min(capacity, text.count - offset)
        if count > 0 {
            text.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress! + offset, count: count) }
        }
        offset += count
        let isFinal = offset == text.count
        return DecodedChunk(
            count: count, undecodableBytes: isFinal ? undecodableBytes : nil, isFinal: isFinal)
    }
}
