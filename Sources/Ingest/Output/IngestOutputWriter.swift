import CSV
import ChiboCore

/// Writes the outputs of a run through temporary files and renames them into place only
/// once every one of them is complete.
///
/// `normalized/` (every accepted row) and the rejects (the offending values, names and
/// ids among them) hold personal data: they are owner-only from their first byte;
/// `ingest_summary.csv` holds counts and is shared.
struct IngestOutputWriter {
    /// The output folder.
    let directory: String
    private let csv = CSVWriter()

    /// The owner-only folder of the normalized tables, inside the output folder.
    static let normalizedFolderName = "normalized"
    /// The owner-only files directly in the output folder: every file that lists problem
    /// rows with their values. `rejects.xlsx` is written `.ownerOnly` like `rejects.csv`;
    /// naming it here narrows one left readable by others.
    static let ownerOnlyFileNames = ["rejects.csv", "rejects.xlsx"]

    /// Narrows to their owner the personal outputs of an earlier run found readable by
    /// others (the normalized folder and its files, the rejects).
    func tightenPersonalOutputs() throws(IngestError) -> [PermissionTightening] {
        do throws(FileError) {
            var result = try PermissionTightening.tightenFolder(
                directory + "/" + Self.normalizedFolderName)
            for name in Self.ownerOnlyFileNames {
                if let file = try PermissionTightening.tighten(directory + "/" + name) { result.append(file) }
            }
            return result
        } catch {
            throw .output(error)
        }
    }

    /// The folder of the normalized tables.
    var normalizedDirectory: String { directory + "/" + Self.normalizedFolderName }

    /// Creates the normalized folder, owner-only, if missing.
    func createNormalizedDirectory() throws(FileError) {
        try Directory.create(normalizedDirectory, confidentiality: .ownerOnly)
    }

    /// Writes normalized/ (with `ingest.csv`, the input's digest), rejects.csv and
    /// rejects.xlsx, and ingest_summary.csv; the tables in `streamed` (attendance among
    /// them when it was read) were already written to their temporary files, and
    /// `companion` is the binary companion of the streamed attendance table. A failure is
    /// the one the files written in `Entity` order would meet first, and nothing is
    /// renamed into place unless every file is complete.
    func write(
        _ result: IngestResult, streamed: [Entity: AtomicFileWriter] = [:],
        companion: AttendanceCompanionWriter? = nil, rejectsHead: RejectsHead? = nil
    ) throws(IngestError) {
        // A first run that fails leaves no empty folder behind (the stream that wrote
        // tables before takes back the folder it made).
        let created = Directory.missingFolders(of: normalizedDirectory)
        do throws(IngestError) {
            try writeAll(result, streamed: streamed, companion: companion, rejectsHead: rejectsHead)
        } catch {
            // The writers, local to `writeAll`, have removed their temporaries.
            Directory.removeIfEmpty(created)
            throw error
        }
    }

    private func writeAll(
        _ result: IngestResult, streamed: [Entity: AtomicFileWriter], companion: AttendanceCompanionWriter?,
        rejectsHead: RejectsHead?
    ) throws(IngestError) {
        try output { () throws(FileError) in try createNormalizedDirectory() }
        var tables: [Entity: AtomicFileWriter] = [:]
        var companion = streamed[.attendance] == nil ? nil : companion
        for entity in Entity.allCases {
            if let written = streamed[entity] {
                tables[entity] = written
            } else if entity == .attendance {
                let table = try output { () throws(FileError) in try writeAttendanceTable(result.attendance) }
                tables[entity] = table.file
                companion = table.companion
            } else {
                let table = result.tables.first { $0.entity == entity }!
                tables[entity] = try output { () throws(FileError) in try writeTable(table) }
            }
        }
        var writers = Entity.allCases.map { tables[$0]! }
        try output { () throws(FileError) in
            let record = try AtomicFileWriter(
                path: normalizedDirectory + "/" + IngestRecord.fileName, confidentiality: .ownerOnly)
            try record.write(result.record.file.bytes)
            writers.append(record)
            // The problems of the files before attendance were sorted and made into the
            // first records and sheets while attendance was checked (`RejectsHead`).
            var head = rejectsHead?.made() ?? .empty
            var diagnostics: [Diagnostic]
            if let rejectsHead, let rest = result.sortedDiagnostics(after: rejectsHead, count: head.count) {
                diagnostics = rest
            } else {
                head = .empty
                diagnostics = result.sortedDiagnostics
            }
            // The workbook (its XML and deflate) is finished on the second core while the CSV
            // files are written here.
            let headWorkbook = head.workbook
            let workbook = BackgroundWork { [diagnostics] in
                Result { () throws(IngestError) in
                    do throws(FileError) {
                        return try RejectsWorkbookWriter.writer(
                            head: headWorkbook, tail: diagnostics, directory: directory)
                    } catch {
                        throw .output(error)
                    }
                }
            }
            do throws(FileError) {
                let rejects = try AtomicFileWriter(
                    path: directory + "/rejects.csv", confidentiality: .ownerOnly)
                var buffer: [UInt8] = []
                csv.appendRecord(RejectsHead.header, to: &buffer)
                try rejects.write(buffer)
                try rejects.write(head.records)
                head.records = []
                buffer.removeAll(keepingCapacity: true)
                for diagnostic in diagnostics {
                    RejectsHead.appendRecord(of: diagnostic, to: &buffer)
                    if buffer.count >= 1 << 20 {
                        try rejects.write(buffer)
                        buffer.removeAll(keepingCapacity: true)
                    }
                }
                diagnostics = []
                try rejects.write(buffer)
                writers.append(rejects)
                let summary = try AtomicFileWriter(
                    path: directory + "/ingest_summary.csv", confidentiality: .shared)
                buffer = []
                csv.appendRecord(FileSummary.columns, to: &buffer)
                for file in result.summaries { csv.appendRecord(file.fields, to: &buffer) }
                try summary.write(buffer)
                writers.append(summary)
            } catch {
                // No thread writes once the stage returned; the workbook's unfinished file
                // goes with its writer.
                workbook.finish()
                throw error
            }
            do throws(IngestError) {
                writers.append(try workbook.takeValue().get())
            } catch {
                if case .output(let failure) = error { throw failure }
                preconditionFailure("the rejects workbook fails only as an output")
            }
            // Every byte written before any file is renamed: a late failure (a full disk)
            // leaves every earlier output as it was.
            for writer in writers { try writer.finishWriting() }
            for writer in writers { try writer.moveIntoPlace() }
            // Last: the companion describes the files in place, as they are now.
            if let companion {
                companion.commit(
                    stamps: AttendanceCompanion.describedFiles.map { entity in
                        tables[entity]?.stampAccumulator?.stamp
                    })
            } else {
                AttendanceCompanionWriter.removeCompanion(in: normalizedDirectory)
            }
        }
    }

