/// Finds the rows whose key an earlier row already has, by sorting the keys with their
/// rows instead of inserting them into a hash set: 8 bytes a row for the tens of millions
/// of member ratings.
enum RepeatedKeys {
    /// The key of a row that has none (an empty key value): never repeated.
    static let none = UInt64.max

    /// The rows, ascending, whose key (`key(row)` for each of `count` rows) a row before
    /// them has; rows keyed `none` are skipped.
    static func laterRows(count: Int, key: (Int) -> UInt64) -> [Int] {
        precondition(count < 1 << 32, "too many rows")
        var entries: [UInt64] = []
        entries.reserveCapacity(count)
        var keys: [UInt64]? = nil
        for row in 0..<count {
            let rowKey = key(row)
            if keys != nil {
                keys!.append(rowKey)
            } else if rowKey == none {
                continue
            } else if rowKey >> 32 == 0 {
                // Key and row in one number: sorting it sorts by key, then physical order.
                entries.append(rowKey << 32 | UInt64(row))
            } else {
                entries = []
                keys = (0...row).map(key)
            }
        }
        guard let keys else { return laterRows(packed: &entries) }
        return laterRows(keys: keys)
    }

    /// The later rows of `entries`, each a key in the top 32 bits and a row below.
    private static func laterRows(packed entries: inout [UInt64]) -> [Int] {
        RadixSort.sort(&entries)
        var later: [Int] = []
        for index in entries.indices.dropFirst() where entries[index] >> 32 == entries[index - 1] >> 32 {
            later.append(Int(entries[index] & 0xFFFF_FFFF))
        }
        later.sort()
        return later
    }

    /// The later rows of `keys`, the key of each row, when a key needs more than 32 bits.
    private static func laterRows(keys: [UInt64]) -> [Int] {
        var order = keys.indices.filter { keys[$0] != none }
        order.sort { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
        var later: [Int] = []
        for index in order.indices.dropFirst() where keys[order[index]] == keys[order[index - 1]] {
            later.append(order[index])
        }
        later.sort()
        return later
    }
}
