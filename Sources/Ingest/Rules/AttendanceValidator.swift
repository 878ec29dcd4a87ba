import CSV
import ChiboCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Validates attendance.csv, the biggest file (tens of millions of rows), on bytes:
/// ids are looked up without normalizing each one through Foundation, accepted rows are
/// kept as pairs of ranks (the position of the id in the bytewise-sorted list of
/// accepted ids), so sorting the pairs sorts the output bytewise.
enum AttendanceValidator {
    /// An accepted meeting, by rank.
    struct Meetings {
        /// Accepted meeting ids, sorted bytewise.
        var ids = RankedIds([])
        /// The meeting's date (day number), by rank.
        var days: [Int32] = []
        /// The meeting's chi bộ (an interned org id), by rank.
        var organizations: [Int32] = []
    }

    /// An accepted member, by rank.
    struct Members {
        /// Accepted member ids, sorted bytewise.
        var ids = RankedIds([])
        /// `admitted_on` (day number), by rank.
        var admitted: [Int32] = []
        /// `left_on` (day number), `Int32.max` when the member has not left, by rank.
        var left: [Int32] = []
        /// The member's chi bộ (an interned org id), by rank.
        var organizations: [Int32] = []
    }

    /// One keyed row (both ids known) in 12 bytes, since there can be tens of millions.
    struct Record {
        /// The meeting's rank.
        var meeting: UInt32
        /// The member's rank.
        var member: UInt32
        /// The physical line, shifted left by 3; the `AttendanceStatus` index (3 when
        /// invalid) in bits 1–2; bit 0 set when the row is rejected.
        private var packed: UInt32

        init(meeting: UInt32, member: UInt32, line: Int, status: UInt8, isRejected: Bool) {
            precondition(line < 1 << 29, "attendance.csv has more than 2^29 lines")
            self.meeting = meeting
            self.member = member
            packed = UInt32(line) << 3 | UInt32(min(status, 3)) << 1 | (isRejected ? 1 : 0)
        }

        /// The physical line where the row starts.
        var line: Int { Int(packed >> 3) }
        /// The `AttendanceStatus` index.
        var status: Int { Int(packed >> 1 & 3) }
        /// Whether the row has an error.
        var isRejected: Bool {
            get { packed & 1 == 1 }
            set { packed = newValue ? packed | 1 : packed & ~1 }
        }

        /// Whether the record comes first in output order: by meeting, member, then
        /// physical line (unique to a record, and the top bits of `packed`).
        @inline(__always)
        func precedes(_ other: Record) -> Bool {
            if meeting != other.meeting { return meeting < other.meeting }
            if member != other.member { return member < other.member }
            return packed < other.packed
        }
    }

    /// The outcome: the accepted rows, and the problems.
    struct Result {
        /// The temporary file of `normalized/attendance.csv` holding the accepted rows,
        /// when checked with an output writer; not committed.
        var table: AtomicFileWriter? = nil
        /// The binary companion of `table`, committed after it.
        var companion: AttendanceCompanionWriter? = nil
        /// Without an output writer: the accepted rows sorted bytewise by meeting id then
        /// member id (with one, they are in `table` only).
        var accepted: [Record] = []
        /// The first failure to write a run or the table: the stage fails with it once
        /// every file was read.
        var failure: FileError? = nil
        /// Errors of rejected rows and warnings of accepted ones.
        var diagnostics: [Diagnostic] = []
        /// Counts for the summary.
        var summary: FileSummary
        /// The meetings the ranks refer to.
        var meetings: Meetings
        /// The members the ranks refer to.
        var members: Members
    }

    /// Numbers chi bộ ids for the attendance check, the same number for the same id in
    /// meetings and members: only equality of the numbers is used.
    struct OrganizationNumbers {
        private var numbers: [String: Int32] = [:]

        /// The number of each distinct value of an org id column, by value number: an id is
        /// numbered once per distinct value, not per row.
        mutating func numbers(of values: InternedValues) -> [Int32] {
            (0..<values.count).map { number in
                let id = values.string(UInt32(number))
                if let known = numbers[id] { return known }
                let next = Int32(numbers.count)
                numbers[id] = next
                return next
            }
        }
    }

