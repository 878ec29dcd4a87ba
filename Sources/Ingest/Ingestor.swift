import ChiboCore

/// The ingest stage: reads the raw exports of an input folder, validates and
/// normalizes every row, and writes `normalized/<entity>.csv`, `rejects.csv` and
/// `ingest_summary.csv` to the output folder — all of them, or none on a fatal problem.
///
/// Readings of SPEC where it is silent:
/// - A record with fewer fields than the header reads the missing trailing fields as
///   empty (exports drop trailing empty cells); more fields than the header is
///   `row.ragged` only when an extra field is non-empty.
/// - A record of separators only is a data row ("every input data row is either in
///   normalized/ or rejected"), rejected as `row.blank`; empty lines are not records.
/// - A key belongs to the first physical row that carries it, even when that row is
///   rejected for another reason; every later row with the key is a duplicate.
/// - A rejected row reports all its errors and no warnings; warnings are reported on
///   kept rows only, and `warnings` in the summary counts them.
/// - The root is the one organization with an empty `parent_id` among rows owning
///   their id; its row being rejected rejects the whole tree below it.
/// - A cell typed in a legacy font draws a warning on its row and one notice per file
///   and column with the count; labels and headers are also matched after repair.
/// - In `roles`, a part that names no party role (exports mix in titles such as trưởng
///   thôn) is dropped with a `role.unknown` warning; any other unknown label is an error.
public struct Ingestor: Sendable {
    /// The folder of raw exports.
    public var inputDirectory: String
    /// The folder of results.
    public var outputDirectory: String
    /// Keyed attendance rows each reader holds before writing a sorted run (tests set a
    /// few to exercise many runs).
    var attendanceRecordsPerRun = AttendanceValidator.recordsPerRun

    /// Creates a stage reading `inputDirectory` and writing `outputDirectory`.
    public init(inputDirectory: String, outputDirectory: String) {
        self.inputDirectory = inputDirectory
        self.outputDirectory = outputDirectory
    }

    /// Runs the stage; returns the per-file summaries. Throws on a fatal problem, in
    /// which case no output file was touched.
    public func run() throws(IngestError) -> [FileSummary] {
        let writer = IngestOutputWriter(directory: outputDirectory)
        // Before reading the input, so that a run stopped by a bad file still narrows
        // the personal data an earlier run left readable by others.
        let tightenings = try writer.tightenPersonalOutputs()
        for line in PermissionTightening.messages(tightenings, program: "chibo-ingest") {
            StandardError.writeLine(line)
        }
        let stream = NormalizedTableStream(writer: writer)
        let result: IngestResult
        do throws(IngestError) {
            result = try compute(streamingTo: stream)
            for notice in result.folderNotices {
                StandardError.writeLine("chibo-ingest: " + notice.description)
            }
            if let failure = stream.failure { throw .output(failure) }
        } catch {
            stream.discard()
            throw error
        }
        do throws(IngestError) {
            try writer.write(
                result, streamed: stream.files, companion: stream.companion, rejectsHead: stream.rejectsHead)
        } catch {
            stream.discard()
            throw error
        }
        let summaries = result.summaries
        // Every table's diagnostics and the attendance check's look-ups: freed while the
        // stage reports, not before.
        BackgroundRelease.drop(consume result)
        return summaries
    }

