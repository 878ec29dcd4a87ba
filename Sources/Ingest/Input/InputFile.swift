import CSV
import ChiboCore

/// An opened input file: its reader positioned after the header, the header mapping,
/// and the file-level notices (ignored columns, non-UTF-8 encodings).
final class InputFile {
    /// Which file this is.
    let entity: Entity
    /// The file name used in diagnostics (`members.csv`).
    let fileName: String
    /// The path of the file read (its bytes go into `input_sha256`); empty for a reader
    /// made from bytes.
    private(set) var path = ""
    /// Where each canonical column is.
    let mapping: HeaderMapping
    /// The number of header fields.
    let headerCount: Int
    /// File-level notices.
    private(set) var notices: [Diagnostic] = []
    /// The detected encoding, for ingest_summary.csv.
    let encodingName: String
    /// `comma`, `semicolon` or `tab`, for ingest_summary.csv.
    let delimiterName: String
    private let reader: CSVReader
    /// Shown on a terminal while the rows are read.
    private var progress: ProgressLine
    /// The first record, read to see whether it is a template's hint row and not one;
    /// returned by the first `nextRow()`.
    private var pendingRow: CSVRow?

    /// Opens the file of `entity` found in `folder` and maps its header; nil when an
    /// optional file is absent. Diagnostics name the file by its canonical name, whatever
    /// its case in the folder.
    static func open(_ entity: Entity, in folder: InputFolder, directory: String) throws(IngestError)
        -> InputFile?
    {
        guard let path = folder.paths[entity] else {
            if entity.isRequired { throw .missingFile(file: entity.fileName, folder: directory) }
            return nil
        }
        do {
            let reader = try CSVReader(path: path, fileName: entity.fileName)
            let file = try InputFile(entity: entity, reader: reader)
            file.path = path
            return file
        } catch let error as CSVError {
            throw .unreadable(error)
        } catch let error as IngestError {
            throw error
        } catch {
            preconditionFailure("unexpected error \(error)")
        }
    }

    /// Wraps a reader whose header is next.
    init(entity: Entity, reader: CSVReader) throws(IngestError) {
        self.entity = entity
        self.fileName = reader.fileName
        self.reader = reader
        self.progress = ProgressLine(label: "ingest: " + reader.fileName)
        let header: [String]
        do {
            header = try reader.nextRow()?.strings ?? []
        } catch {
            throw .unreadable(error)
        }
        mapping = try HeaderMatcher(entity: entity).match(header, fileName: fileName)
        headerCount = header.count
        encodingName = reader.encoding.rawValue
        switch reader.delimiter {
        case UInt8(ascii: ";"): delimiterName = "semicolon"
        case UInt8(ascii: "\t"): delimiterName = "tab"
        default: delimiterName = "comma"
        }
        switch reader.encoding {
        case .utf8, .utf8WithBOM: break
        default:
            notices.append(
                ProblemCode.fileEncoding.diagnostic(
                    file: fileName, line: 0, value: encodingName,
                    message: "\(ProblemCode.fileEncoding.message) \(encodingName)"))
        }
        for (fieldNumber, cell) in mapping.ignored {
            notices.append(
                ProblemCode.columnIgnored.diagnostic(
                    file: fileName, line: 1, column: fieldNumber, value: cell))
        }
        try skipTemplateHintRow()
    }

    /// Reads the first record and keeps it for `nextRow()`, unless it is the row of format
    /// hints of this file's export template (`make templates`): staff who fill the template
    /// in and save it as CSV keep that row, and it is no data, so it is skipped with one
    /// notice instead of being rejected column by column.
    private func skipTemplateHintRow() throws(IngestError) {
        let row: CSVRow?
        do {
            row = try reader.nextRow()
        } catch {
            throw .unreadable(error)
        }
        guard let row else { return }
        let template = ExportTemplate(entity: entity)
        var mappedFields = 0
        for (column, fieldIndex) in mapping.fieldIndices.enumerated() {
            guard let fieldIndex else { continue }
            guard template.columns[column].isHint(row.string(at: fieldIndex)) else {
                pendingRow = row
                return
            }
            mappedFields += 1
        }
        guard mappedFields > 0 else {
            pendingRow = row
            return
        }
        notices.append(ProblemCode.templateHintRow.diagnostic(file: fileName, line: row.line))
    }

    /// The detected encoding.
    var encoding: TextEncoding { reader.encoding }
    /// The field separator.
    var delimiter: UInt8 { reader.delimiter }

    /// Erases the progress line, for a caller that stops reading before the end.
    func finishProgress() {
        progress.finish()
    }

    /// Draws no progress line for this file: it is read while another file's line is
    /// shown, and two lines redrawn from two threads would garble the terminal.
    func hideProgress() {
        progress = ProgressLine(label: progress.label, isShown: false)
    }

    /// The next raw row, for byte-level readers of big files.
    func nextRow() throws(IngestError) -> CSVRow? {
        if let pending = pendingRow {
            pendingRow = nil
            progress.addRow()
            return pending
        }
        let row: CSVRow?
        do {
            row = try reader.nextRow()
        } catch {
            progress.finish()
            throw .unreadable(error)
        }
        if row == nil {
            progress.finish()
        } else {
            progress.addRow()
        }
        return row
    }

    /// The whole-row problem of `row`: blank, or more non-empty fields than the header.
    /// A row with fewer fields reads its missing trailing fields as empty.
    func wholeRowProblem(_ row: CSVRow) -> (ProblemCode, String)? {
        if row.isBlank { return (.rowBlank, "") }
        if row.count > headerCount {
            for index in headerCount..<row.count where !row.isEmpty(at: index) {
                return (.rowRagged, row.string(at: index))
            }
        }
        return nil
    }
}
