/// A run of UTF-8 bytes decoded from the input.
struct DecodedChunk {
    /// The number of valid UTF-8 bytes written.
    var count: Int
    /// When set, the input holds undecodable bytes (in hex) right after the `count`
    /// bytes; nothing follows.
    var undecodableBytes: String?
    /// Whether the input ends after these bytes.
    var isFinal: Bool
}

/// Turns an export's bytes into valid UTF-8, a buffer at a time.
protocol TextDecoder: AnyObject {
    /// Writes the next decoded bytes into `buffer` (at most `capacity`, which is at
    /// least 16). Returns a non-empty chunk unless the input ended or is undecodable.
    func decode(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(CSVError) -> DecodedChunk
}
