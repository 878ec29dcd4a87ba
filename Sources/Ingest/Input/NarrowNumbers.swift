/// A growable list of 32-bit numbers stored in 1, 2 or 4 bytes each: the narrowest width
/// that holds every number so far, widened (once per width) when a bigger one comes.
///
/// A column's cells are value numbers: a column of a few codes needs one byte per row, a
/// column of dates two, and only columns of nearly unique values (ids, names) four.
struct NarrowNumbers: Sendable {
    /// The numbers, `width` bytes each, little-endian.
    private var bytes: [UInt8] = []
    /// Bytes per number: 1, 2 or 4.
    private(set) var width = 1
    /// The number of numbers.
    private(set) var count = 0

    /// An empty list.
    init() {}

    /// Appends `number`.
    mutating func append(_ number: UInt32) {
        widen(toHold: number)
        count += 1
        switch width {
        case 1:
            bytes.append(UInt8(number))
        case 2:
            bytes.append(UInt8(truncatingIfNeeded: number))
            bytes.append(UInt8(truncatingIfNeeded: number >> 8))
        default:
            bytes.append(UInt8(truncatingIfNeeded: number))
            bytes.append(UInt8(truncatingIfNeeded: number >> 8))
            bytes.append(UInt8(truncatingIfNeeded: number >> 16))
            bytes.append(UInt8(truncatingIfNeeded: number >> 24))
        }
    }

    /// Number `index`.
    subscript(index: Int) -> UInt32 {
        get {
            precondition(index >= 0 && index < count, "index \(index) out of range")
            return bytes.withUnsafeBytes { raw in
                switch width {
                case 1: UInt32(raw[index])
                case 2:
                    UInt32(
                        UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: 2 * index, as: UInt16.self)))
                default: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self))
                }
            }
        }
        set {
            precondition(index >= 0 && index < count, "index \(index) out of range")
            widen(toHold: newValue)
            for byte in 0..<width {
                bytes[width * index + byte] = UInt8(truncatingIfNeeded: newValue >> (8 * byte))
            }
        }
    }

    /// Calls `body` with the numbers' bytes, `width` bytes each, little-endian.
    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        bytes.withUnsafeBytes(body)
    }

    /// Rewrites the list wider if `number` does not fit.
    private mutating func widen(toHold number: UInt32) {
        let needed = number <= UInt8.max ? 1 : number <= UInt16.max ? 2 : 4
        guard needed > width else { return }
        let old = self
        var wider = [UInt8]()
        wider.reserveCapacity(Swift.max(count * needed, bytes.capacity / width * needed))
        for index in 0..<count {
            let value = old[index]
            for byte in 0..<needed { wider.append(UInt8(truncatingIfNeeded: value >> (8 * byte))) }
        }
        bytes = wider
        width = needed
    }
}
