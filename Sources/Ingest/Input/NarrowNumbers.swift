/// A growable list of 32-bit numbers stored in 1, 2 or 4 bytes each: the narrowest width
/// that holds every number so far, widened (once per width) when a bigger one comes.
///
/// A column's cells are value numbers: a column of a few codes needs one byte per row, a
/// column of dates two, and only columns of nearly unique values (ids, names) four.
struct NarrowNumbers: Sendable {
    /// The numbers while they fit in a byte, then in two bytes (little-endian), then in
    /// four: one array per width, the others empty, so that an append is one append.
    private var bytes: [UInt8] = []
    private var halves: [UInt16] = []
    private var words: [UInt32] = []
    /// Bytes per number: 1, 2 or 4.
    private(set) var width = 1
    /// The number of numbers.
    private(set) var count = 0

    /// An empty list.
    init() {}

    /// Appends `number`.
    @inline(__always)
    mutating func append(_ number: UInt32) {
        if UInt64(number) >> UInt64(8 * width) != 0 { widen(toHold: number) }
        count += 1
        switch width {
        case 1: bytes.append(UInt8(truncatingIfNeeded: number))
        case 2: halves.append(UInt16(truncatingIfNeeded: number).littleEndian)
        default: words.append(number.littleEndian)
        }
    }

    /// Number `index`.
    subscript(index: Int) -> UInt32 {
        get {
            precondition(index >= 0 && index < count, "index \(index) out of range")
            switch width {
            case 1: return UInt32(bytes[index])
            case 2: return UInt32(UInt16(littleEndian: halves[index]))
            default: return UInt32(littleEndian: words[index])
            }
        }
        set {
            precondition(index >= 0 && index < count, "index \(index) out of range")
            widen(toHold: newValue)
            switch width {
            case 1: bytes[index] = UInt8(truncatingIfNeeded: newValue)
            case 2: halves[index] = UInt16(truncatingIfNeeded: newValue).littleEndian
            default: words[index] = newValue.littleEndian
            }
        }
    }

    /// Calls `body` with the numbers' bytes, `width` bytes each, little-endian.
    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        switch width {
        case 1: bytes.withUnsafeBytes(body)
        case 2: halves.withUnsafeBytes(body)
        default: words.withUnsafeBytes(body)
        }
    }

    /// Rewrites the list wider if `number` does not fit.
    private mutating func widen(toHold number: UInt32) {
        let needed = number <= UInt8.max ? 1 : number <= UInt16.max ? 2 : 4
        guard needed > width else { return }
        let old = self
        let capacity = Swift.max(count, width == 1 ? bytes.capacity : halves.capacity)
        if needed == 2 {
            halves.reserveCapacity(capacity)
            for index in 0..<count { halves.append(UInt16(truncatingIfNeeded: old[index]).littleEndian) }
        } else {
            words.reserveCapacity(capacity)
            for index in 0..<count { words.append(old[index].littleEndian) }
        }
        bytes = []
        if needed == 4 { halves = [] }
        width = needed
    }
}
