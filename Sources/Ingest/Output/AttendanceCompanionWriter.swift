import ChiboCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes `normalized/attendance.bin` (`AttendanceCompanion`) beside attendance.csv, from
/// the same records, to an owner-only temporary file.
///
/// The companion only saves the indicators stage time, so it never fails the run: a write
/// that fails drops it (and a companion of an earlier run is removed), and the indicators
/// read the CSV. It is completed once the CSV files it describes are in place (their
/// stamps, size and fingerprint of the bytes, are read from them there) and renamed after
/// them, so a run stopped in between leaves an earlier companion that matches the files
/// only if their bytes are the same as before; otherwise the indicators ignore it.
final class AttendanceCompanionWriter {
    /// The temporary file, its header written.
    private var file: AtomicFileWriter?
    /// The normalized folder.
    let directory: String
    private let meetingCount: Int
    private let memberCount: Int
    private var block: UnsafeMutablePointer<UInt32>
    private var used = 0
    private var wordCount = 0
    private var markerCount = 0
    private var meeting = -1
    private var checksum = AttendanceCompanion.Checksum()
    private static let blockWords = 1 << 18
    /// Where full blocks go while the rows are appended (the table writer's thread); nil
    /// once every row is appended, when the last block is written here.
    var writeBehind: WriteBehind?

    /// A companion in the normalized folder `directory` of rows whose ranks are row numbers
    /// of the `meetingCount` meetings and `memberCount` members; nil when the numbers do not
    /// fit its words or the file cannot be created (the indicators then read the CSV).
    init?(directory: String, meetingCount: Int, memberCount: Int) {
        guard meetingCount <= AttendanceCompanion.largestRowNumber + 1,
            memberCount <= AttendanceCompanion.largestRowNumber + 1,
            let file = try? AtomicFileWriter(
                path: AttendanceCompanion.path(in: directory), confidentiality: .ownerOnly),
            (try? file.write(AttendanceCompanion.header)) != nil
        else { return nil }
        self.file = file
        self.directory = directory
        self.meetingCount = meetingCount
        self.memberCount = memberCount
        block = .allocate(capacity: Self.blockWords + 1)
    }

    deinit { block.deallocate() }

    /// Appends a row of member `member` with status index `status` at meeting `meeting`
    /// (ranks), after the rows of every meeting before it.
    @inline(__always)
    func append(meeting: Int, member: Int, status: Int) {
        if meeting != self.meeting {
            self.meeting = meeting
            markerCount += 1
            put(AttendanceCompanion.markerWord(meeting: meeting))
        }
        put(AttendanceCompanion.rowWord(member: member, status: status))
    }

    @inline(__always)
    private func put(_ word: UInt32) {
        block[used] = word
        used += 1
        if used == Self.blockWords { flush() }
    }

    /// Writes the words appended so far; a failure drops the companion.
    func flush() {
        guard used > 0 else { return }
        // Summed here in one loop over the block rather than word by word as appended.
        checksum.add(UnsafeBufferPointer(start: block, count: used))
        #if _endian(big)
            for index in 0..<used { block[index] = block[index].littleEndian }
        #endif
        wordCount += used
        let bytes = UnsafeRawBufferPointer(start: block, count: used * 4)
        let count = used * 4
        used = 0
        guard let file else { return }
        if let writeBehind {
            guard writeBehind.failure(of: file) == nil else {
                self.file = nil
                return
            }
            let capacity = (Self.blockWords + 1) * 4
            let next = writeBehind.exchange(
                WriteBehind.Buffer(start: UnsafeMutableRawPointer(block), capacity: capacity), count: count,
                for: file, capacity: capacity)
            block = next.start.bindMemory(to: UInt32.self, capacity: next.capacity / 4)
            return
        }
        do throws(FileError) {
            try file.write(bytes)
        } catch {
            self.file = nil
        }
    }

    /// Writes later blocks on the caller's thread, once the write-behind has written every
    /// block handed to it; a failure there drops the companion.
    func stopWritingBehind() {
        guard let writeBehind else { return }
        self.writeBehind = nil
        if let file, writeBehind.failure(of: file) != nil { self.file = nil }
    }

    /// Completes the companion once attendance.csv, meetings.csv and members.csv are in
    /// place: their stamps go into the trailer and the file is renamed into place. On any
    /// failure no companion is left (not even an earlier run's).
    ///
    /// `stamps` are those of the files as written, in the order of `describedFiles`; a
    /// file without one is read back for it.
    func commit(stamps written: [AttendanceCompanion.Stamp?] = []) {
        flush()
        let paths = AttendanceCompanion.describedPaths(in: directory)
        let missing = paths.indices.filter { $0 >= written.count || written[$0] == nil }
        let read = AttendanceCompanion.Stamp.stamps(of: missing.map { paths[$0] })
        var stamps = paths.indices.map { $0 < written.count ? written[$0] : nil }
        for (index, stamp) in zip(missing, read) { stamps[index] = stamp }
        let found = stamps.compactMap { $0 }
        guard let file, found.count == AttendanceCompanion.describedFiles.count else {
            Self.removeCompanion(in: directory)
            self.file = nil
            return
        }
        let trailer = AttendanceCompanion.Trailer(
            wordCount: wordCount, rowCount: wordCount - markerCount, meetingCount: meetingCount,
            memberCount: memberCount,
            checksum: checksum, stamps: found)
        do throws(FileError) {
            try file.write(trailer.bytes)
            try file.moveIntoPlace()
        } catch {
            Self.removeCompanion(in: directory)
        }
        self.file = nil
    }

    /// Removes the companion of the normalized folder `directory`, if any: when a run
    /// writes none, an earlier one would not match the new files anyway.
    static func removeCompanion(in directory: String) {
        unlink(AttendanceCompanion.path(in: directory))
    }
}
