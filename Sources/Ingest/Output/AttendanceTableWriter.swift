import CSV
import ChiboCore

/// Writes accepted attendance records, given in output order, as the rows of
/// `normalized/attendance.csv` to its temporary file.
///
/// Each member id is escaped once, with its separator, into one arena, and each meeting id
/// once when its rows start (records come by meeting): a row is then three plain byte
/// copies into a block, with no array appended per field. Meetings, the most ids (tens of
/// millions over five years), get no arena: it held a second copy of every id. Full blocks
/// of both files are written by a `WriteBehind` thread while the next ones are filled.
final class AttendanceTableWriter {
    typealias Record = AttendanceValidator.Record

    /// The temporary file, its header written; the caller commits it.
    let file: AtomicFileWriter
    /// The binary companion of the same rows, committed once the CSV files are in place;
    /// nil when it could not be created.
    let companion: AttendanceCompanionWriter?
    private var meetings: RankedIds.Reader
    /// The meeting of the rows being written, and its id escaped with its separator, in
    /// `meetingFieldBytes` (room for `meetingFieldCapacity` bytes, `copySlack` of them
    /// past the field, so that it is copied as one wide move).
    private var meeting = -1
    private var meetingField: [UInt8] = []
    private var meetingFieldBytes: UnsafeMutablePointer<UInt8>
    private var meetingFieldCapacity = 64
    private let members: Arena
    private let csv: CSVWriter
    private let statuses: Arena
    private var block: UnsafeMutablePointer<UInt8>
    /// The size of `block`: room for a row after `blockSize` bytes.
    private var blockCapacity: Int
    private var used = 0
    private static let blockSize = 1 << 20
    private let writeBehind = WriteBehind()
    private var isFlushed = false

    /// Every value escaped as a field and followed by a terminator, one after the other;
    /// value `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private struct Arena {
        var bytes: UnsafeMutableBufferPointer<UInt8>
        var starts: UnsafeMutableBufferPointer<UInt32>
        /// The longest value with its terminator.
        var longest: Int

        init(_ values: RankedIds, terminator: UInt8, csv: CSVWriter) {
            var reader = RankedIds.Reader(values)
            self.init(count: values.count, terminator: terminator, csv: csv) { rank, text in
                reader.withBytes(of: rank) { csv.appendField($0, to: &text) }
            }
        }

        init(_ values: [String], terminator: UInt8, csv: CSVWriter) {
            self.init(count: values.count, terminator: terminator, csv: csv) { index, text in
                csv.appendField(values[index], to: &text)
            }
        }

        /// `count` values, value `i` appended to the text by `append(i, &text)`.
        private init(
            count: Int, terminator: UInt8, csv: CSVWriter, append: (Int, inout [UInt8]) -> Void
        ) {
            var text: [UInt8] = []
            // 32-bit offsets: ids are short, and millions of them cost 4 bytes less each.
            var offsets: [UInt32] = [0]
            offsets.reserveCapacity(count + 1)
            for index in 0..<count {
                append(index, &text)
                text.append(terminator)
                precondition(text.count <= Int(UInt32.max), "more than 4 GiB of ids")
                offsets.append(UInt32(text.count))
            }
            // `copySlack` bytes past the last value: values are copied in wide moves.
            bytes = .allocate(capacity: text.count + AttendanceTableWriter.copySlack)
            _ = bytes.initialize(from: text)
            bytes.baseAddress!.advanced(by: text.count).initialize(
                repeating: 0, count: AttendanceTableWriter.copySlack)
            starts = .allocate(capacity: offsets.count)
            _ = starts.initialize(from: offsets)
            longest = zip(offsets, offsets.dropFirst()).reduce(0) { max($0, Int($1.1 - $1.0)) }
        }

