/// The accepted ids of a table in bytewise order, numbered by that order (their rank),
/// sharing the bytes and the hash table of the table's interned id column.
///
/// The attendance check looks up hundreds of millions of ids: a look-up hashes the
/// borrowed bytes of a CSV field into the interned column and maps the value's number to
/// its rank, building no `String`. Holding the column instead of a copy of every id
/// costs 8 bytes per id (a rank per value, a value per rank) rather than a `String`,
/// a second copy of the bytes and a second hash table.
struct RankedIds {
    /// The id column: accepted ids and the ids of rejected rows.
    private let values: InternedValues
    /// The rank of each value, by number; `RankedIds.unranked` for a value no accepted
    /// row holds.
    private let ranks: [UInt32]
    /// The value number of each rank.
    private let numbers: [UInt32]
    private static let unranked = UInt32.max

    /// The ids `values` numbers `numbers`, ranked in that order. Numbers must be distinct.
    init(values: InternedValues, numbers: [UInt32]) {
        precondition(numbers.count < Int(Int32.max), "too many ids")
        var ranks = [UInt32](repeating: RankedIds.unranked, count: values.count)
        for (rank, number) in numbers.enumerated() {
            precondition(ranks[Int(number)] == RankedIds.unranked, "an id ranked twice")
            ranks[Int(number)] = UInt32(rank)
        }
        self.values = values
        self.ranks = ranks
        self.numbers = numbers
    }

    /// `ids`, ranked in their order (tests). Ids must be distinct.
    init(_ ids: [String]) {
        var values = InternedValues()
        let numbers = ids.map { values.number(of: $0) }
        self.init(values: values, numbers: numbers)
    }

    /// The number of ranked ids.
    var count: Int { numbers.count }

    /// The rank of the id `bytes`, or nil when no accepted row holds it.
    @inline(__always)
    func rank(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let number = values.lookUp(bytes) else { return nil }
        let rank = ranks[Int(number)]
        return rank == RankedIds.unranked ? nil : Int32(rank)
    }

    /// The rank of `id`, or nil.
    func rank(of id: String) -> Int32? {
        var id = id
        return id.withUTF8 { rank(of: $0) }
    }

    /// The id of rank `rank`.
    func id(_ rank: Int) -> String { values.string(numbers[rank]) }

    /// Calls `body` with the bytes of the id of rank `rank`.
    func withBytes<Result>(of rank: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        values.withBytes(of: numbers[rank], body)
    }
}
