import ChiboCore

/// The keyed attendance records of one reader, in sorted runs, so that memory does not
/// grow with attendance rows: records go into a buffer of at most `capacity`; a full
/// buffer is sorted and written as a run to the run file, and emptied.
///
/// The last, partly filled buffer stays in memory as a sorted run of its own
/// (`finish()`): a file whose keyed rows fit in one buffer never touches the disk.
/// Without a run file (tests of the rules, which write nothing) every run stays in memory.
struct AttendanceRuns {
    typealias Record = AttendanceValidator.Record

    /// The most records held before a run is written.
    let capacity: Int
    /// Where full buffers go; nil keeps every run in memory.
    let file: AttendanceRunFile?
    /// Records not yet in a run.
    private(set) var buffer: [Record] = []
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
    }

    /// Adds a record, writing a run when the buffer is full.
    mutating func append(_ record: Record) {
        buffer.append(record)
        if buffer.count >= capacity { writeRun() }
    }

    /// Turns the buffer into a sorted run held in memory.
    mutating func finish() {
        guard !buffer.isEmpty else { return }
        Self.sort(&buffer)
        held.append(buffer)
        buffer = []
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
        buffer.count + written.reduce(0) { $0 + $1.count } + held.reduce(0) { $0 + $1.count }
    }

    private mutating func writeRun() {
        Self.sort(&buffer)
        guard let file else {
            held.append(buffer)
            buffer = []
            return
        }
        if failure == nil {
            do throws(FileError) {
                let run = try buffer.withUnsafeBufferPointer { records throws(FileError) in
                    try file.append(records)
                }
                written.append(run)
            } catch {
                failure = error
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Sorts in output order: by meeting, member, then physical line.
    static func sort(_ records: inout [Record]) {
        records.sort { $0.precedes($1) }
    }
}
