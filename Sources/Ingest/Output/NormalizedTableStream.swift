import ChiboCore

#if canImport(Glibc)
    import Glibc
#endif

/// Writes each normalized table to its owner-only temporary file as soon as no rule can
/// change it any more, then frees its rows: the tables need not stay in memory until
/// every file is read. `IngestOutputWriter.write` renames them into place with the other
/// outputs, or they are removed when the run stops.
final class NormalizedTableStream {
    /// Where the tables go.
    let writer: IngestOutputWriter
    /// The temporary files written so far, not yet committed.
    private(set) var files: [Entity: AtomicFileWriter] = [:]
    /// The first write that failed. Later tables are then only freed; the failure is
    /// thrown once every file was read, so that an input problem is reported first, as
    /// when nothing was written before the end.
    private(set) var failure: FileError?
    /// The folders that did not exist before the first table was written.
    private var createdFolders: [String] = []

    /// A stream into `writer`'s output folder.
    init(writer: IngestOutputWriter) {
        self.writer = writer
    }

    /// Whether the normalized folder was made (or found).
    private var isFolderCreated = false

    /// Creates the normalized folder (and the output folder) if missing, once; a failure
    /// is kept as the stream's.
    func createFolder() {
        guard !isFolderCreated && failure == nil else { return }
        do throws(FileError) {
            createdFolders = Directory.missingFolders(of: writer.normalizedDirectory)
            try writer.createNormalizedDirectory()
            isFolderCreated = true
        } catch {
            failure = error
        }
    }

    /// Writes the accepted rows of `table` and frees its rows, keeping its summary and
    /// diagnostics.
    func write(_ table: inout ParsedTable) {
        createFolder()
        if failure == nil {
            do throws(FileError) {
                files[table.entity] = try writer.writeTable(table)
            } catch {
                failure = error
            }
        }
        table.releaseRows()
    }

    /// Takes the attendance table that checking attendance wrote to its temporary file,
    /// or its failure.
    func adopt(_ attendance: inout AttendanceValidator.Result) {
        if let table = attendance.table { files[.attendance] = table }
        attendance.table = nil
        if let error = attendance.failure, failure == nil { failure = error }
    }

    /// Removes the temporary files, and the folders this stream created if empty: a run
    /// stopped by a fatal problem leaves the output folder as it found it.
    func discard() {
        files = [:]
        isFolderCreated = false
        Directory.removeIfEmpty(createdFolders)
        createdFolders = []
    }

    /// Hands the pages of the freed rows back to the system: malloc keeps them otherwise,
    /// and attendance, read next, would be counted on top of tables no longer held.
    func returnFreedMemory() {
        #if canImport(Glibc)
            // malloc_trim(3) is glibc's; <malloc.h> is not in the Glibc module.
            typealias Trim = @convention(c) (Int) -> Int32
            if let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "malloc_trim") {
                _ = unsafeBitCast(symbol, to: Trim.self)(0)
            }
        #endif
    }
}
