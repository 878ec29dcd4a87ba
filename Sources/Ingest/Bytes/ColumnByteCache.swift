/// Remembers a 64-bit value for each byte string seen in each column of a file, in one
/// hash table, with a bounded number of entries and bytes per column.
///
/// Ingest remembers what a value as read normalizes to, so that a value seen before (a
/// date, a code, a common name) costs a lookup, not a `String` and its normalization.
/// A column whose values rarely repeat would only pay lookups that miss: once such a
/// column's entries are full and most of its recent lookups missed, it is no longer
/// looked up at all (`isLookingUp`). Whether a value is remembered never changes what
/// it normalizes to; it only decides whether that is worked out again.
///
/// Every field of every row is looked up here, and the table of a big file's dates and
/// names outgrows the processor's caches: a lookup costs the memory it touches. So each
/// 32-byte slot holds its key's column, length, hash and first 16 bytes (the whole of a
/// date or a code) with the value: a lookup that finds such a key reads that one slot
/// (half a cache line), not a slot, a start, a column, the key's bytes and the value in
/// five arrays. Only the bytes of a longer key after its first 8 lie elsewhere, read when
/// all the rest matched.
struct ColumnByteCache {
    /// A key and its value, or an empty slot (`column` 0).
    private struct Slot {
        /// The key's column plus one; 0 for an empty slot.
        var column: UInt16
        /// The key's length in bytes (keys longer than `UInt16.max` are not remembered).
        var length: UInt16
        /// The high half of the key's hash: its top bits place it in the table.
        var tag: UInt32
        /// The key's first 8 bytes, little-endian, zero-padded.
        var head: UInt64
        /// Bytes 8 to 16 of a key of at most 16 bytes, zero-padded; for a longer key, where
        /// its bytes from 8 on start in `arena`.
        var tail: UInt64
        var value: UInt64

        static var empty: Slot { Slot(column: 0, length: 0, tag: 0, head: 0, tail: 0, value: 0) }
    }

    /// How much of its budget a column used, and whether it is still looked up.
    private struct ColumnState {
        var entries = 0
        var bytes = 0
        var lookupsSinceFull = 0
        var hitsSinceFull = 0
        var isLookingUp = true
    }

    /// The bytes after the first 8 of the keys longer than 16 bytes, one after the other.
    private var arena: [UInt8] = []
    /// Open addressing with linear probing; a key's first slot is its tag's top bits.
    private var slots = Self.emptySlots(16)
    /// `32 - log2(slots.count)`: a tag shifted right by it is the key's first slot.
    private var tagShift = 32 - 4
    /// Per column.
    private var states: [ColumnState]
    private let entriesPerColumn: Int
    private let bytesPerColumn: Int
    /// Lookups of a full column between two checks of its hit rate.
    private let window: Int
    /// The number of entries of all columns.
    private(set) var count = 0

    /// An empty cache of `columnCount` columns holding at most `entriesPerColumn` keys and
    /// `bytesPerColumn` bytes of keys per column; a full column is dropped when fewer
    /// than half of `window` lookups hit.
    ///
    /// The defaults hold every birth date and nearly every distinct name of the national
    /// year's members (about 47,000 and 24,000 in 6.3 million rows), and bound the cache of
    /// a table to a few tens of megabytes whatever its columns hold, while it is parsed
    /// next to the biggest tables.
    init(
        columnCount: Int, entriesPerColumn: Int = 1 << 16, bytesPerColumn: Int = 2 << 20,
        window: Int = 1 << 14
    ) {
        precondition(columnCount < Int(UInt16.max), "too many columns")
        states = Array(repeating: ColumnState(), count: columnCount)
        self.entriesPerColumn = entriesPerColumn
        self.bytesPerColumn = bytesPerColumn
        self.window = window
    }

    /// Whether column `column` is still looked up (false once it was full and mostly missed).
    func isLookingUp(_ column: Int) -> Bool { states[column].isLookingUp }

    /// Whether column `column` holds as many entries or bytes as it may.
    func isFull(_ column: Int) -> Bool {
        states[column].entries >= entriesPerColumn || states[column].bytes >= bytesPerColumn
    }

    /// The value remembered for `bytes` in column `column`, or nil.
    mutating func value(column: Int, bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        value(column: column, bytes: bytes, tag: Self.tag(of: bytes, column: column))
    }

    /// The value remembered for `bytes`, whose tag is `tag`, in column `column`, or nil.
    @inline(__always)
    mutating func value(column: Int, bytes: UnsafeBufferPointer<UInt8>, tag: UInt32) -> UInt64? {
        guard states[column].isLookingUp else { return nil }
        let found = find(column: column, bytes: bytes, tag: tag)
        if isFull(column) {
            states[column].lookupsSinceFull += 1
            if found != nil { states[column].hitsSinceFull += 1 }
            if states[column].lookupsSinceFull >= window {
                if states[column].hitsSinceFull * 2 < states[column].lookupsSinceFull {
                    states[column].isLookingUp = false
                }
                states[column].lookupsSinceFull = 0
                states[column].hitsSinceFull = 0
            }
        }
        return found
    }

