#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The distinct values of one column, each stored once as UTF-8 bytes in one arena and
/// numbered in the order first seen; a cell then holds a 32-bit number.
///
/// Columns of millions of rows repeat few values (dates, codes, chi bộ ids), and even the
/// unique ones (member ids) cost their bytes, a start offset and a slot, not a `String`
/// and a heap object per cell. Numbering in first-seen order also gives each key column
/// its "first row that carries the value" for free.
struct InternedValues: Sendable {
    /// Every value's bytes, one after the other.
    private var arena: [UInt8] = []
    /// Value `i` is `arena[starts[i]..<starts[i + 1]]` (32-bit: a column's distinct values
    /// are far less than 4 GiB, and a column of millions of ids saves 4 bytes a value).
    private var starts: [UInt32] = [0]
    /// Open addressing: 0 for an empty slot, else the value's number plus one in the low
    /// `log2(slots.count)` bits (the table is at most half full, so it fits) and the top
    /// bits of its hash above: a probe that meets another value almost always tells it
    /// apart there, without reading that value's start and bytes (two more cache misses
    /// in the tables of millions of ids).
    private var slots = [UInt32](repeating: 0, count: 16)
    /// The number last returned by `number(of:)`, or `UInt32.max`: exports list the rows
    /// of a chi bộ or a village together, and a value equal to the one before costs a
    /// comparison, not a lookup.
    private var lastNumber = UInt32.max

    /// A column with no value yet.
    init() {}

    /// The number of distinct values.
    var count: Int { starts.count - 1 }

    /// The number of `bytes`, added if new.
    mutating func number(of bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        number(of: bytes, hash: Self.hash(of: bytes))
    }

