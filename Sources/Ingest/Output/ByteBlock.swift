/// Bytes in memory of their own, grown as needed: filled through a pointer by a thread
/// formatting rows and written by another, then freed by whoever holds it last
/// (`deallocate()`), with no array appended field by field.
struct ByteBlock {
    /// The first byte.
    private(set) var start: UnsafeMutablePointer<UInt8>
    /// The room in bytes.
    private(set) var capacity: Int
    /// The bytes filled.
    var count = 0

    /// An empty block with room for `capacity` bytes.
    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        start = .allocate(capacity: self.capacity)
    }

    /// Where the next byte goes.
    var end: UnsafeMutablePointer<UInt8> { start + count }

    /// The bytes filled.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    /// Makes room for `extra` more bytes after the filled ones.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(toHold: count + extra) }
    }

    /// Appends `byte`, for which there must be room.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        start[count] = byte
        count += 1
    }

    private mutating func grow(toHold needed: Int) {
        let grown = max(needed, capacity * 2)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        larger.update(from: start, count: count)
        start.deallocate()
        start = larger
        capacity = grown
    }

    /// Frees the memory; the block is not used again.
    func deallocate() {
        start.deallocate()
    }
}