    /// Meetings ranked from their accepted rows.
    static func rank(meetings: ParsedTable, organizations: inout OrganizationNumbers) -> Meetings {
        var ranked = Meetings()
        let sortedRows = sortedAcceptedRows(meetings)
        let date = meetings.column("date")
        let organization = meetings.column("org_id")
        let rows = meetings.rows
        let organizationNumbers = organizations.numbers(of: rows.values[organization])
        ranked.days.reserveCapacity(sortedRows.count)
        ranked.organizations.reserveCapacity(sortedRows.count)
        let days = rows.daysOfValues(date)
        for index in sortedRows.lazy.map(Int.init) {
            ranked.days.append(days[Int(rows.cell(index, date))]!.number)
            ranked.organizations.append(organizationNumbers[Int(rows.cell(index, organization))])
        }
        ranked.ids = RankedIds(values: rows.values[0], numbers: sortedRows.lazy.map { rows.cell(Int($0), 0) })
        return ranked
    }

    /// Members ranked from their accepted rows.
    static func rank(members: ParsedTable, organizations: inout OrganizationNumbers) -> Members {
        var ranked = Members()
        let sortedRows = sortedAcceptedRows(members)
        let admitted = members.column("admitted_on")
        let left = members.column("left_on")
        let organization = members.column("org_id")
        let rows = members.rows
        let organizationNumbers = organizations.numbers(of: rows.values[organization])
        ranked.admitted.reserveCapacity(sortedRows.count)
        ranked.left.reserveCapacity(sortedRows.count)
        ranked.organizations.reserveCapacity(sortedRows.count)
        let (admittedDays, leftDays) = (rows.daysOfValues(admitted), rows.daysOfValues(left))
        for index in sortedRows.lazy.map(Int.init) {
            ranked.admitted.append(admittedDays[Int(rows.cell(index, admitted))]!.number)
            ranked.left.append(leftDays[Int(rows.cell(index, left))]?.number ?? Int32.max)
            ranked.organizations.append(organizationNumbers[Int(rows.cell(index, organization))])
        }
        ranked.ids = RankedIds(values: rows.values[0], numbers: sortedRows.lazy.map { rows.cell(Int($0), 0) })
        return ranked
    }

    /// The indices of the accepted rows of `table`, sorted bytewise by id.
    ///
    /// Accepted ids are distinct and the id is the first sort column, so the output
    /// order of the table is this order.
    private static func sortedAcceptedRows(_ table: ParsedTable) -> [Int32] {
        table.sortedAcceptedRows ?? table.sortedAcceptedRowIndices()
    }

    /// What checking a stretch of rows found, before duplicates are looked for.
    struct Checked {
        var runs: AttendanceRuns
        var diagnostics: [Diagnostic] = []
        /// Statuses typed in a legacy font: warnings for rows kept so far.
        var legacyWarnings: [Diagnostic] = []
        /// Cells per legacy encoding.
        var legacyCounts: [String: Int] = [:]
        var rowsRead = 0
        var rejected = 0
        /// The text offset and line of the first row checked.
        var firstRow: (offset: Int, line: Int)? = nil
        /// The error that stopped the reading, if any.
        var error: IngestError? = nil

        /// Appends what `later`, the rows right after these, found.
        mutating func append(_ later: Checked) {
            runs.append(later.runs)
            diagnostics += later.diagnostics
            legacyWarnings += later.legacyWarnings
            legacyCounts.merge(later.legacyCounts, uniquingKeysWith: +)
            rowsRead += later.rowsRead
            rejected += later.rejected
        }
    }

    /// Files at least this big are read by two threads, from their start and from a
    /// record near their middle.
    static let splitSize = 16 << 20

    /// Keyed rows each reader holds before it writes them as a sorted run: 4 Mi records
    /// of 12 bytes, 48 MiB per reader and 96 MiB for the two (sorting adds up to half of
    /// that). `CHIBO_INGEST_RUN_RECORDS` sets another count, for tests and benchmarks
    /// that want many runs from a small file.
    static let recordsPerRun: Int = {
        if let text = getenv("CHIBO_INGEST_RUN_RECORDS").map({ String(cString: $0) }),
            let count = Int(text), count > 0
        {
            return count
        }
        return 1 << 22
    }()

