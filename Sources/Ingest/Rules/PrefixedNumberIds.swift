#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Accepted ids that are all one prefix followed by 1 to 17 decimal digits (`BB0000001`,
/// `BB31439128`, `30000001`), held as one bitmap of the numbers per count of digits
/// instead of their bytes and a hash table.
///
/// Five national years hold 31 million meeting ids: as bytes, an interned hash table and
/// two rank arrays they cost ~37 bytes each during the whole attendance check; as bitmaps
/// at most 12 bytes per id (`maximumBitsPerId` bits and a 32-bit count per 64 of them),
/// a few MiB when the numbers are dense, as exports number them.
///
/// Ranks are the bytewise order of the ids, which is the numeric order only among ids of
/// one count of digits (`BB10000000` comes before `BB9999999`): the rank of an id counts
/// the smaller ids of every count of digits. Ids of any other shape, or numbers too sparse
/// for a bitmap, are not held here (`init` fails) and stay interned.
struct PrefixedNumberIds {
    /// The ids of one count of digits.
    struct Group {
        /// The count of digits.
        let digits: Int
        /// The smallest number.
        let low: UInt64
        /// Bit `i` is set when `low + i` is an id.
        let words: [UInt64]
        /// How many ids the words before word `i` hold, for `i` in `0...words.count`.
        let before: [UInt32]

        /// How many ids the group holds.
        var count: Int { Int(before[words.count]) }

        /// How many numbers of the group are below `value`.
        func count(below value: UInt64) -> Int {
            guard value > low else { return 0 }
            let index = value - low
            guard index < UInt64(words.count) << 6 else { return count }
            let word = Int(index >> 6)
            let mask = (UInt64(1) << (index & 63)) &- 1
            return Int(before[word]) + (words[word] & mask).nonzeroBitCount
        }

        /// How many numbers of the group are below `value` when it is one of them, else
        /// nil: `contains` and `count(below:)` in one look at the word (the attendance
        /// check asks it for every row).
        @inline(__always)
        func rank(of value: UInt64) -> Int? {
            let index = value &- low
            guard value >= low, index < UInt64(words.count) << 6 else { return nil }
            let word = words[Int(index >> 6)]
            guard word >> (index & 63) & 1 == 1 else { return nil }
            let mask = (UInt64(1) << (index & 63)) &- 1
            return Int(before[Int(index >> 6)]) + (word & mask).nonzeroBitCount
        }

        /// Whether `value` is an id of the group.
        func contains(_ value: UInt64) -> Bool {
            guard value >= low else { return false }
            let index = value - low
            guard index < UInt64(words.count) << 6 else { return false }
            return words[Int(index >> 6)] >> (index & 63) & 1 == 1
        }

        /// The number of the group's id at `position` (0 for the smallest).
        func number(at position: Int) -> UInt64 {
            precondition(position >= 0 && position < count, "position out of range")
            // The last word whose ids before it are at most `position`.
            var lower = 0
            var upper = words.count
            while upper - lower > 1 {
                let middle = (lower + upper) / 2
                if Int(before[middle]) <= position { lower = middle } else { upper = middle }
            }
            var word = words[lower]
            for _ in 0..<(position - Int(before[lower])) { word &= word &- 1 }
            return low + UInt64(lower << 6 + word.trailingZeroBitCount)
        }
    }

    /// The bytes every id starts with (none of them a digit at its end).
    let prefix: [UInt8]
    /// One group per count of digits, by count of digits.
    let groups: [Group]
    /// The position in `groups` of the group of each count of digits, -1 for none.
    private let groupOfDigits: [Int8]
    /// How many ids.
    let count: Int

    /// The most digits of an id: a number below 10^17 still has room for its count of
    /// digits in an order key (`orderKey`).
    static let maximumDigits = 17
    /// A group's bitmap has at most this many bits per id (and at least 2^16 bits), so
    /// that ids numbered sparsely stay interned rather than cost more here.
    static let maximumBitsPerId = 64

