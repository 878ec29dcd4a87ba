import ChiboCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `normalized/attendance.bin` (`AttendanceCompanion`) being read: opened only when its
/// header and trailer are whole and of this version, and the stamps in the trailer are
/// those of attendance.csv, meetings.csv and members.csv as they are now, so that its rows
/// are the CSV's rows. Its words are read in order through a block buffer and checked
/// (`nextWords()`, `isComplete`); a reader that finds anything wrong leaves the CSV to be
/// read.
final class AttendanceCompanionFile {
    /// The trailer, checked against the files.
    let trailer: AttendanceCompanion.Trailer
    private let descriptor: Int32
    private var block: UnsafeMutablePointer<UInt32>
    /// The file offset of the word after the block.
    private var offset = AttendanceCompanion.headerSize
    private let end: Int
    private var checksum = AttendanceCompanion.Checksum()
    /// Whether a read failed or came short.
    private(set) var isBroken = false
    private static let blockWords = 1 << 18

    /// The companion of the normalized folder `directory` when it describes the files
    /// there now; nil otherwise (missing, of another version, truncated, or stale).
    init?(directory: String) {
        let descriptor = open(AttendanceCompanion.path(in: directory), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        let trailerSize = AttendanceCompanion.Trailer.size
        guard fstat(descriptor, &status) == 0,
            Int(status.st_size) >= AttendanceCompanion.headerSize + trailerSize,
            let header = Self.read(descriptor, count: AttendanceCompanion.headerSize, at: 0),
            header == AttendanceCompanion.header,
            let trailerBytes = Self.read(
                descriptor, count: trailerSize, at: Int(status.st_size) - trailerSize),
            let trailer = AttendanceCompanion.Trailer(bytes: trailerBytes),
            trailer.wordCount <= (Int(status.st_size) - AttendanceCompanion.headerSize - trailerSize) / 4,
            AttendanceCompanion.headerSize + trailer.wordCount * 4 + trailerSize == Int(status.st_size),
            AttendanceCompanion.describedPaths(in: directory).map(AttendanceCompanion.Stamp.init)
                == trailer.stamps
        else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.trailer = trailer
        end = AttendanceCompanion.headerSize + trailer.wordCount * 4
        block = .allocate(capacity: Self.blockWords)
    }

    deinit {
        block.deallocate()
        close(descriptor)
    }

    /// The next words of the body (in host order), valid until the next call; nil at
    /// the end of the body or when a read fails.
    func nextWords() -> UnsafeBufferPointer<UInt32>? {
        guard offset < end, !isBroken else { return nil }
        let count = min(Self.blockWords, (end - offset) / 4)
        guard Self.read(descriptor, into: UnsafeMutableRawPointer(block), count: count * 4, at: offset) else {
            isBroken = true
            return nil
        }
        #if _endian(big)
            for index in 0..<count { block[index] = UInt32(littleEndian: block[index]) }
        #endif
        let words = UnsafeBufferPointer(start: block, count: count)
        checksum.add(words)
        offset += count * 4
        return words
    }

    /// Whether every word was read and the body's checksum is the trailer's.
    var isComplete: Bool {
        !isBroken && offset == end && checksum == trailer.checksum
    }

    private static func read(_ descriptor: Int32, count: Int, at offset: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        let isRead = bytes.withUnsafeMutableBytes { buffer in
            read(descriptor, into: buffer.baseAddress!, count: count, at: offset)
        }
        return isRead ? bytes : nil
    }

    private static func read(
        _ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int
    ) -> Bool {
        var done = 0
        while done < count {
            let got = pread(descriptor, buffer + done, count - done, off_t(offset + done))
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { return false }
            done += got
        }
        return true
    }
}
