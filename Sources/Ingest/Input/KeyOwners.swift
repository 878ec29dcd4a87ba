/// The row that owns each value of a table's key column: the first row, in physical
/// order, that carries it (`ParsedTable.claimKeys(column:code:)`).
struct KeyOwners {
    /// The column's distinct values.
    let values: InternedValues
    /// The owning row of each value, by value number; -1 for the empty value.
    let rows: [Int32]

    /// The row owning `bytes`, or nil when no row carries it.
    func row(for bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let number = values.lookUp(bytes), rows[Int(number)] >= 0 else { return nil }
        return Int(rows[Int(number)])
    }

    /// The row owning `key`, or nil when no row carries it.
    subscript(key: String) -> Int? {
        var key = key
        return key.withUTF8 { row(for: $0) }
    }

    /// Every owning row, in physical order.
    var ownerRows: [Int] {
        rows.filter { $0 >= 0 }.map(Int.init).sorted()
    }
}

/// The accepted ids of a table with what a referencing row needs to know about each
/// (`ParsedTable.acceptedKeys`): looked up by bytes, with no `String` key per row.
struct IdLookup<Target> {
    /// The id column's distinct values, rejected rows' ids included.
    let values: InternedValues
    /// The target of each value by value number, nil when no accepted row carries it.
    let targets: [Target?]

    /// The target of id `bytes`, nil when no accepted row carries it.
    func target(for bytes: UnsafeBufferPointer<UInt8>) -> Target? {
        guard let number = values.lookUp(bytes) else { return nil }
        return targets[Int(number)]
    }

    /// The target of id `id`, nil when no accepted row carries it.
    subscript(id: String) -> Target? {
        var id = id
        return id.withUTF8 { target(for: $0) }
    }

    /// The same ids with `transform` of each target.
    func mapTargets<Other>(_ transform: (Target) -> Other?) -> IdLookup<Other> {
        IdLookup<Other>(values: values, targets: targets.map { $0.flatMap(transform) })
    }
}
