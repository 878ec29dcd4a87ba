import ChiboCore
import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one temporary file that holds the sorted runs of attendance records that did not
/// fit in memory, shared by the readers of attendance.csv.
///
/// It is created only when the first run is written (a small file never touches the
/// disk), in the output folder (the user's disk, not a system temporary folder),
/// owner-only from its first byte like every temporary of personal data (`O_CREAT |
/// O_EXCL | O_NOFOLLOW`, mode 0600), and unlinked at once: the open descriptor keeps its
/// bytes, and the system frees them when the descriptor is closed, however the process
/// ends, so the file is never left behind. Its name (`.attendance-runs.tmp-<pid>`) is
/// hidden and matches `make clean`'s `*.tmp-*` in the instant before it is unlinked.
final class AttendanceRunFile: @unchecked Sendable {
    /// A sorted run in the file: `count` records from byte `offset`.
    struct Run: Equatable {
        /// Where the run starts, in bytes.
        var offset: Int
        /// How many records it holds.
        var count: Int
    }

    typealias Record = AttendanceValidator.Record

    /// The folder the file is created in.
    let directory: String
    /// Guards `descriptor` and `end`: the two readers write runs at the same time, each to
    /// the bytes it reserved.
    private let lock = DispatchSemaphore(value: 1)
    private var descriptor: Int32 = -1
    private var end = 0

    /// A run file in `directory`, not created yet.
    init(directory: String) {
        self.directory = directory
    }

    deinit {
        if descriptor >= 0 { UnlinkedScratchFile.closeInBackground(descriptor) }
    }

    /// Whether the file was created (some run did not fit in memory).
    var isCreated: Bool {
        lock.wait()
        defer { lock.signal() }
        return descriptor >= 0
    }

    /// Writes `records` as a run after the runs written so far.
    func append(_ records: UnsafeBufferPointer<Record>) throws(FileError) -> Run {
        let size = records.count * MemoryLayout<Record>.stride
        lock.wait()
        let descriptor: Int32
        let offset: Int
        do throws(FileError) {
            descriptor = try openedDescriptor()
            offset = end
            end += size
            lock.signal()
        } catch {
            lock.signal()
            throw error
        }
        guard let base = records.baseAddress, size > 0 else { return Run(offset: offset, count: 0) }
        var written = 0
        while written < size {
            let count = pwrite(
                descriptor, UnsafeRawPointer(base) + written, size - written, off_t(offset + written))
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, operation: "write", code: errno)
            }
            written += count
        }
        return Run(offset: offset, count: records.count)
    }

    /// Reads records `start..<start + buffer.count` of `run` into `buffer`.
    func read(_ run: Run, from start: Int, into buffer: UnsafeMutableBufferPointer<Record>) throws(FileError)
    {
        precondition(start >= 0 && start + buffer.count <= run.count)
        let size = buffer.count * MemoryLayout<Record>.stride
        guard let base = buffer.baseAddress, size > 0 else { return }
        lock.wait()
        let descriptor = self.descriptor
        lock.signal()
        let offset = run.offset + start * MemoryLayout<Record>.stride
        var done = 0
        while done < size {
            let count = pread(
                descriptor, UnsafeMutableRawPointer(base) + done, size - done, off_t(offset + done))
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, operation: "read", code: errno)
            }
            // The run was written whole; a short file is a failure of the disk.
            guard count > 0 else { throw FileError(path: path, operation: "read", code: EIO) }
            done += count
        }
    }

    /// The name the file had before it was unlinked, for messages.
    var path: String { directory + "/.attendance-runs.tmp-\(getpid())" }

    /// The descriptor, the file created and unlinked on first use; called under `lock`.
    private func openedDescriptor() throws(FileError) -> Int32 {
        if descriptor >= 0 { return descriptor }
        descriptor = try UnlinkedScratchFile.create(at: path)
        return descriptor
    }
}