        func deallocate() {
            bytes.deallocate()
            starts.deallocate()
        }
    }

    /// A writer of the rows whose ranks refer to `meetings` and `members`, to `file`, and
    /// of their binary companion in the normalized folder `companionDirectory` if given.
    init(
        file: AtomicFileWriter, meetings: AttendanceValidator.Meetings, members: AttendanceValidator.Members,
        csv: CSVWriter = CSVWriter(), companionDirectory: String? = nil
    ) {
        self.file = file
        self.csv = csv
        companion = companionDirectory.flatMap { directory in
            AttendanceCompanionWriter(
                directory: directory, meetingCount: meetings.ids.count, memberCount: members.ids.count)
        }
        companion?.writeBehind = writeBehind
        self.meetings = RankedIds.Reader(meetings.ids)
        self.members = Arena(members.ids, terminator: csv.delimiter, csv: csv)
        statuses = Arena(AttendanceStatus.allCases.map(\.rawValue), terminator: 0x0A, csv: csv)
        blockCapacity = Self.blockSize + 64 + self.members.longest + statuses.longest
        block = .allocate(capacity: blockCapacity)
        meetingFieldBytes = .allocate(capacity: meetingFieldCapacity)
    }

    deinit {
        // A writer dropped after a failure still ends its thread.
        writeBehind.finish()
        block.deallocate()
        meetingFieldBytes.deallocate()
        members.deallocate()
        statuses.deallocate()
    }

    /// Appends the row of `record`.
    @inline(__always)
    func append(_ record: Record) throws(FileError) {
        if Int(record.meeting) != meeting { try startMeeting(Int(record.meeting)) }
        Self.copy(meetingFieldBytes, count: meetingField.count, to: block + used)
        used += meetingField.count
        copy(members, Int(record.member))
        copy(statuses, record.status)
        companion?.append(meeting: Int(record.meeting), member: Int(record.member), status: record.status)
        if used >= Self.blockSize { try handOver(capacity: blockCapacity) }
    }

    /// Writes the rows appended so far to the file and waits until every block is written
    /// (the companion writes its last block when committed); called once, after the last row.
    func flush() throws(FileError) {
        precondition(!isFlushed, "the attendance table flushed twice")
        isFlushed = true
        defer {
            writeBehind.finish()
            companion?.stopWritingBehind()
        }
        try handOver(capacity: blockCapacity)
        writeBehind.finish()
        if let failure = writeBehind.failure(of: file) { throw failure }
    }

    /// Hands the rows appended so far to the write-behind thread and takes an empty block of
    /// at least `capacity` bytes; throws the first failure to write the file met so far.
    private func handOver(capacity: Int) throws(FileError) {
        if let failure = writeBehind.failure(of: file) { throw failure }
        let next = writeBehind.exchange(
            WriteBehind.Buffer(start: UnsafeMutableRawPointer(block), capacity: blockCapacity), count: used,
            for: file, capacity: capacity)
        block = next.start.bindMemory(to: UInt8.self, capacity: next.capacity)
        blockCapacity = next.capacity
        used = 0
    }

    /// Escapes the id of meeting `rank` into `meetingField`, and makes the block bigger
    /// (written out first) when a row with it might not fit after `blockSize` bytes.
    private func startMeeting(_ rank: Int) throws(FileError) {
        meeting = rank
        // Escaped into a local array, not into the property from inside the reader's
        // closure: that nested access to two stored properties was checked at run time
        // (exclusivity) at every meeting, on the thread that paces the end of attendance.
        var field: [UInt8] = []
        swap(&field, &meetingField)
        field.removeAll(keepingCapacity: true)
        let csv = self.csv
        meetings.withBytes(of: rank) { csv.appendField($0, to: &field) }
        field.append(csv.delimiter)
        swap(&field, &meetingField)
        if meetingField.count + Self.copySlack > meetingFieldCapacity {
            meetingFieldBytes.deallocate()
            meetingFieldCapacity = meetingField.count + Self.copySlack
            meetingFieldBytes = .allocate(capacity: meetingFieldCapacity)
        }
        meetingField.withUnsafeBufferPointer { field in
            meetingFieldBytes.update(from: field.baseAddress!, count: field.count)
        }
        let needed = Self.blockSize + 64 + meetingField.count + members.longest + statuses.longest
        if needed > blockCapacity { try handOver(capacity: needed) }
    }

    @inline(__always)
    private func copy(_ arena: Arena, _ index: Int) {
        let start = Int(arena.starts[index])
        let count = Int(arena.starts[index + 1]) - start
        Self.copy(arena.bytes.baseAddress! + start, count: count, to: block + used)
        used += count
    }

    /// The bytes past a value that a copy may read, and past a row that it may write: the
    /// arenas and the meeting field hold that many after their last value, and a block that
    /// much room after a row that fits (its 64 spare bytes).
    fileprivate static let copySlack = 32

    /// Copies `count` bytes from `source` to `destination`, reading and writing up to
    /// `copySlack` bytes past them: a field of up to 32 bytes (every id and status) is one
    /// or two 16-byte moves, not a call to `memmove` for a few bytes (three a row, a
    /// quarter of the time of writing attendance.csv).
    @inline(__always)
    private static func copy(
        _ source: UnsafePointer<UInt8>, count: Int, to destination: UnsafeMutablePointer<UInt8>
    ) {
        if count <= 16 {
            Bytewise.copy16(from: source, to: destination)
        } else if count <= 32 {
            Bytewise.copy16(from: source, to: destination)
            Bytewise.copy16(from: source + 16, to: destination + 16)
        } else {
            destination.update(from: source, count: count)
        }
    }
}