    /// Reads and checks every row of `file`.
    ///
    /// A big UTF-8 file is read in two halves at once: a second reader starts after a line
    /// end near the middle, and its rows are taken only if the reader of the first half
    /// meets a record at exactly that offset and line, so the split can never cut a quoted
    /// field (messy quotes included): otherwise the first reader goes on to the end alone.
    /// Both halves' findings are joined in physical order, so the outcome is the one of a
    /// single reader.
    ///
    /// Keyed rows (both ids known, rejected or not: a key belongs to its first row) are
    /// kept as sorted runs of at most `recordsPerRun` records per reader; with an `output`,
    /// full runs go to one temporary file in its folder. The runs are then merged in
    /// (meeting, member, line) order, which finds the duplicates, and with an `output` the
    /// accepted rows are written straight to the temporary file of
    /// `normalized/attendance.csv` (`Result.table`); without one they are kept in
    /// `Result.accepted`. With an `output`, nothing holds all the rows at once.
    static func validate(
        _ file: InputFile?, meetings: Meetings, members: Members, splitSize: Int = splitSize,
        output: IngestOutputWriter? = nil, recordsPerRun: Int = recordsPerRun,
        mergeBufferCount: Int? = nil
    ) throws(IngestError) -> Result {
        let fileName = Entity.attendance.fileName
        var result = Result(
            summary: FileSummary(
                fileName: fileName, encoding: file?.encodingName ?? "", delimiter: file?.delimiterName ?? "",
                rowsRead: 0, rowsAccepted: 0, rowsRejected: 0, warnings: 0),
            meetings: meetings, members: members)
        guard let file else { return result }
        result.diagnostics = file.notices
        let indices = file.mapping.fieldIndices.map { $0! }
        let columns = Entity.attendance.columns
        let runFile = output.map { AttendanceRunFile(directory: $0.directory) }
        let split = SplitPoint.find(file, minimumSize: splitSize)
        let (path, delimiter) = (file.path, file.delimiter)
        let secondHalf = split.map { split in
            BackgroundWork.startingNow {
                Swift.Result { () throws(IngestError) -> Checked in
                    var checker = RowChecker(
                        file: file, meetings: meetings, members: members,
                        runs: AttendanceRuns(capacity: recordsPerRun, file: runFile))
                    // Unreadable here, the file is read by the first reader alone.
                    guard let line = split.line() else { return checker.checked }
                    do throws(CSVError) {
                        let reader = try CSVReader(
                            path: path, fileName: fileName, continuingAt: split.offset,
                            textOffset: split.textOffset, line: line, delimiter: delimiter)
                        while let row = try reader.nextRow() { checker.check(row) }
                    } catch {
                        checker.checked.error = .unreadable(error)
                    }
                    return checker.checked
                }
            }
        }
        var checker = RowChecker(
            file: file, meetings: meetings, members: members,
            runs: AttendanceRuns(capacity: recordsPerRun, file: runFile))
        var isSplitDecided = split == nil
        do throws(IngestError) {
            while let row = try file.nextRow() {
                if !isSplitDecided, let split, let secondHalf, row.byteOffset >= split.textOffset {
                    isSplitDecided = true
                    let later = try secondHalf.value().get()
                    if let first = later.firstRow, first.offset == row.byteOffset, first.line == row.line {
                        file.finishProgress()
                        checker.checked.append(later)
                        if let error = later.error { throw error }
                        break
                    }
                }
                checker.check(row)
            }
        } catch {
            secondHalf?.finish()
            throw error
        }
        secondHalf?.finish()
        let runs = checker.checked.runs
        checker.checked.runs = AttendanceRuns(capacity: 1, file: nil)
        result.diagnostics += checker.checked.diagnostics
        let legacyWarnings = checker.checked.legacyWarnings
        let legacyCounts = checker.checked.legacyCounts
        let rowsRead = checker.checked.rowsRead
        var rejected = checker.checked.rejected
        var warnings = 0
        var duplicateLines = Set<Int>()
        do throws(FileError) {
            if let failure = runs.failure { throw failure }
            // The rows are written on another thread, handed over in blocks as the merge
            // finds them: formatting and writing them is about half of the merge's time,
            // which would otherwise run alone on one core after both readers are done.
            let writing = try output.map { output throws(FileError) in
                TableWriting(
                    file: try output.headedWriter(.attendance), meetings: meetings, members: members,
                    companionDirectory: output.normalizedDirectory)
            }
            let isKeptInMemory = writing == nil
            var block: [Record] = []
            block.reserveCapacity(TableWriting.blockSize)
            var mergeFailure: FileError? = nil
            do throws(FileError) {
                // Physical order breaks ties, so the first row of a pair keeps it.
                var merger = try AttendanceRunMerger(runs, bufferCount: mergeBufferCount)
                var previous: Record? = nil
                while let record = try merger.next() {
                    defer { previous = record }
                    let meeting = Int(record.meeting)
                    let member = Int(record.member)
                    if let previous, previous.meeting == record.meeting && previous.member == record.member {
                        if !record.isRejected { rejected += 1 }
                        if !legacyWarnings.isEmpty { duplicateLines.insert(record.line) }
                        result.diagnostics.append(
                            ProblemCode.attendanceDuplicate.diagnostic(
                                file: fileName, line: record.line,
                                value: meetings.ids.id(meeting) + "," + members.ids.id(member)))
                        continue
                    }
                    if record.isRejected { continue }
                    if members.organizations[member] != meetings.organizations[meeting] {
                        warnings += 1
                        result.diagnostics.append(
                            ProblemCode.attendanceOtherCell.diagnostic(
                                file: fileName, line: record.line, column: indices[1] + 1,
                                columnName: columns[1], value: members.ids.id(member)))
                    }
                    // Not `if let writing` here: binding it retained and released the
                    // writer's objects at every row, which the writer thread also counts.
                    if isKeptInMemory {
                        result.accepted.append(record)
                        continue
                    }
                    block.append(record)
                    if block.count == TableWriting.blockSize {
                        writing?.send(block)
                        block.removeAll(keepingCapacity: true)
                    }
                }
            } catch {
                mergeFailure = error
            }
            if let writing {
                writing.send(block)
                // The rows written come before any the merge failed to read: a failure to
                // write them is the one met first.
                let written = try writing.finish()
                if let mergeFailure { throw mergeFailure }
                result.table = written.file
                result.companion = written.companion
            } else if let mergeFailure {
                throw mergeFailure
            }
        } catch {
            // Duplicates and warnings are incomplete: the stage fails with this error.
            result.failure = error
        }
        for warning in legacyWarnings where !duplicateLines.contains(warning.line) {
            warnings += 1
            result.diagnostics.append(warning)
        }
        for (encoding, count) in legacyCounts.sorted(by: { $0.key < $1.key }) {
            result.diagnostics.append(
                ProblemCode.legacyEncoding.diagnostic(
                    file: fileName, line: 1, column: indices[2] + 1, columnName: columns[2], value: encoding,
                    message: "\(ProblemCode.legacyEncoding.message) \(encoding): \(count) ô"))
        }
        result.summary.rowsRead = rowsRead
        result.summary.rowsRejected = rejected
        result.summary.rowsAccepted = rowsRead - rejected
        result.summary.warnings = warnings
        return result
    }

