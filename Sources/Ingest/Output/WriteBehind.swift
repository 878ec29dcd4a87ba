import ChiboCore
import Foundation

/// Writes full blocks of bytes to their files on a thread of its own, in the order they
/// are handed over, while the thread that filled them goes on filling the next.
///
/// Normalized attendance is formatted in 1 MiB blocks by one thread, and half of that
/// thread's time was the kernel copying each block into the file: handed over here, the
/// copy runs on the other core beside the formatting. A block is handed over in exchange
/// for an empty one, so that at most `bufferCount` blocks wait at any time.
final class WriteBehind: @unchecked Sendable {
    /// A block of memory and its size in bytes, owned by whoever holds it.
    struct Buffer {
        /// The first byte.
        var start: UnsafeMutableRawPointer
        /// The size in bytes.
        var capacity: Int

        /// A new block of at least `capacity` bytes, rounded up to 64 KiB so that the blocks of
        /// the CSV and of the companion, a few bytes apart, fit one another.
        static func allocate(capacity: Int) -> Buffer {
            let rounded = (max(capacity, 1) + 0xFFFF) & ~0xFFFF
            return Buffer(start: .allocate(byteCount: rounded, alignment: 16), capacity: rounded)
        }

        /// Frees the block.
        func deallocate() { start.deallocate() }
    }

    private struct Job {
        var buffer: Buffer
        var count: Int
        var file: AtomicFileWriter
    }

    private let condition = NSCondition()
    private var jobs: [Job] = []
    private var free: [Buffer] = []
    /// Blocks handed over and not yet written.
    private var inFlight = 0
    private var isClosed = false
    private var failures: [ObjectIdentifier: FileError] = [:]
    private let bufferCount: Int
    private var thread: BackgroundWork<Void>?

    /// A writer letting at most `bufferCount` blocks wait to be written. Its thread runs
    /// until `finish()`, which its owner must call (`AttendanceTableWriter` does, in its
    /// `flush()` and at the latest in its `deinit`).
    init(bufferCount: Int = 4) {
        precondition(bufferCount > 0, "a write-behind holds at least one block")
        self.bufferCount = bufferCount
        thread = BackgroundWork.startingNow { [self] in run() }
    }

    deinit {
        for buffer in free { buffer.deallocate() }
    }

    /// Hands over the first `count` bytes of `buffer`, written to `file` after every block
    /// handed over before, and returns an empty block of at least `capacity` bytes for the
    /// caller to keep (waiting while `bufferCount` blocks are not yet written).
    func exchange(_ buffer: Buffer, count: Int, for file: AtomicFileWriter, capacity: Int) -> Buffer {
        condition.lock()
        defer { condition.unlock() }
        precondition(!isClosed, "a block handed over after the write-behind finished")
        jobs.append(Job(buffer: buffer, count: count, file: file))
        inFlight += 1
        condition.broadcast()
        while free.isEmpty && inFlight >= bufferCount { condition.wait() }
        guard var taken = free.popLast() else { return .allocate(capacity: capacity) }
        if taken.capacity < capacity {
            taken.deallocate()
            taken = .allocate(capacity: capacity)
        }
        return taken
    }

    /// The first failure to write to `file` so far, if any.
    func failure(of file: AtomicFileWriter) -> FileError? {
        condition.lock()
        defer { condition.unlock() }
        return failures[ObjectIdentifier(file)]
    }

    /// Waits until every block handed over is written; the thread ends. Later writes to the
    /// files are the caller's again.
    func finish() {
        condition.lock()
        isClosed = true
        condition.broadcast()
        condition.unlock()
        thread?.finish()
        thread = nil
    }

    private func run() {
        while let job = nextJob() {
            var failure: FileError?
            if self.failure(of: job.file) == nil {
                do throws(FileError) {
                    try job.file.write(UnsafeRawBufferPointer(start: job.buffer.start, count: job.count))
                } catch {
                    failure = error
                }
            }
            condition.lock()
            if let failure { failures[ObjectIdentifier(job.file)] = failure }
            free.append(job.buffer)
            inFlight -= 1
            condition.broadcast()
            condition.unlock()
        }
    }

    private func nextJob() -> Job? {
        condition.lock()
        defer { condition.unlock() }
        while jobs.isEmpty && !isClosed { condition.wait() }
        return jobs.isEmpty ? nil : jobs.removeFirst()
    }
}
