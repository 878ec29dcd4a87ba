/// Interns identifiers (org, village, member and meeting ids) to dense `Int32` indexes,
/// looking them up straight from a CSV field's bytes so that no `String` is built per
/// row of a big file.
///
/// Open addressing with linear probing over a power-of-two slot array; the identifiers'
/// bytes live one after another in a single arena. A slot holds 32 bits of the hash above
/// the index + 1 (0 = empty), so a probe touches the arena only on a likely match.
struct IdentifierTable {
    private var arena: [UInt8] = []
    private var ends: [Int] = []
    private var slots: [UInt64]
    private var mask: Int

    /// Creates an empty table.
    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The number of identifiers.
    var count: Int { ends.count }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        // FNV's low bits are weak; the MurmurHash3 finalizer spreads every bit.
        hash ^= hash >> 33
        hash &*= 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        hash &*= 0xc4ce_b9fe_1a85_ec53
        return hash ^ (hash >> 33)
    }

    private func start(of index: Int) -> Int { index == 0 ? 0 : ends[index - 1] }

    @inline(__always)
    private func equals(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let begin = start(of: index)
        guard ends[index] - begin == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            bytes.equals(UnsafeBufferPointer(rebasing: stored[begin..<begin + bytes.count]))
        }
    }

    /// Whether the identifier at `index` (any number) is exactly `bytes`: a cheap check of
    /// a guess before a look-up.
    @inline(__always)
    func identifier(at index: Int32, is bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        index >= 0 && Int(index) < ends.count && equals(Int(index), bytes)
    }

    /// Negative, zero or positive as the identifier at `index` (a valid one) sorts
    /// bytewise before, equal to or after `bytes`.
    @inline(__always)
    func compare(at index: Int32, with bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let index = Int(index)
        let begin = start(of: index)
        return arena.withUnsafeBufferPointer { stored in
            UnsafeBufferPointer(rebasing: stored[begin..<ends[index]]).compareBytewise(bytes)
        }
    }

    /// The index of `bytes`, or nil when it was never inserted.
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = IdentifierTable.hash(bytes)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let candidate = Int(entry & 0xFFFF_FFFF) - 1
                if equals(candidate, bytes) { return Int32(candidate) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The index of `bytes`, inserting it when new.
    @discardableResult
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> (index: Int32, isNew: Bool) {
        let hash = IdentifierTable.hash(bytes)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let candidate = Int(entry & 0xFFFF_FFFF) - 1
                if equals(candidate, bytes) { return (Int32(candidate), false) }
            }
            slot = (slot + 1) & mask
        }
        let index = Int32(ends.count)
        arena.append(contentsOf: bytes)
        ends.append(arena.count)
        slots[slot] = tag | UInt64(index + 1)
        if ends.count * 2 > slots.count { grow() }
        return (index, true)
    }

    /// Inserts a `String` identifier; for small tables and tests.
    @discardableResult
    mutating func insert(_ text: String) -> (index: Int32, isNew: Bool) {
        var text = text
        return text.withUTF8 { insert($0) }
    }

    /// The index of a `String` identifier.
    func index(of text: String) -> Int32? {
        var text = text
        return text.withUTF8 { index(of: $0) }
    }

    /// The table of the identifiers held back to back in `identifiers`, each ending at
    /// its entry of `ends`, indexed in that order; nil when one repeats.
    ///
    /// For big tables read by parts: the slots are filled in the order of their
    /// position (bucketed by their top bits), not the identifiers', so that filling
    /// walks the slots instead of missing the cache at every identifier.
    static func build(identifiers: [UInt8], ends: [Int]) -> IdentifierTable? {
        var table = IdentifierTable(capacity: ends.count)
        table.arena = identifiers
        table.ends = ends
        let count = ends.count
        let mask = table.mask
        var hashes = [UInt64](repeating: 0, count: count)
        identifiers.withUnsafeBufferPointer { stored in
            var begin = 0
            for index in 0..<count {
                hashes[index] = hash(UnsafeBufferPointer(rebasing: stored[begin..<ends[index]]))
                begin = ends[index]
            }
        }
        // A counting sort of the identifiers by the top bits of their first slot.
        let slotBits = Int.bitWidth - mask.leadingZeroBitCount
        let shift = max(0, slotBits - 12)
        var starts = [Int](repeating: 0, count: (mask >> shift) + 2)
        for hash in hashes { starts[(Int(truncatingIfNeeded: hash) & mask) >> shift + 1] += 1 }
        for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
        // Each hash goes with its index, so that filling reads both in order instead of
        // looking every hash up again at random.
        var order = [Int32](repeating: 0, count: count)
        var orderedHashes = [UInt64](repeating: 0, count: count)
        for index in 0..<count {
            let hash = hashes[index]
            let bucket = (Int(truncatingIfNeeded: hash) & mask) >> shift
            order[starts[bucket]] = Int32(index)
            orderedHashes[starts[bucket]] = hash
            starts[bucket] += 1
        }
        hashes = []
        for (index, hash) in zip(order, orderedHashes) {
            let tag = hash & 0xFFFF_FFFF_0000_0000
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = table.slots[slot]
                if entry == 0 { break }
                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                    let candidate = Int32(entry & 0xFFFF_FFFF) - 1
                    let isRepeated = identifiers.withUnsafeBufferPointer { stored in
                        let begin = index == 0 ? 0 : ends[Int(index) - 1]
                        return table.identifier(
                            at: candidate, is: UnsafeBufferPointer(rebasing: stored[begin..<ends[Int(index)]])
                        )
                    }
                    if isRepeated { return nil }
                }
                slot = (slot + 1) & mask
            }
            table.slots[slot] = tag | UInt64(index + 1)
        }
        return table
    }

    /// Makes room for `count` identifiers in all, so that the slots are not rebuilt
    /// again and again while a big table is read.
    mutating func reserveCapacity(_ count: Int) {
        ends.reserveCapacity(count)
        var size = slots.count
        while size < count * 2 { size <<= 1 }
        if size > slots.count { rebuild(size: size) }
    }

    private mutating func grow() { rebuild(size: slots.count * 2) }

    private mutating func rebuild(size: Int) {
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        for index in 0..<ends.count {
            let begin = start(of: index)
            let hash = arena.withUnsafeBufferPointer { stored in
                IdentifierTable.hash(UnsafeBufferPointer(rebasing: stored[begin..<ends[index]]))
            }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
        }
    }

    /// The identifier at `index` as a `String`.
    func string(at index: Int32) -> String {
        let index = Int(index)
        return String(decoding: arena[start(of: index)..<ends[index]], as: UTF8.self)
    }

    /// Whether the identifier at `lhs` sorts bytewise before the one at `rhs`.
    func precedes(_ lhs: Int32, _ rhs: Int32) -> Bool {
        let left = arena[start(of: Int(lhs))..<ends[Int(lhs)]]
        let right = arena[start(of: Int(rhs))..<ends[Int(rhs)]]
        return left.lexicographicallyPrecedes(right)
    }
}
