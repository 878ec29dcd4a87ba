import ChiboCore
import Dispatch

/// Writes each normalized table to its owner-only temporary file as soon as no rule can
/// change it any more, then frees its rows: the tables need not stay in memory until
/// every file is read. `IngestOutputWriter.write` renames them into place with the other
/// outputs, or they are removed when the run stops.
///
/// Two threads may write tables at once (the meetings and the ratings); what they share
/// is kept under a lock, and the failure reported does not depend on which came first.
final class NormalizedTableStream: @unchecked Sendable {
    /// Where the tables go.
    let writer: IngestOutputWriter
    /// The temporary files written so far, not yet committed.
    private var written: [Entity: AtomicFileWriter] = [:]
    /// The binary companion of the attendance table, committed after the tables.
    private var attendanceCompanion: AttendanceCompanionWriter?
    /// The writes that failed, by table. Later tables are then only freed; the failure is
    /// thrown once every file was read, so that an input problem is reported first, as
    /// when nothing was written before the end.
    private var failures: [Entity: FileError] = [:]
    /// The failure to make the folder.
    private var folderFailure: FileError?
    /// The problems of the files before attendance, made while it is checked.
    private var head: RejectsHead?
    /// The folders that did not exist before the first table was written.
    private var createdFolders: [String] = []
    /// Guards every property above.
    private let lock = DispatchSemaphore(value: 1)

    /// A stream into `writer`'s output folder.
    init(writer: IngestOutputWriter) {
        self.writer = writer
    }

    /// Whether the normalized folder was made (or found).
    private var isFolderCreated = false

    private func locked<Result>(_ body: () -> Result) -> Result {
        lock.wait()
        defer { lock.signal() }
        return body()
    }

    /// The temporary files written so far, not yet committed.
    var files: [Entity: AtomicFileWriter] { locked { written } }

    /// The problems of the files before attendance, if begun (`beginRejects(of:)`).
    var rejectsHead: RejectsHead? { locked { head } }

    /// Begins rejects.csv and rejects.xlsx with the problems of `tables`, the files before
    /// attendance, checked and final (`RejectsHead`).
    func beginRejects(of tables: [ParsedTable]) {
        let begun = RejectsHead(tables: tables)
        locked { head = begun }
    }

    /// The binary companion of the attendance table adopted, if any.
    var companion: AttendanceCompanionWriter? { locked { attendanceCompanion } }

    /// The failure to make the folder, else the failed write of the first table in the
    /// order the run writes them when read one after the other (attendance, adopted at
    /// the end, last), whichever thread met it first.
    var failure: FileError? {
        locked {
            folderFailure
                ?? (Entity.allCases.filter { $0 != .attendance } + [.attendance]).lazy
                .compactMap { self.failures[$0] }.first
        }
    }

    private var hasFailed: Bool { folderFailure != nil || !failures.isEmpty }

    /// Creates the normalized folder (and the output folder) if missing, once; a failure
    /// is kept as the stream's.
    func createFolder() {
        locked { createFolderLocked() }
    }

    private func createFolderLocked() {
        guard !isFolderCreated && !hasFailed else { return }
        do throws(FileError) {
            createdFolders = Directory.missingFolders(of: writer.normalizedDirectory)
            try writer.createNormalizedDirectory()
            isFolderCreated = true
        } catch {
            folderFailure = error
        }
    }

    /// Writes the accepted rows of `table` and frees its rows, keeping its summary and
    /// diagnostics.
    func write(_ table: inout ParsedTable) {
        let isWritten = locked { () -> Bool in
            createFolderLocked()
            return !hasFailed
        }
        if isWritten {
            // Outside the lock: the other thread's table is written meanwhile.
            do throws(FileError) {
                let file = try writer.writeTable(table)
                locked { written[table.entity] = file }
            } catch {
                locked { failures[table.entity] = error }
            }
        }
        table.releaseRows()
    }

    /// Takes the attendance table that checking attendance wrote to its temporary file,
    /// or its failure.
    func adopt(_ attendance: inout AttendanceValidator.Result) {
        let (table, failure, companion) = (attendance.table, attendance.failure, attendance.companion)
        attendance.table = nil
        attendance.companion = nil
        locked {
            if let table { written[.attendance] = table }
            attendanceCompanion = companion
            if let failure { failures[.attendance] = failure }
        }
    }

    /// Removes the temporary files, and the folders this stream created if empty: a run
    /// stopped by a fatal problem leaves the output folder as it found it.
    func discard() {
        // No thread still makes rejects once the stage has stopped.
        let begun = locked { () -> RejectsHead? in
            defer { head = nil }
            return head
        }
        begun?.finish()
        locked {
            written = [:]
            attendanceCompanion = nil
            isFolderCreated = false
            Directory.removeIfEmpty(createdFolders)
            createdFolders = []
        }
    }

    /// Hands the pages of the freed rows back to the system once they are freed
    /// (`BackgroundRelease`): malloc keeps them otherwise, and attendance, read next, would
    /// be counted on top of tables no longer held.
    func returnFreedMemory() {
        BackgroundRelease.returnFreedMemory()
    }
}