    /// The ids `values` numbers `numbers`, ranked in that order, which must be strictly
    /// increasing bytewise; nil when one of them is not the prefix and digits of the
    /// first, or a group would be too sparse.
    init?(values: InternedValues, numbers: some RandomAccessCollection<UInt32>) {
        let count = numbers.count
        guard count > 0 else { return nil }
        let first = values.withBytes(of: numbers[numbers.startIndex]) { Array($0) }
        var prefixLength = first.count
        while prefixLength > 0 && Self.isDigit(first[prefixLength - 1]) { prefixLength -= 1 }
        let prefix = Array(first[0..<prefixLength])
        func parse(_ rank: Int) -> (Int, UInt64)? {
            values.withBytes(of: numbers[numbers.index(numbers.startIndex, offsetBy: rank)]) {
                Self.parse($0, prefix: prefix)
            }
        }
        // The range and count of each count of digits, checking the shape and the order.
        var lows = [UInt64](repeating: .max, count: Self.maximumDigits + 1)
        var highs = [UInt64](repeating: 0, count: Self.maximumDigits + 1)
        var counts = [Int](repeating: 0, count: Self.maximumDigits + 1)
        var previousKey: UInt64? = nil
        for rank in 0..<count {
            guard let (digits, number) = parse(rank) else { return nil }
            let key = Self.orderKey(digits: digits, number: number)
            if let previousKey, previousKey >= key { return nil }
            previousKey = key
            lows[digits] = min(lows[digits], number)
            highs[digits] = max(highs[digits], number)
            counts[digits] += 1
        }
        var wordsByDigits: [Int: [UInt64]] = [:]
        for digits in counts.indices where counts[digits] > 0 {
            let bits = highs[digits] - lows[digits] + 1
            guard bits <= UInt64(max(Self.maximumBitsPerId * counts[digits], 1 << 16)) else { return nil }
            wordsByDigits[digits] = [UInt64](repeating: 0, count: Int((bits + 63) / 64))
        }
        for rank in 0..<count {
            let (digits, number) = parse(rank)!
            let index = number - lows[digits]
            wordsByDigits[digits]![Int(index >> 6)] |= 1 << (index & 63)
        }
        var groups: [Group] = []
        var groupOfDigits = [Int8](repeating: -1, count: Self.maximumDigits + 1)
        for digits in counts.indices where counts[digits] > 0 {
            let words = wordsByDigits.removeValue(forKey: digits)!
            var before: [UInt32] = []
            before.reserveCapacity(words.count + 1)
            var total: UInt32 = 0
            for word in words {
                before.append(total)
                total += UInt32(word.nonzeroBitCount)
            }
            before.append(total)
            groupOfDigits[digits] = Int8(groups.count)
            groups.append(Group(digits: digits, low: lows[digits], words: words, before: before))
        }
        self.prefix = prefix
        self.groups = groups
        self.groupOfDigits = groupOfDigits
        self.count = count
    }

    /// The rank of the id `bytes`, or nil when it is not one of the ids.
    @inline(__always)
    func rank(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let (digits, number) = Self.parse(bytes, prefix: prefix) else { return nil }
        let group = groupOfDigits[digits]
        guard group >= 0 else { return nil }
        if groups.count == 1 { return groups[0].rank(of: number) }
        guard groups[Int(group)].contains(number) else { return nil }
        return groups.reduce(0) { $0 + $1.count(below: Self.bound(of: $1.digits, before: digits, number)) }
    }

    /// The count of digits and the number of the id at `rank`.
    func id(_ rank: Int) -> (digits: Int, number: UInt64) {
        precondition(rank >= 0 && rank < count, "rank out of range")
        if groups.count == 1 { return (groups[0].digits, groups[0].number(at: rank)) }
        // In each group, ids rank in numeric order: find the one ranked `rank`.
        for group in groups {
            var lower = 0
            var upper = group.count
            while lower < upper {
                let middle = (lower + upper) / 2
                let number = group.number(at: middle)
                let found = self.rank(digits: group.digits, number: number)
                if found == rank { return (group.digits, number) }
                if found < rank { lower = middle + 1 } else { upper = middle }
            }
        }
        preconditionFailure("no id of rank \(rank)")
    }

    /// Calls `body` with the bytes of the id with `digits` digits and number `number`.
    func withBytes<Result>(digits: Int, number: UInt64, _ body: (UnsafeBufferPointer<UInt8>) -> Result)
        -> Result
    {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: prefix.count + digits) { buffer in
            let base = buffer.baseAddress!
            // Copied as bytes: initializing from the array as a sequence went element by
            // element through generic code, most of the cost of writing a meeting's id.
            prefix.withUnsafeBufferPointer { prefix in
                if let start = prefix.baseAddress { base.initialize(from: start, count: prefix.count) }
            }
            var rest = number
            for index in stride(from: prefix.count + digits - 1, through: prefix.count, by: -1) {
                let (quotient, digit) = rest.quotientAndRemainder(dividingBy: 10)
                (base + index).initialize(to: 0x30 + UInt8(digit))
                rest = quotient
            }
            return body(UnsafeBufferPointer(buffer))
        }
    }

    /// The rank of an id of the ids.
    private func rank(digits: Int, number: UInt64) -> Int {
        groups.reduce(0) { $0 + $1.count(below: Self.bound(of: $1.digits, before: digits, number)) }
    }

    /// The numbers of `groupDigits` digits whose ids come bytewise before the digits of
    /// `number` (`digits` of them) are those below the bound returned.
    ///
    /// A longer id comes before only if its first `digits` digits are smaller (equal
    /// ones make it longer, so after); a shorter one also when it equals the first digits.
    @inline(__always)
    static func bound(of groupDigits: Int, before digits: Int, _ number: UInt64) -> UInt64 {
        if groupDigits == digits { return number }
        if groupDigits > digits { return number * powersOfTen[groupDigits - digits] }
        return number / powersOfTen[digits - groupDigits] + 1
    }

    /// A number that orders ids as their bytes do: the digits left-aligned in 17 places,
    /// then the count of digits (a prefix of other digits comes first).
    static func orderKey(digits: Int, number: UInt64) -> UInt64 {
        (number * powersOfTen[maximumDigits - digits]) << 5 | UInt64(digits)
    }

    /// 10^0 … 10^17.
    static let powersOfTen: [UInt64] = (0...maximumDigits).map { power in
        (0..<power).reduce(UInt64(1)) { product, _ in product * 10 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// The count of digits and number of `bytes` when they are `prefix` and 1 to 17 digits.
    @inline(__always)
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, prefix: [UInt8]) -> (Int, UInt64)? {
        let prefixCount = prefix.count
        let digits = bytes.count - prefixCount
        guard digits >= 1 && digits <= maximumDigits, let base = bytes.baseAddress else { return nil }
        let isPrefixed = prefix.withUnsafeBufferPointer { prefix in
            prefixCount == 0 || memcmp(base, prefix.baseAddress!, prefixCount) == 0
        }
        guard isPrefixed else { return nil }
        var number: UInt64 = 0
        for index in prefixCount..<bytes.count {
            let digit = base[index] &- 0x30
            guard digit < 10 else { return nil }
            // At most 17 digits: below 10^17, no overflow to check.
            number = number &* 10 &+ UInt64(digit)
        }
        return (digits, number)
    }
}

