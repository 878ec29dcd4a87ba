/// A read-only hash table from byte strings (UTF-8 ids) to numbers, looked up with the
/// borrowed bytes of a CSV field, so that checking tens of millions of attendance rows
/// builds no `String` and hashes no Unicode.
///
/// A look-up touches two places in memory: its slot, and the entry the slot points to,
/// which holds the key's number, length and bytes side by side. A part of the hash kept
/// in the slot skips the entries of other keys on the probe path.
struct ByteStringTable {
    /// Entry after entry: the number (4 bytes), the length (4 bytes), then the key's bytes.
    private var entries: [UInt8] = []
    /// Open addressing: the entry's offset in the low 40 bits and 24 bits of the hash
    /// above them, or `empty`.
    private var slots: [UInt64]
    private var mask: Int
    private static let empty = UInt64.max
    private static let offsetBits: UInt64 = 40

    /// A table mapping `keys[i]` to `i`. Keys must be distinct.
    init(keys: [String]) {
        // Filled to at most 80 %: a probe compares the hash bits kept in the slot, and the
        // next slots are in the same cache line, so a fuller table costs little time while
        // the tables of millions of ids are held through the attendance check.
        var capacity = 16
        while capacity * 4 < keys.count * 5 { capacity *= 2 }
        slots = [UInt64](repeating: ByteStringTable.empty, count: capacity)
        mask = capacity - 1
        precondition(keys.count < Int(Int32.max), "too many keys")
        entries.reserveCapacity(keys.reduce(0) { $0 + 8 + $1.utf8.count })
        for (index, key) in keys.enumerated() {
            var key = key
            key.withUTF8 { bytes in
                let offset = UInt64(entries.count)
                precondition(offset >> ByteStringTable.offsetBits == 0, "keys too long")
                for shift in stride(from: 0, to: 32, by: 8) {
                    entries.append(UInt8(truncatingIfNeeded: index >> shift))
                }
                for shift in stride(from: 0, to: 32, by: 8) {
                    entries.append(UInt8(truncatingIfNeeded: bytes.count >> shift))
                }
                entries.append(contentsOf: bytes)
                let hash = ByteStringTable.hash(bytes)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != ByteStringTable.empty { slot = (slot + 1) & mask }
                slots[slot] = ByteStringTable.tag(hash) | offset
            }
        }
    }

    /// The number of `bytes`, or nil when it is not a key.
    func value(for bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = ByteStringTable.hash(bytes)
        let tag = ByteStringTable.tag(hash)
        let offsetMask: UInt64 = 1 << ByteStringTable.offsetBits - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return entries.withUnsafeBufferPointer { entries in
            slots.withUnsafeBufferPointer { slots in
                while true {
                    let content = slots[slot]
                    if content == ByteStringTable.empty { return nil }
                    if content & ~offsetMask == tag {
                        let entry = UnsafeRawPointer(entries.baseAddress! + Int(content & offsetMask))
                        let count = Int(
                            UInt32(littleEndian: entry.loadUnaligned(fromByteOffset: 4, as: UInt32.self)))
                        if count == bytes.count
                            && (count == 0
                                || Bytewise.equal(
                                    entry.assumingMemoryBound(to: UInt8.self) + 8, bytes.baseAddress!, count))
                        {
                            return Int32(UInt32(littleEndian: entry.loadUnaligned(as: UInt32.self)))
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The number of `key`, or nil.
    func value(for key: String) -> Int32? {
        var key = key
        return key.withUTF8 { value(for: $0) }
    }

    /// The top 24 bits of `hash`, in place above the offset; the low bits pick the slot.
    private static func tag(_ hash: UInt64) -> UInt64 {
        (hash >> offsetBits) << offsetBits
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
