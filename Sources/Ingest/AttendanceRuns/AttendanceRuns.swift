import ChiboCore

/// The keyed attendance records of one reader, in sorted runs, so that memory does not
/// grow with attendance rows: records go into a buffer of at most `capacity`; a full
/// buffer is sorted and written as a run to the run file, and emptied.
///
/// The last, partly filled buffer stays in memory as a sorted run of its own
/// (`finish()`): a file whose keyed rows fit in one buffer never touches the disk.
/// Without a run file (tests of the rules, which write nothing) every run stays in memory.
///
/// The records not yet in a run are kept in memory of their own, not in an array: an
/// append to an array asked the runtime whether the array was shared, at every attendance
/// row. Copies of a value share that memory, like a reference: the first to finish takes
/// its records (into its `held`), and it is then empty for all of them.
struct AttendanceRuns {
    typealias Record = AttendanceValidator.Record

    /// The most records held before a run is written.
    let capacity: Int
    /// Where full buffers go; nil keeps every run in memory.
    let file: AttendanceRunFile?
    /// The records not yet in a run, shared by copies (see above).
    private let pending: Pending
    /// Records not yet in a run.
    var buffer: [Record] { Array(pending.records) }
    /// The runs written to `file`, each sorted.
    private(set) var written: [AttendanceRunFile.Run] = []
    /// The runs kept in memory, each sorted.
    private(set) var held: [[Record]] = []
    /// The first run that could not be written. Later records are then dropped: the stage
    /// fails with this error once every file was read.
    private(set) var failure: FileError?

    /// An empty set of runs.
    init(capacity: Int, file: AttendanceRunFile?) {
        precondition(capacity > 0, "a run holds at least one record")
        self.capacity = capacity
        self.file = file
        pending = Pending(capacity: capacity)
    }

    /// Adds a record, writing a run when the buffer is full.
    @inline(__always)
    mutating func append(_ record: Record) {
        if pending.append(record) == capacity { writeRun() }
    }

    /// Turns the buffer into a sorted run held in memory, and frees the buffer's memory.
    mutating func finish() {
        let records = pending.records
        guard !records.isEmpty else { return }
        Self.sort(records)
        held.append(Array(records))
        pending.free()
    }

    /// Appends the runs of `later`, finished.
    mutating func append(_ later: AttendanceRuns) {
        var later = later
        later.finish()
        finish()
        written += later.written
        held += later.held
        failure = failure ?? later.failure
    }

    /// How many records all the runs and the buffer hold.
    var count: Int {
        pending.records.count + written.reduce(0) { $0 + $1.count } + held.reduce(0) { $0 + $1.count }
    }

    private mutating func writeRun() {
        let records = pending.records
        Self.sort(records)
        defer { pending.empty() }
        guard let file else {
            held.append(Array(records))
            return
        }
        if failure == nil {
            do throws(FileError) {
                written.append(try file.append(UnsafeBufferPointer(records)))
            } catch {
                failure = error
            }
        }
    }

    /// Sorts in output order: by meeting, member, then physical line.
    static func sort(_ records: UnsafeMutableBufferPointer<Record>) {
        var records = records
        records.sort { $0.precedes($1) }
    }

    /// Room for `capacity` records, stored one after the other from the first.
    private final class Pending {
        private var start: UnsafeMutablePointer<Record>
        private var capacity: Int
        private var count = 0

        init(capacity: Int) {
            // Pages are touched only as records are stored: a small file costs little.
            start = .allocate(capacity: capacity)
            self.capacity = capacity
        }

        deinit { start.deallocate() }

        /// The records stored.
        var records: UnsafeMutableBufferPointer<Record> {
            UnsafeMutableBufferPointer(start: start, count: count)
        }

        /// Stores `record` (there must be room); the count of records stored.
        @inline(__always)
        func append(_ record: Record) -> Int {
            precondition(count < capacity, "a full buffer of attendance records")
            (start + count).initialize(to: record)
            count &+= 1
            return count
        }

        /// Forgets the records stored.
        func empty() { count = 0 }

        /// Forgets the records stored and gives the memory back; later records get memory
        /// anew.
        func free() {
            start.deallocate()
            start = .allocate(capacity: capacity)
            count = 0
        }
    }
}