    /// The accepted rows written to the table on a thread of their own, in blocks handed
    /// over by the merge.
    private struct TableWriting {
        /// Records per block: 192 KiB.
        static let blockSize = 1 << 14
        private let blocks = BlockHandoff<[Record]>(capacity: 4)
        private let writer: BackgroundWork<Swift.Result<WrittenTable, FileError>>

        /// The temporary file of the table and its binary companion, neither committed.
        struct WrittenTable {
            let file: AtomicFileWriter
            let companion: AttendanceCompanionWriter?
        }

        /// Starts the writer of the rows of `meetings` and `members` into `file`, and of
        /// their binary companion in `companionDirectory` if given.
        init(file: AtomicFileWriter, meetings: Meetings, members: Members, companionDirectory: String?) {
            let blocks = self.blocks
            writer = BackgroundWork.startingNow {
                // Built here: its arena of member ids is made while the merge starts.
                let table = AttendanceTableWriter(
                    file: file, meetings: meetings, members: members, companionDirectory: companionDirectory)
                var failure: FileError? = nil
                // After a failure the blocks are still taken, so that the merge never waits.
                while failure == nil, let block = blocks.receive() {
                    do throws(FileError) {
                        for record in block { try table.append(record) }
                    } catch {
                        failure = error
                    }
                }
                while blocks.receive() != nil {}
                if let failure { return .failure(failure) }
                return Swift.Result { () throws(FileError) in
                    try table.flush()
                    return WrittenTable(file: table.file, companion: table.companion)
                }
            }
        }

        /// Hands `block` over, waiting while the writer is four blocks behind.
        func send(_ block: [Record]) {
            if !block.isEmpty { blocks.send(block) }
        }