    /// The number of `bytes`, whose hash is `hash`, added if new.
    mutating func number(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt32 {
        if lastNumber != UInt32.max && holds(bytes, at: lastNumber) { return lastNumber }
        if let found = lookUp(bytes, hash: hash) {
            lastNumber = found
            return found
        }
        precondition(
            count < Int(UInt32.max - 1) && arena.count + bytes.count <= Int(UInt32.max),
            "more than 4 GiB of distinct values in one column")
        if (count + 1) * 2 > slots.count { grow() }
        if let base = bytes.baseAddress, !bytes.isEmpty {
            arena.append(contentsOf: UnsafeBufferPointer(start: base, count: bytes.count))
        }
        starts.append(UInt32(arena.count))
        let number = UInt32(count - 1)
        place(number, hash: hash)
        lastNumber = number
        return number
    }

    /// Reads the slot where a lookup of a value hashed `hash` starts and returns it, for
    /// the caller to keep (`ColumnByteCache.touch(_:)`); 0 without look-ups.
    @inline(__always)
    func touch(_ hash: UInt64) -> UInt32 {
        slots.withUnsafeBufferPointer { slots in
            slots.isEmpty ? 0 : slots[Int(truncatingIfNeeded: hash) & (slots.count - 1)]
        }
    }

    /// Whether value `number` is `bytes`.
    @inline(__always)
    private func holds(_ bytes: UnsafeBufferPointer<UInt8>, at number: UInt32) -> Bool {
        starts.withUnsafeBufferPointer { starts in
            let start = Int(starts[Int(number)])
            let count = Int(starts[Int(number) + 1]) - start
            guard count == bytes.count else { return false }
            return count == 0
                || arena.withUnsafeBufferPointer {
                    Bytewise.equal($0.baseAddress! + start, bytes.baseAddress!, count)
                }
        }
    }

    /// The number of `string`, added if new.
    mutating func number(of string: String) -> UInt32 {
        var string = string
        return string.withUTF8 { number(of: $0) }
    }

    /// The number of `bytes`, or nil when no cell holds it.
    func lookUp(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        lookUp(bytes, hash: Self.hash(of: bytes))
    }

    /// The number of `string`, or nil when no cell holds it.
    func lookUp(_ string: String) -> UInt32? {
        var string = string
        return string.withUTF8 { lookUp($0) }
    }

    /// Frees the hash table: values are then read by number only, never looked up or
    /// added (the 31 million meeting ids of five years once ranked as numbers: 8 of their
    /// ~22 bytes each while the table is written beside the attendance check).
    mutating func dropLookUps() {
        slots = []
        lastNumber = UInt32.max
    }

    /// Whether values can be looked up and added (`dropLookUps()` was not called).
    var canLookUp: Bool { !slots.isEmpty }

    /// Builds the hash table again after `dropLookUps()`.
    mutating func restoreLookUps() {
        guard slots.isEmpty else { return }
        var size = 16
        while (count + 1) * 2 > size { size *= 2 }
        slots = [UInt32](repeating: 0, count: size)
        for number in 0..<count {
            let hash = withBytes(of: UInt32(number)) { InternedValues.hash(of: $0) }
            place(UInt32(number), hash: hash)
        }
    }

    /// The length in bytes of value `number`.
    func length(of number: UInt32) -> Int {
        Int(starts[Int(number) + 1] - starts[Int(number)])
    }

    /// Calls `body` with the bytes of value `number`.
    func withBytes<Result>(of number: UInt32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = Int(starts[Int(number)])
        let end = Int(starts[Int(number) + 1])
        return arena.withUnsafeBufferPointer { arena in
            body(UnsafeBufferPointer(start: arena.baseAddress.map { $0 + start }, count: end - start))
        }
    }

    /// Calls `body` with every value's bytes one after the other and where each starts
    /// (value `i` is `bytes[starts[i]..<starts[i + 1]]`), for loops over millions of cells.
    func withUnsafeStorage<Result>(
        _ body: (_ bytes: UnsafeBufferPointer<UInt8>, _ starts: UnsafeBufferPointer<UInt32>) -> Result
    ) -> Result {
        arena.withUnsafeBufferPointer { arena in starts.withUnsafeBufferPointer { body(arena, $0) } }
    }

    /// Value `number`.
    func string(_ number: UInt32) -> String {
        withBytes(of: number) { String(decoding: $0, as: UTF8.self) }
    }

    /// The position of each value in the bytewise order of all values (a value that is a
    /// prefix of another comes first), by number.
    func bytewiseRanks() -> [UInt32] {
        var order = [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count { buffer[index] = UInt32(index) }
            initialized = count
        }
        arena.withUnsafeBufferPointer { arena in
            starts.withUnsafeBufferPointer { starts in
                let base = arena.baseAddress
                order.sort { left, right in
                    let leftStart = Int(starts[Int(left)])
                    let rightStart = Int(starts[Int(right)])
                    let leftCount = Int(starts[Int(left) + 1]) - leftStart
                    let rightCount = Int(starts[Int(right) + 1]) - rightStart
                    let shorter = min(leftCount, rightCount)
                    let result = shorter == 0 ? 0 : memcmp(base! + leftStart, base! + rightStart, shorter)
                    return result != 0 ? result < 0 : leftCount < rightCount
                }
            }
        }
        var ranks = [UInt32](repeating: 0, count: count)
        for (rank, number) in order.enumerated() { ranks[Int(number)] = UInt32(rank) }
        return ranks
    }

    private func lookUp(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt32? {
        precondition(!slots.isEmpty, "a value looked up after the look-ups were dropped")
        let mask = slots.count - 1
        let numberMask = UInt32(truncatingIfNeeded: mask)
        let tag = Self.tag(hash, numberMask: numberMask)
        var slot = Int(truncatingIfNeeded: hash) & mask
        return arena.withUnsafeBufferPointer { arena in
            slots.withUnsafeBufferPointer { slots in
                starts.withUnsafeBufferPointer { starts in
                    while true {
                        let content = slots[slot]
                        if content == 0 { return nil }
                        if content & ~numberMask != tag {
                            slot = (slot + 1) & mask
                            continue
                        }
                        let number = Int(content & numberMask) - 1
                        let start = Int(starts[number])
                        let count = Int(starts[number + 1]) - start
                        if count == bytes.count
                            && (count == 0
                                || Bytewise.equal(arena.baseAddress! + start, bytes.baseAddress!, count))
                        {
                            return UInt32(number)
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    private mutating func place(_ number: UInt32, hash: UInt64) {
        let mask = slots.count - 1
        let numberMask = UInt32(truncatingIfNeeded: mask)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Self.tag(hash, numberMask: numberMask) | (number + 1)
    }

    /// The bits of a slot above its number: the top bits of `hash`, which pick no slot.
    @inline(__always)
    private static func tag(_ hash: UInt64, numberMask: UInt32) -> UInt32 {
        UInt32(truncatingIfNeeded: hash >> 32) & ~numberMask
    }

    private mutating func grow() {
        slots = Self.emptySlots(slots.count * 2)
        for number in 0..<count {
            let hash = withBytes(of: UInt32(number)) { InternedValues.hash(of: $0) }
            place(UInt32(number), hash: hash)
        }
    }

    /// `count` empty slots, on huge pages when the table is big (`HugePages`).
    private static func emptySlots(_ count: Int) -> [UInt32] {
        [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let base = buffer.baseAddress {
                HugePages.advise(base, byteCount: count * MemoryLayout<UInt32>.stride)
            }
            buffer.initialize(repeating: 0)
            initialized = count
        }
    }

    /// The hash of `bytes` in the table.
    @inline(__always)
    static func hash(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        ByteHash.hash(bytes)
    }
}
