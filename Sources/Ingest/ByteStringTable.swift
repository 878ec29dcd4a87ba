#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A read-only hash table from byte strings (UTF-8 ids) to numbers, looked up with the
/// borrowed bytes of a CSV field, so that checking tens of millions of attendance rows
/// builds no `String` and hashes no Unicode.
struct ByteStringTable {
    /// Every key's bytes, one after the other.
    private var arena: [UInt8] = []
    /// Key `i` is `arena[starts[i]..<starts[i + 1]]`.
    private var starts: [Int] = [0]
    /// Open addressing: a key index, or -1 for an empty slot.
    private var slots: [Int32]
    private var mask: Int

    /// A table mapping `keys[i]` to `i`. Keys must be distinct.
    init(keys: [String]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (index, key) in keys.enumerated() {
            var key = key
            key.withUTF8 { bytes in
                arena.append(contentsOf: bytes)
                starts.append(arena.count)
                var slot = Int(truncatingIfNeeded: ByteStringTable.hash(bytes)) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(index)
            }
        }
    }

    /// The number of `bytes`, or nil when it is not a key.
    func value(for bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        var slot = Int(truncatingIfNeeded: ByteStringTable.hash(bytes)) & mask
        return arena.withUnsafeBufferPointer { arena in
            while true {
                let candidate = Int(slots[slot])
                if candidate < 0 { return nil }
                let start = starts[candidate]
                let count = starts[candidate + 1] - start
                if count == bytes.count
                    && (count == 0 || Bytewise.equal(arena.baseAddress! + start, bytes.baseAddress!, count))
                {
                    // Key `i` maps to `i`: no array of values to read.
                    return Int32(candidate)
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The number of `key`, or nil.
    func value(for key: String) -> Int32? {
        var key = key
        return key.withUTF8 { value(for: $0) }
    }

    /// FNV-1a, 64 bits.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }
}
