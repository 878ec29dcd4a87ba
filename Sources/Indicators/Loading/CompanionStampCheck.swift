import ChiboCore
import Synchronization

/// Whether the files a companion describes hold the bytes its trailer's stamps say,
/// worked out on a thread of its own from the moment it is created: the national year's
/// three tables are 3.6 GB to read back, which is no longer a phase of its own but runs
/// beside the parsing of the other tables, and is waited for only before anything read
/// from the companion is kept.
///
/// The files are taken one at a time, the biggest first, by that thread and by the one
/// that waits for the outcome (which stamps those not yet taken, as when the thread got
/// no core meanwhile); the first stamp that differs stops the check.
final class CompanionStampCheck: Sendable {
    private let files: Files
    private let work: BackgroundWork<Void>

    /// Starts checking the files at `paths` against `stamps` (one for one).
    init(paths: [String], stamps: [AttendanceCompanion.Stamp]) {
        precondition(paths.count == stamps.count)
        let files = Files(paths: paths, stamps: stamps)
        self.files = files
        work = BackgroundWork.startingNow { files.stampAll() }
    }

    deinit { stop() }

    /// The order in which the described files are taken: the biggest (attendance.csv)
    /// first, so that the two takers end close together.
    static func order(of count: Int) -> [Int] {
        let files = AttendanceCompanion.describedFiles.prefix(count)
        let isAttendance = files.map { $0 == .attendance }
        return files.indices.filter { isAttendance[$0] } + files.indices.filter { !isAttendance[$0] }
    }

    /// Whether every file is as stamped: stamps the files not yet taken, then waits for
    /// the thread. False once stopped, unless every file had been stamped before.
    var isMatched: Bool {
        files.stampAll()
        work.value()
        return files.isMatched
    }

    /// Stops reading at the next block and waits for the thread to end: the companion
    /// is not used, so its check is of no use.
    func stop() {
        files.stop()
        work.value()
    }

    /// The files to stamp and what came of them, shared by the takers.
    private final class Files: Sendable {
        let paths: [String]
        let stamps: [AttendanceCompanion.Stamp]
        let order: [Int]
        /// The position in `order` of the next file to take.
        private let next = Atomic<Int>(0)
        /// The files found as stamped.
        private let matched = Atomic<Int>(0)
        /// Set when a file differs or the check is stopped: no file is read further.
        private let isStopped = Atomic<Bool>(false)

        init(paths: [String], stamps: [AttendanceCompanion.Stamp]) {
            self.paths = paths
            self.stamps = stamps
            order = CompanionStampCheck.order(of: paths.count)
        }

        var isMatched: Bool { matched.load(ordering: .acquiring) == paths.count }

        func stop() { isStopped.store(true, ordering: .relaxed) }

        /// Takes the files not yet taken, one at a time, until none is left or the check stops.
        func stampAll() {
            while !isStopped.load(ordering: .relaxed) {
                let position = next.add(1, ordering: .relaxed).oldValue
                guard position < order.count else { return }
                let index = order[position]
                let stamp = AttendanceCompanion.Stamp(path: paths[index]) {
                    self.isStopped.load(ordering: .relaxed)
                }
                if stamp == stamps[index] {
                    matched.add(1, ordering: .releasing)
                } else {
                    stop()
                }
            }
        }
    }
}