extension PrefixedNumberIds {
    /// Reads the ids by rank, in steps when the ranks asked rise a little at a time (the
    /// meetings of the attendance table, written in order): the next id is the smallest of
    /// each group's next one.
    struct Reader {
        private let ids: PrefixedNumberIds
        /// The rank of the id the group positions are at, -1 before the first.
        private var rank = -1
        /// Per group: how many of its ids rank at or before `rank`.
        private var positions: [Int]
        /// Per group: the number at its position (valid while the position is below its count).
        private var numbers: [UInt64]
        /// The digits and number of the id at `rank`.
        private var current: (digits: Int, number: UInt64) = (0, 0)

        /// Per group: its count of digits, and how many ids it holds.
        private let digitCounts: [Int]
        private let counts: [Int]

        init(_ ids: PrefixedNumberIds) {
            self.ids = ids
            positions = [Int](repeating: 0, count: ids.groups.count)
            numbers = ids.groups.map { $0.count > 0 ? $0.number(at: 0) : 0 }
            digitCounts = ids.groups.map(\.digits)
            counts = ids.groups.map(\.count)
        }

        /// The digits and number of the id at `rank`.
        mutating func id(_ rank: Int) -> (digits: Int, number: UInt64) {
            if rank == self.rank { return current }
            if rank < self.rank || rank - self.rank > 64 { seek(rank) }
            while self.rank < rank { step() }
            return current
        }

        /// Moves to the id before `rank`, found by its rank.
        private mutating func seek(_ rank: Int) {
            self.rank = rank - 1
            guard rank > 0 else {
                self = Reader(ids)
                return
            }
            let (digits, number) = ids.id(rank - 1)
            current = (digits, number)
            for (index, group) in ids.groups.enumerated() {
                // Ids of the group up to and including the one found.
                positions[index] = group.count(
                    below: PrefixedNumberIds.bound(of: group.digits, before: digits, number)
                        + (group.digits == digits ? 1 : 0))
                if positions[index] < group.count { numbers[index] = group.number(at: positions[index]) }
            }
        }

        /// Moves to the next id.
        private mutating func step() {
            // Per-group facts from plain arrays: iterating `ids.groups` copied each group
            // (retaining its two arrays) at every step, a third of writing the ids.
            var best = 0
            if counts.count > 1 {
                best = -1
                var bestKey = UInt64.max
                for index in counts.indices where positions[index] < counts[index] {
                    let key = PrefixedNumberIds.orderKey(digits: digitCounts[index], number: numbers[index])
                    if key < bestKey {
                        best = index
                        bestKey = key
                    }
                }
            }
            precondition(best >= 0 && positions[best] < counts[best], "rank out of range")
            current = (digitCounts[best], numbers[best])
            rank += 1
            positions[best] += 1
            if positions[best] < counts[best] {
                numbers[best] = ids.groups[best].nextNumber(after: numbers[best])
            }
        }
    }
}

extension PrefixedNumberIds.Group {
    /// The smallest id number above `number`, which must exist.
    func nextNumber(after number: UInt64) -> UInt64 {
        var index = number - low + 1
        var word = Int(index >> 6)
        var bits = words[word] & ~((UInt64(1) << (index & 63)) &- 1)
        while bits == 0 {
            word += 1
            bits = words[word]
        }
        index = UInt64(word << 6 + bits.trailingZeroBitCount)
        return low + index
    }
}