    /// Runs `body`, its file error as an output error of the stage.
    private func output<Value>(_ body: () throws(FileError) -> Value) throws(IngestError) -> Value {
        do throws(FileError) {
            return try body()
        } catch {
            throw .output(error)
        }
    }

    /// Rows formatted at a time by one thread when a table is written.
    static let rowsPerChunk = 1 << 14

    /// Writes the accepted rows of `table`, sorted, to the temporary file of
    /// `normalized/<entity>.csv`; the caller commits it. The folder must exist.
    ///
    /// The rows are formatted in chunks by two threads, every other chunk by a helper
    /// that hands its bytes over (two chunks ahead at most), and written in order: writing
    /// members.csv and meetings.csv is otherwise seconds on one core while the other waits.
    func writeTable(_ table: ParsedTable) throws(FileError) -> AtomicFileWriter {
        let writer = try headedWriter(table.entity)
        let order = table.sortedAcceptedRows ?? table.sortedAcceptedRowIndices()
        let csv = self.csv
        let chunkCount = (order.count + Self.rowsPerChunk - 1) / Self.rowsPerChunk
        // Through views of the columns: reading each field through the store retained and
        // released its arrays, two thirds of the time of writing members.csv.
        let failure = order.withUnsafeBufferPointer { order in
            table.rows.withColumnViews { columns -> FileError? in
                columns.withUnsafeBufferPointer { columns in
                    writeChunks(count: chunkCount, to: writer) { chunk, block in
                        let end = min((chunk + 1) * Self.rowsPerChunk, order.count)
                        let rows = UnsafeBufferPointer(rebasing: order[(chunk * Self.rowsPerChunk)..<end])
                        Self.format(rows: rows, of: columns, csv: csv, into: &block)
                    }
                }
            }
        }
        if let failure { throw failure }
        return writer
    }

    /// Rows whose fields are found before any is formatted (`format(rows:of:csv:into:)`).
    private static let rowsPerGroup = 16

