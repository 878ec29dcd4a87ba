#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file through a temporary sibling and renames it into place on `commit()`,
/// so a reader never sees a half-written file and a failed stage leaves the previous
/// file untouched.
///
/// The temporary file is a new file (`O_CREAT | O_EXCL`, never an existing file or a
/// planted symbolic link) created with the mode of its `Confidentiality`: an owner-only
/// file is 0600 from its first byte whatever the umask, and the rename keeps that mode.
///
/// Bytes are buffered in 1 MiB blocks. A writer that is never committed removes its
/// temporary file when it is discarded.
///
/// A writer made `bypassingPageCache` (gigabyte tables) writes with `O_DIRECT` where the
/// file system allows it, from an aligned block of its own: on the virtual machines this
/// project runs on, every page the page cache takes afresh costs the host a fault, and
/// copying 2.4 GB of attendance into the page cache took a whole core for 6–8 s, where
/// the disk takes the same bytes at 1.8 GB/s without the copy. The last partial block is
/// written through the page cache; a file system that refuses `O_DIRECT` gets every byte
/// that way. The bytes written are the same.
public final class AtomicFileWriter {
    /// The final path of the file.
    public let path: String
    /// Who may read the file.
    public let confidentiality: Confidentiality
    let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var isFinished = false
    private var isClosed = false
    private static let blockSize = 1 << 20
    /// The aligned block of a writer bypassing the page cache, nil otherwise.
    private var direct: DirectBlock?
    /// When set (before the first byte), every byte written is also added to it, in
    /// order: the stamp of the file in place, without reading it back.
    public var stampAccumulator: AttendanceCompanion.Stamp.Accumulator?

    /// Creates the temporary file next to `path` with the permissions of
    /// `confidentiality`; with `bypassingPageCache`, writes without the page cache where
    /// the file system allows it (see above).
    public init(path: String, confidentiality: Confidentiality, bypassingPageCache: Bool = false)
        throws(FileError)
    {
        self.path = path
        self.confidentiality = confidentiality
        let mode = confidentiality.fileMode
        var attempt = 0
        var candidate = path + ".tmp-\(getpid())"
        var opened: Int32 = -1
        while true {
            opened = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if opened >= 0 { break }
            // A leftover of a crashed run with the same process id: take the next name
            // rather than reuse a file someone else may hold open or have planted.
            guard errno == EEXIST, attempt < 100 else {
                throw FileError(path: path, operation: "create", code: errno)
            }
            attempt += 1
            candidate = path + ".tmp-\(getpid())-\(attempt)"
        }
        descriptor = opened
        temporaryPath = candidate
        // The umask may only narrow the creation mode, and an owner-only file is already
        // 0600 or narrower; set it exactly so the owner can read it back.
        if confidentiality == .ownerOnly && fchmod(descriptor, mode) != 0 {
            let code = errno
            close(descriptor)
            unlink(temporaryPath)
            throw FileError(path: path, operation: "chmod", code: code)
        }
        if bypassingPageCache, DirectBlock.enable(on: descriptor) {
            direct = DirectBlock()
        } else {
            buffer.reserveCapacity(AtomicFileWriter.blockSize)
        }
    }

    deinit {
        if !isFinished {
            if !isClosed { close(descriptor) }
            unlink(temporaryPath)
        }
    }

