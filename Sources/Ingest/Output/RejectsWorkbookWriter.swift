import ChiboCore
import OfficeReports

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes rejects.xlsx beside rejects.csv: the same problems as a workbook for staff.
enum RejectsWorkbookWriter {
    static let fileName = "rejects.xlsx"

    /// A writer holding the workbook begun by `head` and finished with the sheets of
    /// `tail`, the later problems in rejects.csv order, not yet committed. The file is
    /// owner-only from its first byte, like rejects.csv: its values hold names and ids.
    static func writer(
        head: RejectsWorkbook.Parts, tail: [Diagnostic], directory: String
    ) throws(FileError) -> AtomicFileWriter {
        let path = directory + "/" + fileName
        let bytes: [UInt8]
        let rejects = RejectsWorkbook(entries: tail.map(\.rejectEntry))
        do {
            bytes = try head.bytes(tail: rejects)
        } catch {
            // Only a workbook past the 4 GiB of a ZIP without ZIP64 can fail.
            throw FileError(path: path, operation: "write", code: EFBIG)
        }
        // Millions of cells: freed beside the end of the run, not before it.
        BackgroundRelease.drop(consume head)
        BackgroundRelease.drop(consume rejects)
        let writer = try AtomicFileWriter(path: path, confidentiality: .ownerOnly)
        try writer.write(bytes)
        return writer
    }
}