    /// Formats `rows` of `columns`, each with its line ending, at the end of `block`.
    ///
    /// The fields of a group of rows are found first, in one tight loop, then formatted:
    /// rows in id order lie anywhere in the columns, and their value numbers and starts
    /// read together miss the cache together, where formatting field after field waited
    /// for each miss in turn.
    private static func format(
        rows: UnsafeBufferPointer<Int32>, of columns: UnsafeBufferPointer<ColumnView>, csv: CSVWriter,
        into block: inout ByteBlock
    ) {
        let columnCount = columns.count
        let fields = UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>>.allocate(
            capacity: rowsPerGroup * columnCount)
        defer { fields.deallocate() }
        // Where each column's values end: a value with 16 bytes of them from its start is
        // copied as one 16-byte move (`Bytewise.copy16`).
        let valueEnds = UnsafeMutableBufferPointer<UnsafePointer<UInt8>?>.allocate(capacity: columnCount)
        defer { valueEnds.deallocate() }
        for position in 0..<columnCount {
            let bytes = columns[position].bytes
            valueEnds[position] = bytes.baseAddress.map { $0 + bytes.count }
        }
        var groupStart = 0
        while groupStart < rows.count {
            let groupEnd = min(groupStart + rowsPerGroup, rows.count)
            var slot = 0
            var touched: UInt8 = 0
            for index in groupStart..<groupEnd {
                let row = Int(rows[index])
                for position in 0..<columnCount {
                    let field = columns[position].field(row)
                    fields[slot] = field
                    if let first = field.first { touched ^= first }
                    slot += 1
                }
            }
            keep(touched)
            slot = 0
            for _ in groupStart..<groupEnd {
                for position in 0..<columnCount {
                    let field = fields[slot]
                    slot += 1
                    // Room for the field quoted, every byte doubled at worst, and the byte
                    // after it; or for a 16-byte move.
                    block.reserve(2 * field.count + 3 + 16)
                    if position > 0 { block.append(csv.delimiter) }
                    if let start = field.baseAddress, field.count <= 16, let end = valueEnds[position],
                        end - start >= 16, !csv.needsQuotes(field)
                    {
                        Bytewise.copy16(from: start, to: block.end)
                        block.count += field.count
                    } else {
                        block.count += csv.writeField(field, at: block.end)
                    }
                }
                block.reserve(csv.lineEnding.count)
                for byte in csv.lineEnding { block.append(byte) }
            }
            groupStart = groupEnd
        }
    }

    /// Takes a value computed only to bring memory into the cache, so that the reads
    /// that computed it are kept.
    @_optimize(none) @inline(never)
    private static func keep(_ value: UInt8) {}

    /// Writes `count` chunks to `writer` in order, chunk `i` formatted by `format(i, &block)`:
    /// the odd ones by a helper thread that hands its blocks over (two ahead at most), the
    /// even ones here. Returns the first failure to write; every chunk is still taken, so
    /// that the helper never waits.
    func writeChunks(
        count: Int, to writer: AtomicFileWriter, format: @escaping (Int, inout ByteBlock) -> Void
    ) -> FileError? {
        let blockSize = 1 << 21
        let chunks = BlockHandoff<ByteBlock>(capacity: 2)
        // Written blocks go back to the helper, which fills them again: a new block for
        // every chunk was new memory, each of its pages a fault and a page cleared (a
        // fifth of ingest's page faults on the national year).
        let written = BlockHandoff<ByteBlock>(capacity: Self.helperBlockCount + 1)
        // The helper reads the caller's views, which stay valid until it is waited for below.
        let helper =
            count > 1
            ? BackgroundWork.startingNow {
                var made = 0
                for chunk in stride(from: 1, to: count, by: 2) {
                    var block: ByteBlock
                    if made < Self.helperBlockCount {
                        block = ByteBlock(capacity: blockSize)
                        made += 1
                    } else {
                        guard let spent = written.receive() else {
                            preconditionFailure("a block went missing")
                        }
                        block = spent
                        block.count = 0
                    }
                    format(chunk, &block)
                    chunks.send(block)
                }
            } : nil
        var own = ByteBlock(capacity: blockSize)
        defer { own.deallocate() }
        var failure: FileError? = nil
        for chunk in 0..<count {
            if chunk % 2 == 1 {
                guard let block = chunks.receive() else { preconditionFailure("a chunk went missing") }
                defer { written.send(block) }
                guard failure == nil else { continue }
                do throws(FileError) { try writer.write(block.bytes) } catch { failure = error }
            } else {
                guard failure == nil else { continue }
                own.count = 0
                format(chunk, &own)
                do throws(FileError) { try writer.write(own.bytes) } catch { failure = error }
            }
        }
        helper?.finish()
        written.close()
        while let block = written.receive() { block.deallocate() }
        return failure
    }

    /// The blocks the helper of `writeChunks` fills: one being filled and two handed over
    /// (`BlockHandoff` of capacity 2), so that it never waits for one being written.
    private static let helperBlockCount = 3

    /// Writes the accepted attendance rows held in memory: when attendance was not
    /// streamed (no attendance.csv in the input, or checks run without a stream).
    private func writeAttendanceTable(_ attendance: AttendanceValidator.Result) throws(FileError)
        -> AttendanceTableWriter
    {
        let table = AttendanceTableWriter(
            file: try headedWriter(.attendance), meetings: attendance.meetings, members: attendance.members,
            csv: csv, companionDirectory: normalizedDirectory)
        for record in attendance.accepted { try table.append(record) }
        try table.flush()
        return table
    }

    /// The owner-only temporary file of `normalized/<entity>.csv`, its header written.
    func headedWriter(_ entity: Entity) throws(FileError) -> AtomicFileWriter {
        let writer = try AtomicFileWriter(
            path: normalizedDirectory + "/" + entity.fileName, confidentiality: .ownerOnly)
        if AttendanceCompanion.describedFiles.contains(entity) {
            writer.stampAccumulator = AttendanceCompanion.Stamp.Accumulator()
        }
        var header: [UInt8] = []
        csv.appendRecord(entity.columns, to: &header)
        try writer.write(header)
        return writer
    }
}