        /// Waits for every row to be written; the temporary file, not committed.
        func finish() throws(FileError) -> WrittenTable {
            blocks.close()
            return try writer.value().get()
        }
    }

    /// Checks rows one by one, with the look-up caches of one reader.
    private struct RowChecker {
        let file: InputFile
        let meetings: Meetings
        let members: Members
        let indices: [Int]
        /// The fields of the meeting id, the member id and the status (`indices`, read
        /// once rather than from the array at every row).
        let meetingField: Int
        let memberField: Int
        let statusField: Int
        /// The header's count of fields: a row with no more and not blank has no
        /// whole-row problem, which is then not asked for.
        let headerCount: Int
        /// The last of the three fields.
        let lastField: Int
        let meetingProbe: NumberedIdProbe
        let memberProbe: NumberedIdProbe
        let columns = Entity.attendance.columns
        var statuses = StatusReader()
        // Exports list a meeting's rows together: most rows repeat the previous meeting id.
        var previousMeeting = RepeatedLookUp()
        var checked: Checked

        init(file: InputFile, meetings: Meetings, members: Members, runs: AttendanceRuns) {
            self.file = file
            self.meetings = meetings
            self.members = members
            checked = Checked(runs: runs)
            let indices = file.mapping.fieldIndices.map { $0! }
            self.indices = indices
            (meetingField, memberField, statusField) = (indices[0], indices[1], indices[2])
            headerCount = file.headerCount
            lastField = indices.max()!
            meetingProbe = NumberedIdProbe(meetings.ids)
            memberProbe = NumberedIdProbe(members.ids)
        }

        private func problem(_ code: ProblemCode, line: Int, column: Int, value: String) -> Diagnostic {
            code.diagnostic(
                file: file.fileName, line: line, column: indices[column] + 1, columnName: columns[column],
                value: value)
        }

        /// Checks `row`. The usual row (no more fields than the header, its ids known and
        /// of the usual shape, its status a spelling met before and not in a legacy font,
        /// its member active) is kept at once; any other takes `checkInFull`, which finds
        /// its problems (the look-ups again, from their caches).
        mutating func check(_ row: CSVRow) {
            if checked.firstRow == nil { checked.firstRow = (row.byteOffset, row.line) }
            checked.rowsRead += 1
            if row.count <= headerCount && row.count > lastField && !row.isBlank,
                case .found(let meeting) = previousMeeting.lookUp(
                    row, meetingField, in: meetings.ids, probe: meetingProbe)
            {
                let member = memberProbe.rank(of: row[memberField])
                let status = statuses.knownStatus(row[statusField])
                if member >= 0 && status < StatusReader.empty {
                    let day = meetings.days[Int(meeting)]
                    if members.admitted[member] <= day && day < members.left[member] {
                        checked.runs.append(
                            Record(
                                meeting: UInt32(meeting), member: UInt32(member), line: row.line,
                                status: status,
                                isRejected: false))
                        return
                    }
                }
            }
            checkInFull(row)
        }

