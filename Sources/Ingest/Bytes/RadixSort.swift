/// Sorts 64-bit keys by their bytes, least significant first (LSD radix sort): a pass per
/// byte that any key uses, each a count and a scatter, rather than a comparison sort's
/// n log n comparisons and moves.
///
/// Ingest sorts keys packed with their row in one number: the members' possible
/// duplicates (name, birth date, row: 6.3 million on the national year, on the critical
/// path, where `sort()` took several tenths of a second), the rows of tables whose keys
/// repeat (ratings, tens of millions over five years) and repeated keys.
enum RadixSort {
    /// Below this many keys `sort()` is as fast, and needs no second buffer.
    static let smallest = 1 << 12

    /// Sorts `keys` in ascending order: the same result as `keys.sort()`.
    static func sort(_ keys: inout [UInt64]) {
        let count = keys.count
        guard count >= smallest else {
            keys.sort()
            return
        }
        let usedBits = keys.reduce(UInt64(0)) { $0 | $1 }
        let passes = (UInt64.bitWidth - usedBits.leadingZeroBitCount + 7) / 8
        var scratch = [UInt64](repeating: 0, count: count)
        let offsets = UnsafeMutablePointer<Int>.allocate(capacity: 256)
        defer { offsets.deallocate() }
        var isInScratch = false
        keys.withUnsafeMutableBufferPointer { keys in
            scratch.withUnsafeMutableBufferPointer { scratch in
                var source = keys
                var target = scratch
                for pass in 0..<passes {
                    let shift = UInt64(8 * pass)
                    offsets.initialize(repeating: 0, count: 256)
                    for key in source { offsets[Int(truncatingIfNeeded: key >> shift) & 0xFF] += 1 }
                    // Every key has the same byte here: this pass would move nothing.
                    if offsets[Int(truncatingIfNeeded: source[0] >> shift) & 0xFF] == count { continue }
                    var start = 0
                    for digit in 0..<256 {
                        let keysWithDigit = offsets[digit]
                        offsets[digit] = start
                        start += keysWithDigit
                    }
                    for key in source {
                        let digit = Int(truncatingIfNeeded: key >> shift) & 0xFF
                        target[offsets[digit]] = key
                        offsets[digit] += 1
                    }
                    swap(&source, &target)
                    isInScratch.toggle()
                }
            }
        }
        if isInScratch { keys = scratch }
    }
}
