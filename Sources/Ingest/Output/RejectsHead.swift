import CSV
import ChiboCore
import OfficeReports

/// The first problems of rejects.csv and rejects.xlsx: those of the files checked before
/// attendance is read (organizations, villages, members and meetings, which come before it
/// in `Entity` order and so before every later problem). They are sorted, formatted as
/// rejects.csv records and made into the workbook's first sheets on another thread while
/// attendance is checked; the end of the stage then does only the rest (on the national
/// year, a quarter of the problems instead of all).
final class RejectsHead: Sendable {
    /// What the head made.
    struct Made: Sendable {
        /// How many problems it holds.
        var count = 0
        /// Their rejects.csv records, sorted, without the header.
        var records: [UInt8] = []
        /// The workbook begun with their sheets.
        var workbook: RejectsWorkbook.Parts

        /// A head of no problem.
        static var empty: Made {
            Made(workbook: RejectsWorkbook.Parts(head: RejectsWorkbook(entries: [])))
        }
    }

    /// The files whose problems a head holds: those before attendance in `Entity` order.
    static let entities = Set(Entity.allCases.prefix { $0 != .attendance })

    /// Whether `diagnostic` is about a file before attendance, so sorts before every
    /// problem of attendance and later files (a file outside `Entity`, a folder notice,
    /// sorts last).
    static func isInHead(_ diagnostic: Diagnostic) -> Bool {
        IngestResult.filePosition(of: diagnostic) < attendancePosition
    }

    private static let attendancePosition = Entity.allCases.firstIndex(of: .attendance)!

    /// The entities of the tables the head was made from.
    let tableEntities: Set<Entity>
    private let work: BackgroundWork<Made>

    /// Starts making the head of the problems of `tables` (those of the files before
    /// attendance, checked and final).
    init(tables: [ParsedTable]) {
        precondition(tables.allSatisfy { Self.entities.contains($0.entity) }, "a head of files read later")
        tableEntities = Set(tables.map(\.entity))
        // On an idle core, the problems gathered there too: on an equal footing with
        // attendance's threads, the head delayed them by about as much as it saved at the end.
        work = BackgroundWork.onIdleCores {
            let sorted = IngestResult.sorted(tables.flatMap { $0.diagnostics().filter(Self.isInHead) })
            var records: [UInt8] = []
            for diagnostic in sorted { Self.appendRecord(of: diagnostic, to: &records) }
            let workbook = RejectsWorkbook.Parts(head: RejectsWorkbook(entries: sorted.map(\.rejectEntry)))
            return Made(count: sorted.count, records: records, workbook: workbook)
        }
    }

    /// Waits for the head and hands it over.
    func made() -> Made { work.takeValue() }

    /// Waits for the head and drops it: on a path that stops the stage.
    func finish() { work.finish() }

    /// rejects.csv's header.
    static let header = ["file", "line", "column", "value", "code", "severity", "message"]

    private static let csv = CSVWriter()

    /// Appends the rejects.csv record of `diagnostic` to `buffer`.
    static func appendRecord(of diagnostic: Diagnostic, to buffer: inout [UInt8]) {
        csv.appendRecord(
            [
                diagnostic.file, String(diagnostic.line), diagnostic.columnName, diagnostic.value,
                diagnostic.code, diagnostic.severity.rawValue, diagnostic.message,
            ], to: &buffer)
    }
}