        /// Checks `row` field by field, collecting its problems.
        private mutating func checkInFull(_ row: CSVRow) {
            var errors: [Diagnostic] = []
            if row.count > headerCount || row.isBlank, let (code, extra) = file.wholeRowProblem(row) {
                errors.append(code.diagnostic(file: file.fileName, line: row.line, value: extra))
                if code == .rowBlank {
                    checked.diagnostics += errors
                    checked.rejected += 1
                    return
                }
            }
            var meetingRank: Int32? = nil
            var memberRank: Int32? = nil
            switch previousMeeting.lookUp(row, meetingField, in: meetings.ids, probe: meetingProbe) {
            case .empty:
                errors.append(
                    problem(.idEmpty, line: row.line, column: 0, value: row.string(at: meetingField)))
            case .unknown:
                errors.append(
                    problem(
                        .attendanceUnknownMeeting, line: row.line, column: 0,
                        value: row.string(at: meetingField)))
            case .found(let rank):
                meetingRank = rank
            }
            switch lookUp(row, memberField, in: members.ids, probe: memberProbe) {
            case .empty:
                errors.append(
                    problem(.idEmpty, line: row.line, column: 1, value: row.string(at: memberField)))
            case .unknown:
                errors.append(
                    problem(
                        .attendanceUnknownMember, line: row.line, column: 1,
                        value: row.string(at: memberField)
                    ))
            case .found(let rank):
                memberRank = rank
            }
            let (status, legacyEncoding) = statuses.status(row, statusField)
            if status == StatusReader.empty {
                errors.append(
                    problem(.valueRequired, line: row.line, column: 2, value: row.string(at: statusField)))
            } else if status == StatusReader.unknown {
                errors.append(
                    problem(.enumUnknown, line: row.line, column: 2, value: row.string(at: statusField)))
            }
            if let meetingRank, let memberRank {
                let day = meetings.days[Int(meetingRank)]
                if !(members.admitted[Int(memberRank)] <= day && day < members.left[Int(memberRank)]) {
                    errors.append(
                        problem(
                            .attendanceMemberInactive, line: row.line, column: 1,
                            value: row.string(at: memberField)))
                }
                checked.runs.append(
                    Record(
                        meeting: UInt32(meetingRank), member: UInt32(memberRank), line: row.line,
                        status: status,
                        isRejected: !errors.isEmpty))
            }
            if let legacyEncoding {
                checked.legacyCounts[legacyEncoding, default: 0] += 1
                if errors.isEmpty {
                    checked.legacyWarnings.append(
                        ProblemCode.legacyFont.diagnostic(
                            file: file.fileName, line: row.line, column: statusField + 1,
                            columnName: columns[2], value: row.string(at: statusField),
                            message: "\(ProblemCode.legacyFont.message) (\(legacyEncoding))"))
                }
            }
            if !errors.isEmpty {
                checked.rejected += 1
                checked.diagnostics += errors
            }
        }
    }

    /// Where a second reader starts: just after a line end near the middle of the file.
    struct SplitPoint {
        /// The offset in the file.
        var offset: Int
        /// The offset in the text (the file without its byte order mark).
        var textOffset: Int
        /// The file's path.
        var path: String