    /// Remembers `value` for `bytes` in column `column`, which must not hold them yet;
    /// does nothing once the column is full or no longer looked up, or for a key longer
    /// than 65,535 bytes.
    mutating func insert(_ value: UInt64, column: Int, bytes: UnsafeBufferPointer<UInt8>) {
        insert(value, column: column, bytes: bytes, tag: Self.tag(of: bytes, column: column))
    }

    /// Remembers `value` for `bytes`, whose tag is `tag`, in column `column`, as
    /// `insert(_:column:bytes:)` does.
    mutating func insert(_ value: UInt64, column: Int, bytes: UnsafeBufferPointer<UInt8>, tag: UInt32) {
        guard states[column].isLookingUp && !isFull(column) && bytes.count <= Int(UInt16.max) else { return }
        precondition(count < Int(Int32.max), "too many entries")
        // Three quarters full at most: a probe compares in the slot it reads, so longer
        // runs cost little, and the table of a big file is often half the size.
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let (head, short) = Self.words(bytes)
        var tail = short
        if bytes.count > 16, let base = bytes.baseAddress {
            tail = UInt64(arena.count)
            arena.append(contentsOf: UnsafeBufferPointer(start: base + 8, count: bytes.count - 8))
        }
        count += 1
        states[column].entries += 1
        states[column].bytes += bytes.count
        place(
            Slot(
                column: UInt16(column + 1), length: UInt16(bytes.count), tag: tag, head: head, tail: tail,
                value: value))
    }

    /// Reads the slot where a lookup of a key tagged `tag` starts and returns a word of
    /// it, which the caller keeps: a row's lookups then wait for memory together, not one
    /// after the other (each slot of a big table is a miss of the processor's caches).
    @inline(__always)
    func touch(_ tag: UInt32) -> UInt32 {
        slots.withUnsafeBufferPointer { $0[Int(tag >> UInt32(tagShift))].tag }
    }

    private func find(column: Int, bytes: UnsafeBufferPointer<UInt8>, tag: UInt32) -> UInt64? {
        guard bytes.count <= Int(UInt16.max) else { return nil }
        let (head, short) = Self.words(bytes)
        let key = UInt16(truncatingIfNeeded: column + 1)
        let length = UInt16(truncatingIfNeeded: bytes.count)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Int(tag >> UInt32(tagShift))
            while true {
                let slot = slots[index]
                if slot.column == 0 { return nil }
                if slot.tag == tag && slot.column == key && slot.length == length && slot.head == head {
                    if length <= 16 {
                        if slot.tail == short { return slot.value }
                    } else if arenaHolds(bytes, at: Int(slot.tail)) {
                        return slot.value
                    }
                }
                index = (index + 1) & mask
            }
        }
    }

    /// Whether the bytes of `key` after its first 8 are those at `start` in `arena`.
    private func arenaHolds(_ key: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        arena.withUnsafeBufferPointer { arena in
            Bytewise.equal(arena.baseAddress! + start, key.baseAddress! + 8, key.count - 8)
        }
    }

    private mutating func place(_ slot: Slot) {
        let mask = slots.count - 1
        var index = Int(slot.tag >> UInt32(tagShift))
        while slots[index].column != 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    /// Doubles the table; a key's new first slot is one more top bit of its tag, so no key
    /// is hashed again.
    private mutating func grow() {
        let old = slots
        slots = Self.emptySlots(old.count * 2)
        tagShift -= 1
        for slot in old where slot.column != 0 { place(slot) }
    }

    /// `count` empty slots, on huge pages when the table is big (`HugePages`).
    private static func emptySlots(_ count: Int) -> [Slot] {
        [Slot](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let base = buffer.baseAddress {
                HugePages.advise(base, byteCount: count * MemoryLayout<Slot>.stride)
            }
            buffer.initialize(repeating: .empty)
            initialized = count
        }
    }

    /// The tag of `bytes` in column `column`: the high half of their hash.
    @inline(__always)
    static func tag(of bytes: UnsafeBufferPointer<UInt8>, column: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: ByteHash.hash(bytes, seed: UInt64(column)) >> 32)
    }

    /// The first 8 bytes of `bytes` and the next 8, little-endian and zero-padded, read
    /// without touching a byte past its end.
    @inline(__always)
    static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> (head: UInt64, tail: UInt64) {
        let count = bytes.count
        guard let base = bytes.baseAddress, count > 0 else { return (0, 0) }
        guard count > 8 else { return (ByteHash.word(base, count: count), 0) }
        let raw = UnsafeRawPointer(base)
        let head = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        if count >= 16 {
            return (head, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        }
        // The last 8 bytes, less those that are the head's.
        let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        return (head, last >> UInt64(8 * (16 - count)))
    }
}
