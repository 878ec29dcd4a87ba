import ChiboCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `normalized/attendance.bin` (`AttendanceCompanion`) being read: opened only when its
/// header and trailer are whole and of this version; its rows are the CSV's rows only
/// when the stamps in the trailer (size and fingerprint of the bytes) are those of
/// attendance.csv, meetings.csv and members.csv as they are now, which a
/// `CompanionStampCheck` works out beside the reading from the moment the file is opened
/// (`describesFiles`: nothing read from the companion is kept before it says so). Its
/// words are read by `Words` readers, each of a range of them through a block buffer of
/// its own (two may read at once); a reader that finds anything wrong leaves the CSV to
/// be read.
final class AttendanceCompanionFile: @unchecked Sendable {
    /// The trailer, whose stamps are being checked against the files.
    let trailer: AttendanceCompanion.Trailer
    private let descriptor: Int32
    private let stampCheck: CompanionStampCheck
    fileprivate static let blockWords = 1 << 18

    /// The companion of the normalized folder `directory`, its stamps being checked
    /// against the files there from now on; nil when it is missing, of another version
    /// or truncated.
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
            AttendanceCompanion.headerSize + trailer.wordCount * 4 + trailerSize == Int(status.st_size)
        else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.trailer = trailer
        stampCheck = CompanionStampCheck(
            paths: AttendanceCompanion.describedPaths(in: directory), stamps: trailer.stamps)
    }

    deinit {
        stampCheck.stop()
        close(descriptor)
    }

    /// Whether the files of the folder hold the bytes the companion was written from, so
    /// that its rows are theirs: waits for the check of their stamps.
    var describesFiles: Bool { stampCheck.isMatched }

    /// Stops checking the stamps, for a companion that will not be used.
    func stopCheckingFiles() { stampCheck.stop() }

    /// A reader of the body's words `range` (indexes from 0).
    func words(_ range: Range<Int>) -> Words { Words(file: self, range: range) }

    /// The first marker word at or after word `index`, within a block's reach: its index
    /// and meeting; nil when there is none there or the read fails.
    func firstMarker(atOrAfter index: Int) -> (index: Int, meeting: Int)? {
        let reader = words(index..<min(trailer.wordCount, index + Self.blockWords))
        guard let block = reader.nextWords(),
            let found = block.firstIndex(where: { $0 & 3 == AttendanceCompanion.markerTag })
        else { return nil }
        return (index + found, Int(block[found] >> 2))
    }

    /// The words of a range of the body, read in order.
    final class Words {
        private let file: AttendanceCompanionFile
        private var block: UnsafeMutablePointer<UInt32>
        /// The file offsets of the next word and of the word after the range.
        private var offset: Int
        private let end: Int
        /// The checksum of the words read so far.
        private(set) var checksum = AttendanceCompanion.Checksum()
        /// The number of words in the range.
        let count: Int
        /// Whether a read failed or came short.
        private(set) var isBroken = false

        fileprivate init(file: AttendanceCompanionFile, range: Range<Int>) {
            self.file = file
            offset = AttendanceCompanion.headerSize + range.lowerBound * 4
            end = AttendanceCompanion.headerSize + range.upperBound * 4
            count = range.count
            block = .allocate(capacity: AttendanceCompanionFile.blockWords)
        }

        deinit { block.deallocate() }

        /// The next words (in host order), valid until the next call; nil at the end of
        /// the range or when a read fails.
        func nextWords() -> UnsafeBufferPointer<UInt32>? {
            guard offset < end, !isBroken else { return nil }
            let count = min(AttendanceCompanionFile.blockWords, (end - offset) / 4)
            let isRead = AttendanceCompanionFile.read(
                file.descriptor, into: UnsafeMutableRawPointer(block), count: count * 4, at: offset)
            guard isRead else {
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

        /// Whether every word of the range was read.
        var isRead: Bool { !isBroken && offset == end }
    }
    private static func read(_ descriptor: Int32, count: Int, at offset: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        let isRead = bytes.withUnsafeMutableBytes { buffer in
            read(descriptor, into: buffer.baseAddress!, count: count, at: offset)
        }
        return isRead ? bytes : nil
    }

    fileprivate static func read(
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
