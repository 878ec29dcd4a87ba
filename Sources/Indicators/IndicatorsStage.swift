import ChiboCore

/// The indicators stage: reads the normalized files, computes the catalog for the review
/// window and writes indicators.csv and the restricted lists.
public enum IndicatorsStage {
    /// What a computation produced.
    public struct Output: Sendable {
        /// The rows of indicators.csv in output order.
        public var rows: [IndicatorRow]
        /// The restricted member lists.
        public var restrictedLists: RestrictedLists
    }

    /// Computes every indicator from the normalized files in `normalizedDirectory`.
    public static func compute(
        normalizedDirectory: String, window: ReviewWindow, meetingDeadlineDay: Int = 10
    ) throws(IndicatorsError) -> Output {
        try compute(
            normalizedDirectory: normalizedDirectory, window: window, meetingDeadlineDay: meetingDeadlineDay,
            split: .halves)
    }

    /// Computes every indicator, the big files split between two readers at `split`.
    static func compute(
        normalizedDirectory: String, window: ReviewWindow, meetingDeadlineDay: Int, split: SplitOffsets
    ) throws(IndicatorsError) -> Output {
        let (results, context) = try tallies(
            normalizedDirectory: normalizedDirectory, window: window, meetingDeadlineDay: meetingDeadlineDay,
            split: split)
        let lists = restrictedLists(results: results, dataset: context.dataset)
        let table = IndicatorTable(results: results, context: context)
        return Output(rows: table.rows, restrictedLists: try lists.takeValue().get())
    }

    /// Loads the normalized files and runs every indicator family.
    static func tallies(
        normalizedDirectory: String, window: ReviewWindow, meetingDeadlineDay: Int,
        split: SplitOffsets = .halves
    ) throws(IndicatorsError) -> (results: IndicatorResults, context: ComputationContext) {
        let dataset = try Dataset.load(from: normalizedDirectory, window: window, split: split)
        let context = ComputationContext(
            dataset: dataset, window: window, meetingDeadlineDay: meetingDeadlineDay)
        return (results(of: context), context)
    }

    /// The restricted lists (their names read from members.csv) being made on the other
    /// core, beside the table.
    static func restrictedLists(
        results: IndicatorResults, dataset: Dataset
    ) -> BackgroundWork<Result<RestrictedLists, IndicatorsError>> {
        BackgroundWork {
            Result { () throws(IndicatorsError) in try RestrictedLists(results: results, dataset: dataset) }
        }
    }

    /// Runs every indicator family over `context`, the members' family on one core and the
    /// others on the other (each family records its own indicators and lists).
    static func results(of context: ComputationContext) -> IndicatorResults {
        let others = BackgroundWork { () -> IndicatorResults in
            var results = IndicatorResults()
            VillageIndicators.compute(context, into: &results)
            OrganizationIndicators.compute(context, into: &results)
            RatingIndicators.compute(context, into: &results)
            MeetingIndicators.compute(context, into: &results)
            AttendanceIndicators.compute(context, into: &results)
            TrainingAndInspectionIndicators.compute(context, into: &results)
            return results
        }
        var results = IndicatorResults()
        MembershipIndicators.compute(context, into: &results)
        results.add(others.takeValue())
        return results
    }

    /// Runs the stage: the summary line on standard output, a problem on standard error.
    public static func run(_ options: IndicatorsOptions) -> ExitStatus {
        do {
            print(try write(options))
            return .success
        } catch {
            StandardError.writeLine(error.description)
            // A window whose start is after AS_OF is a usage error too.
            if case .usage = error { StandardError.writeLine(IndicatorsOptions.usage) }
            return error.exitStatus
        }
    }

    /// Parses `arguments` (after the program name) and runs the stage.
    public static func main(arguments: [String]) -> ExitStatus {
        IndicatorsOptions.main(arguments: arguments, run: run)
    }

    /// Computes everything, then writes the outputs as one: indicators.csv, review.csv and
    /// the restricted lists are all written to temporaries before any is renamed into
    /// place, so a run that fails leaves the previous run's files as they were. Returns
    /// the one line saying what was written where (no member data); a data-coverage
    /// warning goes to standard error.
    public static func write(_ options: IndicatorsOptions) throws(IndicatorsError) -> String {
        let window = try ReviewWindow(
            review: options.review, quarter: options.quarter, termStart: options.termStart)
        // Before reading, so that a run that fails still narrows an exposed list.
        let tightenings = try RestrictedListsWriter.tighten(quarterDirectory: options.outputDirectory)
        for line in PermissionTightening.messages(tightenings, program: "chibo-indicators") {
            StandardError.writeLine(line)
        }
        // indicators.csv formatted from the tallies (the same bytes as `compute`'s rows
        // written by `IndicatorsWriter.text(of:)`) on both cores, then its temporary written
        // here while the lists are made on the other core (renamed last all the same).
        let (results, context) = try tallies(
            normalizedDirectory: options.normalizedDirectory, window: window,
            meetingDeadlineDay: options.meetingDeadlineDay)
        let table = IndicatorsWriter.text(results: results, context: context)
        let listsWork = restrictedLists(results: results, dataset: context.dataset)
        let folder = options.outputDirectory
        // A first run that fails leaves no empty review folder behind.
        let created = Directory.missingFolders(of: folder + "/" + RestrictedListsWriter.directoryName)
        // A failure here is reported where writing indicators.csv would meet it, after the
        // lists, review.csv and the other files.
        var indicatorsFile: Result<AtomicFileWriter, FileError>? = Result { () throws(FileError) in
            try Directory.create(folder, confidentiality: .shared)
            let writer = try AtomicFileWriter(path: folder + "/indicators.csv", confidentiality: .shared)
            try writer.write(table.bytes)
            try writer.finishWriting()
            return writer
        }
        let restrictedLists: RestrictedLists
        let record: ReviewRecord
        do throws(IndicatorsError) {
            restrictedLists = try listsWork.takeValue().get()
            record = try ReviewRecordWriter.record(options: options, window: window)
        } catch {
            indicatorsFile = nil  // its temporary removed
            Directory.removeIfEmpty(created)
            throw error
        }
        if let warning = IndicatorsMessages.dataCoverageWarning(record) { StandardError.writeLine(warning) }
        let files = AtomicFileSet()
        do {
            try Directory.create(folder, confidentiality: .shared)
            try RestrictedListsWriter.add(restrictedLists, quarterDirectory: folder, to: files)
            try files.add(
                record.file.bytes, at: folder + "/" + ReviewRecord.fileName, confidentiality: .shared)
            // indicators.csv last: it is make's target, so a failure between two renames
            // reruns the stage.
            try files.add(try indicatorsFile!.get())
            indicatorsFile = nil
            try files.commit()
        } catch {
            files.discard()
            indicatorsFile = nil
            Directory.removeIfEmpty(created)
            throw .output(error)
        }
        return IndicatorsMessages.written(
            folder: folder, rowCount: table.rowCount, window: window, lists: restrictedLists)
    }
}
