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
    /// The next record of each unfinished run, smallest first.
    private var heap: [(record: Record, cursor: Int)] = []

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
    }

    /// The next record in output order, or nil when every run is read.
    mutating func next() throws(FileError) -> Record? {
        guard let top = heap.first else { return nil }
        if let following = try advance(top.cursor) {
            heap[0].record = following
        } else {
            let last = heap.removeLast()
            guard !heap.isEmpty else { return top.record }
            heap[0] = last
        }
        siftDown(0)
        return top.record
    }

    /// Moves cursor `index` on; its new record, or nil when its run is read.
    private mutating func advance(_ index: Int) throws(FileError) -> Record? {
        cursors[index].index += 1
        if cursors[index].index < cursors[index].limit {
            return cursors[index].records[cursors[index].index]
        }
        guard let run = cursors[index].run, let file, cursors[index].nextStart < run.count else {
            cursors[index].records = []
            return nil
        }
        let start = cursors[index].nextStart
        let count = min(cursors[index].records.count, run.count - start)
        try cursors[index].records.withUnsafeMutableBufferPointer { buffer throws(FileError) in
            try file.read(run, from: start, into: UnsafeMutableBufferPointer(rebasing: buffer[0..<count]))
        }
        cursors[index].index = 0
        cursors[index].limit = count
        cursors[index].nextStart = start + count
        return cursors[index].records[0]
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
