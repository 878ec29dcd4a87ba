/// One column of a `RowStore` seen through pointers into its arrays, valid only inside
/// `RowStore.withColumnViews`: the value numbers, `width` bytes each, and the values.
struct ColumnView {
    let cells: UnsafeRawBufferPointer
    let width: Int
    let bytes: UnsafeBufferPointer<UInt8>
    let starts: UnsafeBufferPointer<UInt32>

    /// The value number of row `row`.
    @inline(__always)
    func number(_ row: Int) -> Int {
        switch width {
        case 1: Int(cells[row])
        case 2: Int(UInt16(littleEndian: cells.loadUnaligned(fromByteOffset: 2 * row, as: UInt16.self)))
        default: Int(UInt32(littleEndian: cells.loadUnaligned(fromByteOffset: 4 * row, as: UInt32.self)))
        }
    }

    /// The bytes of the value of row `row`.
    @inline(__always)
    func field(_ row: Int) -> UnsafeBufferPointer<UInt8> {
        let number = number(row)
        let start = Int(starts[number])
        return UnsafeBufferPointer(rebasing: bytes[start..<Int(starts[number + 1])])
    }
}
