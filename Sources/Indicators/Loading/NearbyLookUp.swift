/// Looks up the ids of a file whose rows come in about the order the ids were interned
/// (the normalized files are sorted by id: a meeting's attendance rows list its chi bộ's
/// members in members.csv's order, a member's rows follow the previous member's): the
/// index found last and the few after it are tried, each a short compare of bytes next
/// to each other, before a hash look-up that misses the cache.
///
/// Where rows skip ids now and then (trainings name a member in three, ratings of
/// organizations only the rated ones), the ids up to `searchedAhead` after those tried
/// are searched by halves as though the table's ids were sorted (they are in the
/// normalized files' order): a few compares of bytes near each other instead of a look-up
/// that misses the cache. Whatever is found is checked equal, so an unsorted table only
/// costs those compares before the look-up.
struct NearbyLookUp {
    private var previous: Int32 = -1
    private let first: Int32
    private let last: Int32
    private let searchedAhead: Int32

    /// Tries the indexes `previous + offsets.lowerBound ... previous + offsets.upperBound`,
    /// then searches by halves up to `previous + searchedAhead` (none when 0).
    init(trying offsets: ClosedRange<Int32>, searchingAhead searchedAhead: Int32 = 0) {
        first = offsets.lowerBound
        last = offsets.upperBound
        self.searchedAhead = searchedAhead
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
        if searchedAhead > 0, previous >= 0 {
            // The first id from `guess` on that is not before `field`, if they are sorted.
            var low = guess
            var high = min(previous &+ searchedAhead, Int32(table.count) &- 1)
            if low <= high, table.compare(at: high, with: field) >= 0 {
                while low < high {
                    let middle = low &+ (high &- low) / 2
                    if table.compare(at: middle, with: field) < 0 { low = middle &+ 1 } else { high = middle }
                }
                if table.identifier(at: low, is: field) {
                    previous = low
                    return low
                }
            }
        }
        guard let index = table.index(of: field) else { return nil }
        previous = index
        return index
    }
}
