/// A 64-bit hash of a byte string read 8 bytes at a time, for ingest's hash tables keyed
/// by the bytes of CSV fields (values as read, interned values).
///
/// Byte-at-a-time FNV costs a multiply per byte, and this runs for every field of every
/// row; here each 8-byte word is mixed with one multiply, and the result is finished so
/// that its low bits (the slot of an open-addressing table) depend on every byte.
enum ByteHash {
    /// The hash of `bytes`, seeded with `seed` (a table keyed by column and bytes).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64 = 0) -> UInt64 {
        var hash = (0x9E37_79B9_7F4A_7C15 &* (seed &+ 1)) ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return finished(hash) }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            hash = mixed(hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        if index < bytes.count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while index < bytes.count {
                tail |= UInt64(base[index]) << shift
                shift += 8
                index += 1
            }
            hash = mixed(hash ^ tail)
        }
        return finished(hash)
    }

    @inline(__always)
    private static func mixed(_ word: UInt64) -> UInt64 {
        let product = word &* 0x9E37_79B9_7F4A_7C15
        return product ^ (product >> 32)
    }

    /// The finalizer of SplitMix64: every input bit reaches every output bit.
    @inline(__always)
    private static func finished(_ hash: UInt64) -> UInt64 {
        var hash = hash
        hash = (hash ^ (hash >> 30)) &* 0xBF58_476D_1CE4_E5B9
        hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 31)
    }
}