    /// Appends bytes.
    public func write(_ bytes: some Collection<UInt8>) throws(FileError) {
        if let direct {
            let outcome = bytes.withContiguousStorageIfAvailable { storage in
                Result { () throws(FileError) in
                    try writeDirectly(UnsafeRawBufferPointer(storage), to: direct)
                }
            }
            if let outcome { return try outcome.get() }
            return try write(Array(bytes))
        }
        // A big piece (a whole report) is written from its own storage rather than
        // copied into the buffer first, which would double its memory.
        if bytes.count >= AtomicFileWriter.blockSize {
            let outcome = bytes.withContiguousStorageIfAvailable { storage in
                Result { () throws(FileError) in
                    try flush()
                    try writeAll(UnsafeRawBufferPointer(storage))
                }
            }
            if let outcome { return try outcome.get() }
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= AtomicFileWriter.blockSize { try flush() }
    }

    /// Appends the UTF-8 bytes of a string.
    public func write(_ text: String) throws(FileError) {
        try write(text.utf8)
    }

    private func flush() throws(FileError) {
        if let direct {
            // The whole blocks without the page cache, the rest (less than a block, at the
            // end of the file) through it.
            let whole = direct.count & ~(DirectBlock.alignment - 1)
            try writeAll(UnsafeRawBufferPointer(start: direct.bytes, count: whole))
            if whole < direct.count {
                DirectBlock.disable(on: descriptor)
                try writeAll(UnsafeRawBufferPointer(start: direct.bytes + whole, count: direct.count - whole))
            }
            direct.count = 0
            return
        }
        try buffer.withUnsafeBytes { raw in Result { () throws(FileError) in try writeAll(raw) } }.get()
        buffer.removeAll(keepingCapacity: true)
    }

    /// Copies `raw` into the aligned block, writing it out whenever it is full.
    private func writeDirectly(_ raw: UnsafeRawBufferPointer, to direct: DirectBlock) throws(FileError) {
        var offset = 0
        while offset < raw.count {
            let count = min(raw.count - offset, DirectBlock.capacity - direct.count)
            (direct.bytes + direct.count).copyMemory(from: raw.baseAddress! + offset, byteCount: count)
            direct.count += count
            offset += count
            if direct.count == DirectBlock.capacity {
                try writeAll(UnsafeRawBufferPointer(start: direct.bytes, count: direct.count))
                direct.count = 0
            }
        }
    }

    private func writeAll(_ raw: UnsafeRawBufferPointer) throws(FileError) {
        stampAccumulator?.add(raw)
        var offset = 0
        while offset < raw.count {
            let written = systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                // A file system that takes O_DIRECT at open but not these writes: the
                // rest goes through the page cache.
                if errno == EINVAL && direct != nil && DirectBlock.disable(on: descriptor) { continue }
                throw FileError(path: path, operation: "write", code: errno)
            }
            offset += written
            // A short write leaves the next one unaligned: through the page cache.
            if offset & (DirectBlock.alignment - 1) != 0 && direct != nil {
                DirectBlock.disable(on: descriptor)
            }
        }
    }

    /// Flushes, closes and renames the file into place.
    public func commit() throws(FileError) {
        try finishWriting()
        try moveIntoPlace()
    }

    /// Flushes and closes the temporary file: every byte is written, nothing is in place
    /// yet. A writer discarded after this still removes its temporary file.
    public func finishWriting() throws(FileError) {
        guard !isClosed else { return }
        try flush()
        direct = nil
        isClosed = true
        if close(descriptor) != 0 {
            isFinished = true
            unlink(temporaryPath)
            throw FileError(path: path, operation: "close", code: errno)
        }
    }

    /// Renames the finished temporary file into place.
    public func moveIntoPlace() throws(FileError) {
        try finishWriting()
        isFinished = true
        if rename(temporaryPath, path) != 0 {
            let code = errno
            unlink(temporaryPath)
            throw FileError(path: path, operation: "rename", code: code)
        }
    }

    /// Writes a whole file atomically in one call.
    public static func write(
        _ text: String, to path: String, confidentiality: Confidentiality
    ) throws(FileError) {
        let writer = try AtomicFileWriter(path: path, confidentiality: confidentiality)
        try writer.write(text)
        try writer.commit()
    }
}

// `write` is shadowed by the methods above inside the class.
@inline(__always)
private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, pointer, count)
}

/// The aligned block through which an `AtomicFileWriter` writes without the page cache,
/// and the switching of `O_DIRECT` on its file.
private final class DirectBlock {
    /// The alignment of addresses, sizes and offsets that `O_DIRECT` asks for (the
    /// logical block size of every disk in use, or a multiple of it).
    static let alignment = 4096
    /// The bytes a block holds: big enough that each write keeps the disk busy.
    static let capacity = 4 << 20
    let bytes: UnsafeMutableRawPointer
    var count = 0

    init() {
        bytes = .allocate(byteCount: Self.capacity, alignment: Self.alignment)
    }

    deinit { bytes.deallocate() }

    /// `O_DIRECT` on Linux, where its value depends on the architecture; nil elsewhere.
    private static var flag: Int32? {
        #if os(Linux) && arch(x86_64)
            return 0o40000
        #elseif os(Linux) && arch(arm64)
            return 0o200000
        #else
            return nil
        #endif
    }

    /// Turns `O_DIRECT` on for `descriptor`; false when the system or file system refuses.
    static func enable(on descriptor: Int32) -> Bool {
        guard let flag else { return false }
        let flags = fcntl(descriptor, F_GETFL)
        return flags >= 0 && fcntl(descriptor, F_SETFL, flags | flag) == 0
    }

    /// Turns `O_DIRECT` off for `descriptor`; whether it was turned off.
    @discardableResult
    static func disable(on descriptor: Int32) -> Bool {
        guard let flag else { return false }
        let flags = fcntl(descriptor, F_GETFL)
        guard flags >= 0, flags & flag != 0 else { return false }
        return fcntl(descriptor, F_SETFL, flags & ~flag) == 0
    }
}
