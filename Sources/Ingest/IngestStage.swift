import ChiboCore

/// The ingest stage: normalizes the raw exports, rejecting bad rows with a reason.
public enum IngestStage {
    /// Runs the stage: one summary line per file on standard output, a fatal problem on
    /// standard error. With `isStrict`, rejected rows fail the run after the outputs are
    /// written, so staff still get rejects.csv.
    public static func run(_ options: IngestOptions) -> ExitStatus {
        MallocTuning.apply()
        let summaries: [FileSummary]
        do {
            summaries = try Ingestor(
                inputDirectory: options.inputDirectory, outputDirectory: options.outputDirectory
            )
            .run()
        } catch {
            StandardError.writeLine(error.description)
            return error.exitStatus
        }
        for summary in summaries { print(summary.report) }
        let rejected = summaries.reduce(0) { $0 + $1.rowsRejected }
        let accepted = summaries.reduce(0) { $0 + $1.rowsAccepted }
        print(
            "chibo-ingest: đã ghi \(options.outputDirectory)/normalized/ (\(accepted.groupedInVietnamese) dòng được nhận),"
                + " \(options.outputDirectory)/rejects.csv và rejects.xlsx (\(rejected.groupedInVietnamese) dòng bị loại),"
                + " ingest_summary.csv"
        )
        if options.isStrict && rejected > 0 {
            StandardError.writeLine(
                "chibo-ingest: lỗi: \(rejected.groupedInVietnamese) dòng bị loại và STRICT=1 (--strict) không cho phép dòng bị loại;"
                    + " hãy sửa các tệp xuất theo \(options.outputDirectory)/rejects.csv (cột file, line, column,"
                    + " message) rồi chạy lại")
            return .checkFailed
        }
        return .success
    }

    /// Parses `arguments` (after the program name) and runs the stage.
    public static func main(arguments: [String]) -> ExitStatus {
        IngestOptions.main(arguments: arguments, run: run)
    }
}
