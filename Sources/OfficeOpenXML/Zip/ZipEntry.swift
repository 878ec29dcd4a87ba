import Dispatch

/// One entry of a `ZipArchive`, checked, checksummed and compressed before it is added:
/// DEFLATE unless that would not make it smaller, then stored.
public struct ZipEntry: Sendable {
    /// The entry's path in the archive.
    public let name: String
    let nameBytes: [UInt8]
    let checksum: UInt32
    /// The bytes as they go into the archive (compressed or stored).
    let stored: [UInt8]
    let isDeflated: Bool
    /// The size of the contents before compression.
    let contentsCount: Int

    /// Prepares `contents` under `name` (a relative path with `/` separators).
    public init(_ name: String, contents: [UInt8]) throws(ZipError) {
        let nameBytes = try ZipEntry.checkedName(name)
        guard contents.count < ZipArchive.limit else { throw .tooLarge(entry: name) }
        let compressed = Deflater.compress(contents)
        let isDeflated = compressed.count < contents.count
        self.init(
            name: name, nameBytes: nameBytes, checksum: CRC32.checksum(contents),
            stored: isDeflated ? compressed : contents, isDeflated: isDeflated, contentsCount: contents.count)
    }

    /// Prepares the bytes `produce` makes under `name`, compressed while they are made:
    /// `produce` hands pieces to the stream it is given and returns the rest, so that a big
    /// part is never held whole. Should compression not make the part smaller, `produce`
    /// runs again, given no stream, to return the bytes to store.
    public init(_ name: String, producing produce: (inout Stream?) -> [UInt8]) throws(ZipError) {
        let nameBytes = try ZipEntry.checkedName(name)
        var stream: Stream? = Stream()
        let rest = produce(&stream)
        guard var finished = stream else { preconditionFailure("the stream was taken away") }
        finished.add(rest)
        let (compressed, checksum) = finished.compressor.finish()
        guard finished.count < ZipArchive.limit else { throw .tooLarge(entry: name) }
        guard compressed.count < finished.count else {
            var none: Stream? = nil
            try self.init(name, contents: produce(&none))
            return
        }
        self.init(
            name: name, nameBytes: nameBytes, checksum: checksum, stored: compressed,
            isDeflated: true, contentsCount: finished.count)
    }

    private init(
        name: String, nameBytes: [UInt8], checksum: UInt32, stored: [UInt8], isDeflated: Bool,
        contentsCount: Int
    ) {
        self.name = name
        self.nameBytes = nameBytes
        self.checksum = checksum
        self.stored = stored
        self.isDeflated = isDeflated
        self.contentsCount = contentsCount
    }

    private static func checkedName(_ name: String) throws(ZipError) -> [UInt8] {
        let nameBytes = Array(name.utf8)
        guard !nameBytes.isEmpty, nameBytes.count <= Int(UInt16.max), nameBytes.first != UInt8(ascii: "/"),
            !nameBytes.contains(UInt8(ascii: "\\"))
        else { throw .invalidName(name) }
        return nameBytes
    }

    /// The contents of an entry as they are made: compressed and checksummed piece by piece.
    ///
    /// The pieces are compressed on another thread, in the order they are added, while
    /// the caller makes the next ones: the same bytes as compressing them in turn, in
    /// about the time of the slower of the two. A few pieces at most wait their turn.
    public struct Stream {
        fileprivate let compressor = Compressor()
        /// The bytes added so far.
        public private(set) var count = 0

        /// Adds the next piece of the contents.
        public mutating func add(_ bytes: [UInt8]) {
            compressor.add(bytes)
            count += bytes.count
        }
    }
}

/// The DEFLATE stream and CRC-32 of a `ZipEntry.Stream`, worked out on a serial queue.
private final class Compressor: @unchecked Sendable {
    // Touched only by blocks of `queue`, one at a time, and read after `queue.sync`.
    private var deflater = Deflater.Stream()
    private var checksum = CRC32()
    private let queue = DispatchQueue(label: "chibo.zip-entry.compressor")
    /// Pieces that may be queued at once, which bounds the memory they hold.
    private let slots = DispatchSemaphore(value: 4)

    func add(_ bytes: [UInt8]) {
        slots.wait()
        queue.async {
            bytes.withUnsafeBufferPointer { buffer in
                self.deflater.feed(buffer)
                self.checksum.update(buffer)
            }
            self.slots.signal()
        }
    }

    /// Waits for the pieces added so far, then ends the stream.
    func finish() -> (compressed: [UInt8], checksum: UInt32) {
        queue.sync { (deflater.finish(), checksum.value) }
    }
}
