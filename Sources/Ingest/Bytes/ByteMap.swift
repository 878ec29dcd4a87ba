#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A growable hash map from byte strings to values, looked up with the borrowed bytes of
/// a CSV field, so that a value seen before costs no `String`.
struct ByteMap<Value> {
    /// Every key's bytes, one after the other.
    private var arena: [UInt8] = []
    /// Key `i` is `arena[starts[i]..<starts[i + 1]]`.
    private var starts: [Int] = [0]
    /// The values, by entry.
    private(set) var values: [Value] = []
    /// Open addressing: an entry index, or -1 for an empty slot.
    private var slots = [Int32](repeating: -1, count: 16)

    /// The number of entries.
    var count: Int { values.count }

    /// The value stored for `bytes`, or nil.
    func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: ByteMap.hash(bytes)) & mask
        return arena.withUnsafeBufferPointer { arena in
            while true {
                let entry = Int(slots[slot])
                if entry < 0 { return nil }
                let start = starts[entry]
                let count = starts[entry + 1] - start
                if count == bytes.count
                    && (count == 0 || Bytewise.equal(arena.baseAddress! + start, bytes.baseAddress!, count))
                {
                    return values[entry]
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Stores `value` for `bytes`, which must not be a key yet.
    mutating func insert(_ value: Value, for bytes: UnsafeBufferPointer<UInt8>) {
        if (values.count + 1) * 2 > slots.count { grow() }
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        values.append(value)
        place(values.count - 1, hash: ByteMap.hash(bytes))
    }

    private mutating func place(_ entry: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for entry in values.indices {
            let hash = arena.withUnsafeBufferPointer { arena in
                ByteMap.hash(UnsafeBufferPointer(rebasing: arena[starts[entry]..<starts[entry + 1]]))
            }
            place(entry, hash: hash)
        }
    }

    /// FNV-1a, 64 bits.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }
}
