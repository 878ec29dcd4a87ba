/// The accepted ids of a table in bytewise order, numbered by that order (their rank).
///
/// The attendance check looks up hundreds of millions of ids, building no `String`. Ids
/// that are one prefix and a number (exports number members and meetings so) are held as
/// bitmaps of their numbers (`PrefixedNumberIds`): a few bits per id, and the table's id
/// column can be freed once it is written. Other ids share the bytes and the hash table of
/// the table's interned id column: a look-up hashes the borrowed bytes of a CSV field into
/// the column and maps the value's number to its rank, 8 bytes per id (a rank per value, a
/// value per rank) rather than a `String`, a second copy of the bytes and a second hash
/// table.
struct RankedIds {
    private enum Storage {
        /// The id column (accepted ids and the ids of rejected rows); the rank of each
        /// value by number (`unranked` for a value no accepted row holds); the value number
        /// of each rank.
        case interned(values: InternedValues, ranks: [UInt32], numbers: [UInt32])
        case numbered(PrefixedNumberIds)
    }

    private let storage: Storage
    private static let unranked = UInt32.max

    /// The ids `values` numbers `numbers`, ranked in that order. Numbers must be distinct.
    ///
    /// `numbers` may be computed lazily: numbered ids are built without an array of them.
    init(values: InternedValues, numbers: some RandomAccessCollection<UInt32>) {
        precondition(numbers.count < Int(Int32.max), "too many ids")
        if let numbered = PrefixedNumberIds(values: values, numbers: numbers) {
            storage = .numbered(numbered)
            return
        }
        let numbers = Array(numbers)
        // The table may have dropped its look-ups, which only ids not held as numbers need.
        var values = values
        values.restoreLookUps()
        var ranks = [UInt32](repeating: RankedIds.unranked, count: values.count)
        for (rank, number) in numbers.enumerated() {
            precondition(ranks[Int(number)] == RankedIds.unranked, "an id ranked twice")
            ranks[Int(number)] = UInt32(rank)
        }
        storage = .interned(values: values, ranks: ranks, numbers: numbers)
    }

    /// `ids`, ranked in their order (tests). Ids must be distinct.
    init(_ ids: [String]) {
        var values = InternedValues()
        let numbers = ids.map { values.number(of: $0) }
        self.init(values: values, numbers: numbers)
    }

    /// Whether the ids are held as numbers rather than bytes: the id column is then not
    /// needed to look them up.
    var isNumbered: Bool {
        if case .numbered = storage { return true }
        return false
    }

    /// The ids, when held as numbers: the attendance check probes their bitmaps straight
    /// (`NumberedIdProbe`).
    var numberedIds: PrefixedNumberIds? {
        if case .numbered(let ids) = storage { return ids }
        return nil
    }

    /// The number of ranked ids.
    var count: Int {
        switch storage {
        case .interned(_, _, let numbers): numbers.count
        case .numbered(let ids): ids.count
        }
    }

    /// The rank of the id `bytes`, or nil when no accepted row holds it.
    @inline(__always)
    func rank(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        switch storage {
        case .interned(let values, let ranks, _):
            guard let number = values.lookUp(bytes) else { return nil }
            let rank = ranks[Int(number)]
            return rank == RankedIds.unranked ? nil : Int32(rank)
        case .numbered(let ids):
            return ids.rank(of: bytes).map { Int32($0) }
        }
    }

    /// The rank of `id`, or nil.
    func rank(of id: String) -> Int32? {
        var id = id
        return id.withUTF8 { rank(of: $0) }
    }

    /// The id of rank `rank`.
    func id(_ rank: Int) -> String { withBytes(of: rank) { String(decoding: $0, as: UTF8.self) } }

    /// Calls `body` with the bytes of the id of rank `rank`.
    func withBytes<Result>(of rank: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch storage {
        case .interned(let values, _, let numbers):
            return values.withBytes(of: numbers[rank], body)
        case .numbered(let ids):
            let (digits, number) = ids.id(rank)
            return ids.withBytes(digits: digits, number: number, body)
        }
    }

    /// Reads ids by rank, fastest when the ranks asked rise a little at a time (the
    /// meetings of the attendance table, in output order).
    struct Reader {
        private let ids: RankedIds
        /// The ids held as numbers, taken out of `ids` once: matching the storage at every
        /// id copied it, retaining its arrays.
        private let numberedIds: PrefixedNumberIds?
        private var numbered: PrefixedNumberIds.Reader?

        /// A reader of `ids`.
        init(_ ids: RankedIds) {
            self.ids = ids
            if case .numbered(let numbered) = ids.storage {
                numberedIds = numbered
                self.numbered = PrefixedNumberIds.Reader(numbered)
            } else {
                numberedIds = nil
            }
        }

        /// Calls `body` with the bytes of the id of rank `rank`.
        mutating func withBytes<Result>(of rank: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result)
            -> Result
        {
            guard numbered != nil else { return ids.withBytes(of: rank, body) }
            let (digits, number) = numbered!.id(rank)
            return numberedIds!.withBytes(digits: digits, number: number, body)
        }
    }
}
