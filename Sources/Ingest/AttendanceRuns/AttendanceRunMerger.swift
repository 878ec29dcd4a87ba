import ChiboCore

/// The records of sorted runs, on file or in memory, merged into one sequence in output
/// order (meeting, member, physical line) with a binary heap of each run's next record.
///
/// A run on file is read through a buffer of its own, so the merge holds one buffer per
/// run, never all the records.
struct AttendanceRunMerger {
    typealias Record = AttendanceValidator.Record

    /// Records read from file at a time, per run, for `runCount` runs on file: 1 MiB
    /// each, less when there are over 64 runs so that the buffers stay within 64 MiB, and
    /// at least 4 KiB.
    static func bufferCount(runCount: Int) -> Int {
        let bytes = min(1 << 20, max(4 << 10, (64 << 20) / max(runCount, 1)))
        return bytes / MemoryLayout<Record>.stride
    }

    /// One run being read.
    private struct Cursor {
        /// The run's records in memory, or the buffer of a run on file.
        var records: [Record]
        /// The next record in `records`.
        var index = 0
        /// How many of `records` are valid.
        var limit: Int
        /// The run on file, if it is one.
        var run: AttendanceRunFile.Run?
        /// The index in the run of the record after the buffer.
        var nextStart: Int
    }

    private let file: AttendanceRunFile?
    private var cursors: [Cursor] = []
    /// The next record of each unfinished run but `current`'s, smallest first.
    private var heap: [(record: Record, cursor: Int)] = []
    /// The run whose next record comes first, -1 once every run is read. Runs are often
    /// disjoint (exports list a meeting's rows together), so this run usually gives the
    /// next record too: one comparison with the heap's smallest, no sift.
    private var current = -1
    /// `current`'s buffer and position in it, apart from `cursors` while it gives records.
    private var records: [Record] = []
    private var index = 0
    private var limit = 0

    /// A merge of `runs`, finished, reading runs on file `bufferCount` records at a time
    /// (by default `bufferCount(runCount:)`).
    init(_ runs: AttendanceRuns, bufferCount: Int? = nil) throws(FileError) {
        var runs = runs
        runs.finish()
        file = runs.file
        let bufferCount = bufferCount ?? Self.bufferCount(runCount: runs.written.count)
        precondition(bufferCount > 0)
        for run in runs.written where run.count > 0 {
            guard let file else { preconditionFailure("a run was written without a file") }
            let count = min(bufferCount, run.count)
            var records = [Record](
                repeating: Record(meeting: 0, member: 0, line: 0, status: 0, isRejected: false), count: count)
            try records.withUnsafeMutableBufferPointer { buffer throws(FileError) in
                try file.read(run, from: 0, into: buffer)
            }
            cursors.append(Cursor(records: records, limit: count, run: run, nextStart: count))
        }
        for records in runs.held where !records.isEmpty {
            cursors.append(Cursor(records: records, limit: records.count, run: nil, nextStart: 0))
        }
        heap.reserveCapacity(cursors.count)
        for (index, cursor) in cursors.enumerated() { heap.append((cursor.records[0], index)) }
        for index in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
        takeSmallest()
    }

    /// The next record in output order, or nil when every run is read.
    @inline(__always)
    mutating func next() throws(FileError) -> Record? {
        guard current >= 0 else { return nil }
        let record = records[index]
        index += 1
        if index == limit { try refill() }
        if current >= 0, let smallest = heap.first, smallest.record.precedes(records[index]) {
            // Another run comes first: `current` goes back into the heap in its place.
            heap[0] = (records[index], current)
            putBack()
            siftDown(0)
            takeCurrent(smallest.cursor)
        }
        return record
    }

    /// Makes the run with the smallest record of the heap `current`, out of the heap.
    private mutating func takeSmallest() {
        guard let smallest = heap.first else {
            current = -1
            return
        }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            siftDown(0)
        }
        takeCurrent(smallest.cursor)
    }

    /// Takes cursor `cursor`'s buffer and position as `current`'s.
    private mutating func takeCurrent(_ cursor: Int) {
        current = cursor
        swap(&records, &cursors[cursor].records)
        index = cursors[cursor].index
        limit = cursors[cursor].limit
    }

    /// Gives `current`'s buffer and position back to its cursor.
    private mutating func putBack() {
        cursors[current].index = index
        cursors[current].limit = limit
        swap(&records, &cursors[current].records)
    }

    /// Reads `current`'s next buffer, or moves to the next run when it is read.
    private mutating func refill() throws(FileError) {
        guard let run = cursors[current].run, let file, cursors[current].nextStart < run.count else {
            records = []
            takeSmallest()
            return
        }
        let start = cursors[current].nextStart
        let count = min(records.count, run.count - start)
        try records.withUnsafeMutableBufferPointer { buffer throws(FileError) in
            try file.read(run, from: start, into: UnsafeMutableBufferPointer(rebasing: buffer[0..<count]))
        }
        index = 0
        limit = count
        cursors[current].nextStart = start + count
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        let count = heap.count
        while true {
            let left = 2 * parent + 1
            guard left < count else { return }
            var child = left
            if left + 1 < count && heap[left + 1].record.precedes(heap[left].record) { child = left + 1 }
            guard heap[child].record.precedes(heap[parent].record) else { return }
            heap.swapAt(parent, child)
            parent = child
        }
    }
}
