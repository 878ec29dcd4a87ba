/// Remembers a value for each byte string seen in each column of a file, in one hash
/// table, with a bounded number of entries and bytes per column.
///
/// Ingest remembers what a value as read normalizes to, so that a value seen before (a
/// date, a code, a common name) costs a lookup, not a `String` and its normalization.
/// A column whose values rarely repeat would only pay lookups that miss: once such a
/// column's entries are full and most of its recent lookups missed, it is no longer
/// looked up at all (`isLookingUp`). Whether a value is remembered never changes what
/// it normalizes to; it only decides whether that is worked out again.
struct ColumnByteCache<Value> {
    /// Every key's bytes, one after the other.
    private var arena: [UInt8] = []
    /// Key `i` is `arena[starts[i]..<starts[i + 1]]`.
    private var starts: [Int] = [0]
    /// The column of each key.
    private var columns: [UInt16] = []
    /// The values, by entry.
    private var values: [Value] = []
    /// Open addressing: an entry index, or -1 for an empty slot.
    private var slots = [Int32](repeating: -1, count: 16)
    /// Per column: entries, bytes of keys, lookups and hits since the column was full,
    /// and whether it is still looked up.
    private var entryCounts: [Int]
    private var byteCounts: [Int]
    private var lookupsSinceFull: [Int]
    private var hitsSinceFull: [Int]
    private var lookingUp: [Bool]
    private let entriesPerColumn: Int
    private let bytesPerColumn: Int
    /// Lookups of a full column between two checks of its hit rate.
    private let window: Int

    /// An empty cache of `columnCount` columns holding at most `entriesPerColumn` keys and
    /// `bytesPerColumn` bytes of keys per column; a full column is dropped when fewer
    /// than half of `window` lookups hit.
    ///
    /// The defaults hold every birth date and nearly every distinct name of the national
    /// year's members (about 44,000 and 24,000 in 1.5 million rows), and bound the cache of
    /// a table to a few tens of megabytes whatever its columns hold, while it is parsed
    /// next to the biggest tables.
    init(
        columnCount: Int, entriesPerColumn: Int = 1 << 16, bytesPerColumn: Int = 2 << 20,
        window: Int = 1 << 14
    ) {
        precondition(columnCount <= Int(UInt16.max), "too many columns")
        entryCounts = Array(repeating: 0, count: columnCount)
        byteCounts = entryCounts
        lookupsSinceFull = entryCounts
        hitsSinceFull = entryCounts
        lookingUp = Array(repeating: true, count: columnCount)
        self.entriesPerColumn = entriesPerColumn
        self.bytesPerColumn = bytesPerColumn
        self.window = window
    }

    /// The number of entries of all columns.
    var count: Int { values.count }

    /// Whether column `column` is still looked up (false once it was full and mostly missed).
    func isLookingUp(_ column: Int) -> Bool { lookingUp[column] }

    /// Whether column `column` holds as many entries or bytes as it may.
    func isFull(_ column: Int) -> Bool {
        entryCounts[column] >= entriesPerColumn || byteCounts[column] >= bytesPerColumn
    }

    /// The value remembered for `bytes` in column `column`, or nil.
    @inline(__always)
    mutating func value(column: Int, bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard lookingUp[column] else { return nil }
        let found = find(column: column, bytes: bytes, hash: ByteHash.hash(bytes, seed: UInt64(column)))
        if isFull(column) {
            lookupsSinceFull[column] += 1
            if found != nil { hitsSinceFull[column] += 1 }
            if lookupsSinceFull[column] >= window {
                if hitsSinceFull[column] * 2 < lookupsSinceFull[column] { lookingUp[column] = false }
                lookupsSinceFull[column] = 0
                hitsSinceFull[column] = 0
            }
        }
        return found.map { values[$0] }
    }

    /// Remembers `value` for `bytes` in column `column`, which must not hold them yet;
    /// does nothing once the column is full or no longer looked up.
    mutating func insert(_ value: Value, column: Int, bytes: UnsafeBufferPointer<UInt8>) {
        guard lookingUp[column] && !isFull(column) else { return }
        precondition(values.count < Int(Int32.max), "too many entries")
        if (values.count + 1) * 2 > slots.count { grow() }
        if let base = bytes.baseAddress, !bytes.isEmpty {
            arena.append(contentsOf: UnsafeBufferPointer(start: base, count: bytes.count))
        }
        starts.append(arena.count)
        columns.append(UInt16(column))
        values.append(value)
        entryCounts[column] += 1
        byteCounts[column] += bytes.count
        place(Int32(values.count - 1), hash: ByteHash.hash(bytes, seed: UInt64(column)))
    }

    private func find(column: Int, bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                columns.withUnsafeBufferPointer { columns in
                    arena.withUnsafeBufferPointer { arena in
                        let mask = slots.count - 1
                        var slot = Int(truncatingIfNeeded: hash) & mask
                        while true {
                            let entry = Int(slots[slot])
                            if entry < 0 { return nil }
                            let start = starts[entry]
                            let count = starts[entry + 1] - start
                            if count == bytes.count && Int(columns[entry]) == column
                                && (count == 0
                                    || Bytewise.equal(arena.baseAddress! + start, bytes.baseAddress!, count))
                            {
                                return entry
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
        }
    }

    private mutating func place(_ entry: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for entry in values.indices {
            let hash = arena.withUnsafeBufferPointer { arena in
                ByteHash.hash(
                    UnsafeBufferPointer(rebasing: arena[starts[entry]..<starts[entry + 1]]),
                    seed: UInt64(columns[entry]))
            }
            place(Int32(entry), hash: hash)
        }
    }
}
