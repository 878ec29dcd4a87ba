/// Looks up the ids of a file whose rows come in about the order the ids were interned
/// (the normalized files are sorted by id: a meeting's attendance rows list its chi bộ's
/// members in members.csv's order, a member's rows follow the previous member's): the
/// index found last and the few after it are tried, each a short compare of bytes next
/// to each other, before a hash look-up that misses the cache.
struct NearbyLookUp {
    private var previous: Int32 = -1
    private let first: Int32
    private let last: Int32

    /// Tries the indexes `previous + offsets.lowerBound ... previous + offsets.upperBound`.
    init(trying offsets: ClosedRange<Int32>) {
        first = offsets.lowerBound
        last = offsets.upperBound
    }

    /// The index of `field` in `table`, or nil when it is not there.
    @inline(__always)
    mutating func index(of field: UnsafeBufferPointer<UInt8>, in table: IdentifierTable) -> Int32? {
        var guess = previous &+ first
        let end = previous &+ last
        while guess <= end {
            if table.identifier(at: guess, is: field) {
                previous = guess
                return guess
            }
            guess &+= 1
        }
        guard let index = table.index(of: field) else { return nil }
        previous = index
        return index
    }
}
