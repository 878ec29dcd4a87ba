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

    /// A writer holding the workbook of `diagnostics`, not yet committed. The file is
    /// owner-only from its first byte, like rejects.csv: its values hold names and ids.
    static func writer(for diagnostics: [Diagnostic], directory: String) throws(FileError) -> AtomicFileWriter
    {
        let path = directory + "/" + fileName
        let bytes: [UInt8]
        let rejects = RejectsWorkbook(entries: diagnostics.map(\.rejectEntry))
        let workbook = rejects.workbook()
        do {
            bytes = try workbook.bytes()
        } catch {
            // Only a workbook past the 4 GiB of a ZIP without ZIP64 can fail.
            throw FileError(path: path, operation: "write", code: EFBIG)
        }
        // Millions of cells: freed beside the end of the run, not before it.
        BackgroundRelease.drop(consume workbook)
        BackgroundRelease.drop(consume rejects)
        let writer = try AtomicFileWriter(path: path, confidentiality: .ownerOnly)
        try writer.write(bytes)
        return writer
    }
}
