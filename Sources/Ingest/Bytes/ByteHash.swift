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
            // The last 1 to 7 bytes as one word: the last 8 bytes less those already mixed,
            // or, in a value under 8 bytes, reads inside it.
            let rest = bytes.count - index
            let tail =
                bytes.count >= 8
                ? UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
                    >> UInt64(8 * (8 - rest))
                : word(base, count: rest)
            hash = mixed(hash ^ tail)
        }
        return finished(hash)
    }

    /// The `count` bytes at `base` (1 to 8) as a little-endian word, zero-padded, read
    /// without touching a byte past them.
    @inline(__always)
    static func word(_ base: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        let raw = UnsafeRawPointer(base)
        if count == 8 { return UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) }
        if count >= 4 {
            // Two 4-byte reads that overlap where they hold the same bytes.
            let low = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let high = UInt64(
                UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
            return low | high << UInt64(8 * (count - 4))
        }
        let middle = count >> 1
        return UInt64(base[0]) | UInt64(base[middle]) << UInt64(8 * middle)
            | UInt64(base[count - 1]) << UInt64(8 * (count - 1))
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