        /// The split point of `file`, or nil when it is smaller than `minimumSize`, not
        /// UTF-8, or has no suitable line end: then one reader reads it all.
        static func find(_ file: InputFile, minimumSize: Int) -> SplitPoint? {
            guard let markLength = file.encoding.utf8MarkLength else { return nil }
            let descriptor = open(file.path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            var status = stat()
            guard fstat(descriptor, &status) == 0, Int(status.st_size) >= max(minimumSize, 1 << 16) else {
                return nil
            }
            let size = Int(status.st_size)
            let middle = size / 2
            let blockSize = 1 << 20
            let block = UnsafeMutablePointer<UInt8>.allocate(capacity: blockSize + 1)
            defer { block.deallocate() }
            // The line end: the first LF from the middle on followed by a byte that starts
            // no empty line (a blank line is skipped by the reader, not a record).
            let window = pread(descriptor, block, blockSize, off_t(middle))
            guard window > 1 else { return nil }
            for index in 0..<(window - 1) where block[index] == 0x0A {
                let next = block[index + 1]
                if next != 0x0A && next != 0x0D {
                    let offset = middle + index + 1
                    return SplitPoint(offset: offset, textOffset: offset - markLength, path: file.path)
                }
            }
            return nil
        }

        /// The physical line starting at the split, counted as the reader counts (LF,
        /// CR LF, CR), or nil when the file cannot be read. The second reader counts it
        /// before it starts, while the first reads: it reads half the file.
        func line() -> Int? {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            let blockSize = 1 << 20
            let block = UnsafeMutableRawPointer.allocate(byteCount: blockSize, alignment: 8)
            defer { block.deallocate() }
            var lineEnds = 0
            var previousIsCarriageReturn = false
            var position = 0
            while position < offset {
                let count = pread(descriptor, block, min(blockSize, offset - position), off_t(position))
                guard count > 0 else { return nil }
                let bytes = UnsafeBufferPointer(
                    start: block.assumingMemoryBound(to: UInt8.self), count: count)
                if memchr(block, 0x0D, count) == nil {
                    // No CR: every LF ends a line, but one right after a CR ending the
                    // previous block (CR LF is one).
                    let isCarriageReturnLineFeed = previousIsCarriageReturn && bytes[0] == 0x0A
                    lineEnds += Self.lineFeeds(in: bytes) - (isCarriageReturnLineFeed ? 1 : 0)
                    previousIsCarriageReturn = false
                } else {
                    for byte in bytes {
                        if byte == 0x0A {
                            if !previousIsCarriageReturn { lineEnds += 1 }
                            previousIsCarriageReturn = false
                        } else if byte == 0x0D {
                            lineEnds += 1
                            previousIsCarriageReturn = true
                        } else {
                            previousIsCarriageReturn = false
                        }
                    }
                }
                position += count
            }
            return lineEnds + 1
        }

        /// The LF bytes of `bytes`, counted eight at a time.
        static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
            let words = bytes.count / 8
            var count = 0
            let raw = UnsafeRawPointer(bytes.baseAddress!)
            let (low, lineFeeds, ones) = (
                UInt64(0x7F7F_7F7F_7F7F_7F7F), UInt64(0x0A0A_0A0A_0A0A_0A0A), UInt64(0x0101_0101_0101_0101)
            )
            var word = 0
            while word < words {
                // Per byte, how many LF bytes were met, added up over at most 255 words (no
                // byte overflows), then the eight bytes summed: no population count per
                // word, which the baseline x86-64 target has no instruction for.
                var perByte: UInt64 = 0
                let end = min(word + 255, words)
                while word < end {
                    // A byte of `x` is zero exactly where the byte is LF; bit 7 of that
                    // byte of `~(((x & low) + low) | x)` is set exactly then (no carry
                    // crosses bytes).
                    let x = raw.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self) ^ lineFeeds
                    perByte &+= (~(((x & low) &+ low) | x) >> 7) & ones
                    word += 1
                }
                let pairs = (perByte & 0x00FF_00FF_00FF_00FF) &+ ((perByte >> 8) & 0x00FF_00FF_00FF_00FF)
                count += Int((pairs &* 0x0001_0001_0001_0001) >> 48)
            }
            for index in (words * 8)..<bytes.count where bytes[index] == 0x0A { count += 1 }
            return count
        }
    }

    private enum LookUp {
        case empty
        case unknown
        case found(Int32)
    }

    /// Looks up the trimmed id in field `index`: first by `probe` (an id of the usual
    /// shape, the prefix and digits of the ids held as numbers), then ASCII ids on their
    /// bytes, others once normalized.
    @inline(__always)
    private static func lookUp(
        _ row: CSVRow, _ index: Int, in table: RankedIds, probe: NumberedIdProbe
    ) -> LookUp {
        guard index < row.count else { return .empty }
        let bytes = row[index]
        let probed = probe.rank(of: bytes)
        if probed >= 0 { return .found(Int32(truncatingIfNeeded: probed)) }
        if probed == NumberedIdProbe.unknown { return .unknown }
        return lookUp(bytes, in: table)
    }

    /// Looks up the trimmed id `bytes`; ASCII ids are looked up on their bytes.
    private static func lookUp(_ bytes: UnsafeBufferPointer<UInt8>, in table: RankedIds) -> LookUp {
        var isASCII = true
        for byte in bytes where byte >= 0x80 {
            isASCII = false
            break
        }
        guard isASCII else {
            guard let id = IdNormalizer.normalize(String(decoding: bytes, as: UTF8.self)) else {
                return .empty
            }
            return table.rank(of: id).map { .found($0) } ?? .unknown
        }
        var start = 0
        var end = bytes.count
        // ASCII whitespace: tab, LF, VT, FF, CR and space.
        while start < end && (bytes[start] == 0x20 || (0x09...0x0D).contains(bytes[start])) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || (0x09...0x0D).contains(bytes[end - 1])) { end -= 1 }
        if start == end { return .empty }
        return table.rank(of: UnsafeBufferPointer(rebasing: bytes[start..<end])).map { .found($0) }
            ?? .unknown
    }

    /// The look-up of the previous row's field, reused when the field has the same bytes.
    private struct RepeatedLookUp {
        private var bytes: [UInt8] = []
        private var result: LookUp? = nil

        /// What `AttendanceValidator.lookUp` gives for field `index` of `row`.
        @inline(__always)
        mutating func lookUp(_ row: CSVRow, _ index: Int, in table: RankedIds, probe: NumberedIdProbe)
            -> LookUp
        {
            guard index < row.count else { return .empty }
            let field = row[index]
            if let result, field.count == bytes.count {
                let isEqual =
                    field.isEmpty
                    || bytes.withUnsafeBufferPointer {
                        Bytewise.equal($0.baseAddress!, field.baseAddress!, field.count)
                    }
                if isEqual { return result }
            }
            let found = AttendanceValidator.lookUp(row, index, in: table, probe: probe)
            bytes.removeAll(keepingCapacity: true)
            bytes.append(contentsOf: field)
            result = found
            return found
        }
    }

    /// Reads statuses, remembering the few distinct raw spellings of a file by their bytes.
    private struct StatusReader {
        static let empty: UInt8 = 254
        static let unknown: UInt8 = 255

        /// A spelling met: its bytes in `spellingBytes`, what it reads as.
        private struct Spelling {
            var start: Int
            var count: Int
            var status: UInt8
            /// The position of its legacy font in `legacyEncodings`, -1 for none.
            var legacyEncoding: Int
        }

        /// The bytes of the spellings back to back, and the spellings: plain values, so
        /// that comparing a field with them retains nothing.
        private var spellingBytes: [UInt8] = []
        private var spellings: [Spelling] = []
        private var legacyEncodings: [String] = []
        /// The spelling met last, compared first: rows often repeat their status.
        private var last = 0
        private var enums = EnumNormalizer()

        /// The `AttendanceStatus` index of field `index` (or `empty` or `unknown`), and the
        /// legacy font it was typed in, if any.
        @inline(__always)
        mutating func status(_ row: CSVRow, _ index: Int) -> (UInt8, String?) {
            guard index < row.count else { return (StatusReader.empty, nil) }
            let bytes = row[index]
            let found = spelling(of: bytes)
            guard found >= 0 else { return newStatus(bytes) }
            last = found
            let spelling = spellings[found]
            return (
                spelling.status, spelling.legacyEncoding < 0 ? nil : legacyEncodings[spelling.legacyEncoding]
            )
        }

        /// The status of a spelling met before and typed in no legacy font, else `unknown`.
        @inline(__always)
        mutating func knownStatus(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
            let found = spelling(of: bytes)
            guard found >= 0 else { return StatusReader.unknown }
            last = found
            let spelling = spellings[found]
            return spelling.legacyEncoding < 0 ? spelling.status : StatusReader.unknown
        }

        /// The position in `spellings` of `bytes`, or -1.
        @inline(__always)
        private func spelling(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
            let count = spellings.count
            guard count > 0 else { return -1 }
            return spellingBytes.withUnsafeBufferPointer { all in
                spellings.withUnsafeBufferPointer { spellings in
                    func matches(_ spelling: Spelling) -> Bool {
                        spelling.count == bytes.count
                            && (bytes.isEmpty
                                || Bytewise.equal(
                                    all.baseAddress! + spelling.start, bytes.baseAddress!, bytes.count))
                    }
                    if matches(spellings[last]) { return last }
                    for index in 0..<count where index != last && matches(spellings[index]) { return index }
                    return -1
                }
            }
        }

        /// Reads a spelling not met before, and remembers it (64 at most).
        private mutating func newStatus(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt8, String?) {
            let raw = String(decoding: bytes, as: UTF8.self)
            var status = self.status(of: raw)
            var legacyEncoding: String? = nil
            if status == StatusReader.unknown && !TextNormalizer.isASCII(raw) {
                let repaired = TextNormalizer.repairLegacyEncoding(raw).map { [$0] } ?? []
                for reading in repaired + TextNormalizer.legacyReadings(raw) {
                    let candidate = self.status(of: reading.text)
                    if candidate < StatusReader.empty {
                        status = candidate
                        legacyEncoding = reading.encoding
                        break
                    }
                }
            }
            if spellings.count < 64 {
                var legacyIndex = -1
                if let legacyEncoding {
                    legacyIndex = legacyEncodings.count
                    legacyEncodings.append(legacyEncoding)
                }
                spellings.append(
                    Spelling(
                        start: spellingBytes.count, count: bytes.count, status: status,
                        legacyEncoding: legacyIndex))
                spellingBytes.append(contentsOf: bytes)
            }
            return (status, legacyEncoding)
        }

        private mutating func status(of text: String) -> UInt8 {
            do throws(ProblemCode) {
                guard let code = try enums.code(for: text, in: .attendanceStatus) else {
                    return StatusReader.empty
                }
                return UInt8(AttendanceStatus.allCases.firstIndex { $0.rawValue == code }!)
            } catch {
                return StatusReader.unknown
            }
        }
    }
}