    /// Reads and checks every file, in the order that lets references resolve, on two
    /// threads: members are parsed while organizations and villages are, then checked and
    /// ranked while meetings are parsed, and written while the meetings are checked and
    /// ranked; ratings, trainings, inspections and
    /// targets are parsed from the moment the meetings are (`LaterTables`), then checked
    /// and written once the members are checked, while the meetings are ranked and
    /// attendance is checked.
    ///
    /// A fatal problem is the one the files read one after the other in that order would
    /// meet first (organizations, villages, members, meetings, attendance, then the rest),
    /// whichever thread finds it first; no thread still reads when this returns.
    ///
    /// With a `stream`, each table is written to its temporary file once final and its
    /// rows freed; without one (tests), every row stays in the result.
    func compute(streamingTo stream: NormalizedTableStream? = nil) throws(IngestError) -> IngestResult {
        let folder = try InputFolder(inputDirectory)
        var files: [Entity: InputFile] = [:]
        for entity in Entity.allCases {
            files[entity] = try InputFile.open(entity, in: folder, directory: inputDirectory)
        }
        // Hashed once the meetings are parsed (below), on the core that then waits for the
        // members: started first, it would take CPU from the parses that lead to attendance
        // (in portable Swift, a third of both cores).
        let digestPaths = InputDigest.paths(of: files)
        var digest: InputDigest?
        let membersFile = files.removeValue(forKey: .members)
        for entity in [Entity.organizations, .villages, .meetings] { files[entity]?.hideProgress() }
        // The values as read of the biggest tables go to owner-only temporary files in the
        // output folder, made now if missing (and taken back if the run stops), when the
        // run writes outputs (`stream`).
        stream?.createFolder()
        let rawFolder = stream != nil && Directory.exists(outputDirectory) ? outputDirectory : nil
        let parsedMembers = BackgroundWork {
            Result { () throws(IngestError) in
                try ParsedTable(entity: .members, file: membersFile, rawFolder: rawFolder)
            }
        }
        let organizationsFile = files.removeValue(forKey: .organizations)
        let villagesFile = files.removeValue(forKey: .villages)
        // Organizations, villages and members are checked, ranked, written and freed on the
        // other thread while meetings are parsed here; what the meetings are checked
        // against comes once the members are checked, and the meetings are checked and
        // ranked while the three tables are written.
        let membersChecked = PendingValue<CheckedMembers>()
        let memberTables = BackgroundWork {
            Result { () throws(IngestError) in
                do throws(IngestError) {
                    return try Self.checkMembers(
                        organizations: organizationsFile, villages: villagesFile, members: parsedMembers,
                        checked: membersChecked, stream: stream)
                } catch {
                    membersChecked.withdraw()
                    parsedMembers.finish()
                    throw error
                }
            }
        }
        // Ratings, trainings, inspections and targets need only the accepted members and
        // organizations: parsed on a thread of their own from the moment the meetings are
        // parsed (on the national year, while the members are still parsed on the other
        // core), each checked and written as soon as the members are checked. Their error
        // counts only after attendance's.
        let otherFiles = LaterTables.Files(
            memberRatings: files.removeValue(forKey: .memberRatings),
            organizationRatings: files.removeValue(forKey: .organizationRatings),
            trainings: files.removeValue(forKey: .trainings),
            inspections: files.removeValue(forKey: .inspections),
            targets: files.removeValue(forKey: .targets))
        otherFiles.hideProgress()
        // Closed while the meetings are checked, sorted, ranked and written: the later tables
        // parsed meanwhile would otherwise grow on top of the run's peak (five years).
        let readingGate = PauseGate()
        let laterReferences = PendingValue<LaterTables.References>()
        var otherTables: BackgroundWork<Result<[ParsedTable], IngestError>>?
        var meetings: ParsedTable
        var checked: CheckedMembers
        do throws(IngestError) {
            let meetingsFile = files.removeValue(forKey: .meetings)
            // Parsed before members are waited for; its error counts only after theirs.
            var parsedMeetings: Result<ParsedTable, IngestError>? = Result { () throws(IngestError) in
                try ParsedTable(entity: .meetings, file: meetingsFile, rawFolder: rawFolder)
            }
            digest = InputDigest(paths: digestPaths)
            otherTables = LaterTables.read(
                otherFiles, rawFolder: rawFolder, gate: readingGate, references: laterReferences,
                stream: stream)
            guard let value = membersChecked.wait() else {
                _ = try memberTables.takeValue().get()
                preconditionFailure("the members' checks are withdrawn only when they fail")
            }
            checked = value
            readingGate.close()
            laterReferences.provide(
                LaterTables.References(
                    members: checked.rankedMembers.ids, organizations: checked.acceptedOrganizations))
            meetings = try parsedMeetings.take()!.get()
        } catch {
            memberTables.finish()
            laterReferences.withdraw()
            readingGate.open()
            otherTables?.finish()
            _ = try? digest?.value()
            throw error
        }
        guard let digest, let otherTables else {
            preconditionFailure("the input digest and the later tables start before the meetings are read")
        }

        _ = meetings.claimKeys(column: 0, code: .idDuplicate)
        ReferenceRules.checkMeetings(&meetings, organizations: checked.organizationLevels)
        // No meeting id is looked up in the table any more: its hash table goes before the
        // sort and the ranks are worked out beside it (ids not held as numbers by the
        // ranks get one of their own again).
        meetings.rows.dropLookUps(column: 0)
        meetings.sortedAcceptedRows = meetings.sortedAcceptedRowIndices()
        let rankedMeetings = AttendanceValidator.rank(
            meetings: meetings, organizations: &checked.organizationNumbers)
        // The meetings are written and freed before attendance is read (and the ratings
        // read on): their runs and rows would otherwise be counted on top of the whole
        // meetings table, the five-year peak.
        let dataUntil = Self.latestDate(of: meetings)
        if let stream {
            stream.write(&meetings)
        }
        // Waited for before attendance is read: the members' rows, held until written,
        // would otherwise be counted on top of its runs.
        let checkedTables: [ParsedTable]
        do throws(IngestError) {
            checkedTables = try memberTables.takeValue().get()
        } catch {
            preconditionFailure("the members' checks fail only before they are handed over")
        }
        // The problems of the four files read so far are final: rejects.csv's first records
        // and rejects.xlsx's first sheets are made from them while attendance is checked.
        stream?.beginRejects(of: checkedTables + [meetings])
        stream?.returnFreedMemory()
        readingGate.open()
        let attendanceFile = files.removeValue(forKey: .attendance)
        // Attendance writes its runs and its table in the output folder while the tables
        // below are streamed: the folder is made here, on this thread.
        stream?.createFolder()
        var attendance: AttendanceValidator.Result
        let laterTables: [ParsedTable]
        do throws(IngestError) {
            // On this thread, which has nothing else to do meanwhile: queued as background
            // work, it would wait behind the hash and the ratings.
            do throws(IngestError) {
                attendance = try AttendanceValidator.validate(
                    attendanceFile, meetings: rankedMeetings, members: checked.rankedMembers,
                    output: stream?.writer, recordsPerRun: attendanceRecordsPerRun)
            } catch {
                otherTables.finish()
                throw error
            }
            stream?.adopt(&attendance)
            laterTables = try otherTables.takeValue().get()
        } catch {
            _ = try? digest.value()
            throw error
        }

        return IngestResult(
            tables: checkedTables + [meetings] + laterTables,
            attendance: attendance,
            record: IngestRecord(inputSHA256: try digest.value(), dataUntil: dataUntil),
            folderNotices: folder.notices)
    }

    /// The latest date among the accepted meetings: `data_until` of review.csv.
    static func latestDate(of meetings: ParsedTable) -> Day? {
        let column = meetings.column("date")
        let days = meetings.rows.daysOfValues(column)
        var latest: Day?
        for row in meetings.rows.indices where !meetings.rows.isRejected(row) {
            if let day = days[Int(meetings.rows.cell(row, column))], latest.map({ day > $0 }) ?? true {
                latest = day
            }
        }
        return latest
    }
}
