import ChiboCore
import OfficeOpenXML

/// The report stage: reads the earlier stages' outputs and writes the review's report
/// and spreadsheets, or compares two reviews.
public enum ReportStage {
    /// Writes `<output>/<quarter>/report.txt`, `indicators_wide.csv` and
    /// `indicators_wide_vi.csv`, each atomically, after every input has been read.
    ///
    /// Reads `<output>/<quarter>/indicators.csv` (required), `<output>/ingest_summary.csv`
    /// and `<output>/rejects.csv` (section I says so when absent), and the previous
    /// review's indicators: `previous` when given (then required), else the quarter
    /// before `quarter` when its indicators.csv exists.
    public static func writeReview(
        output: String, quarter: Quarter, review: ReviewKind, previous: Quarter?
    ) throws(ReportError) {
        let folder = output + "/" + quarter.description
        let indicators = try IndicatorFile.read(path: folder + "/indicators.csv")
        let summaryPath = output + "/ingest_summary.csv"
        let summaries = Directory.exists(summaryPath) ? try FileSummary.read(path: summaryPath) : nil
        let rejectsPath = output + "/rejects.csv"
        let rejects = Directory.exists(rejectsPath) ? try RejectCount.read(path: rejectsPath) : nil
        var comparison: IndicatorComparison?
        let previousQuarter = previous ?? quarter.previous
        let previousPath = output + "/" + previousQuarter.description + "/indicators.csv"
        if previous != nil || Directory.exists(previousPath) {
            let old = try IndicatorFile.read(path: previousPath)
            comparison = IndicatorComparison(
                old: old, oldQuarter: previousQuarter, new: indicators, newQuarter: quarter)
        }
        let report = TextReport(
            quarter: quarter, review: review, indicators: indicators, ingestSummaries: summaries,
            rejectCounts: rejects, comparison: comparison)
        let sheet = WideSheet(indicators: indicators, asOf: quarter.lastDay)
        var files: [(String, [UInt8])] = [(folder + "/report.txt", Array(report.rendered().utf8))]
        for dialect in SpreadsheetDialect.allCases {
            files.append((folder + "/" + dialect.fileName, sheet.bytes(in: dialect)))
        }
        files += try officeDocuments(of: report, folder: folder)
        for (path, bytes) in files {
            do {
                let writer = try AtomicFileWriter(path: path, confidentiality: .shared)
                try writer.write(bytes)
                try writer.commit()
            } catch {
                throw .output(path: path, reason: error.description)
            }
        }
    }

    /// indicators.xlsx and report.docx, which `run` writes beside report.txt; built
    /// before anything is written so that a failure leaves every earlier output as it was.
    static func officeDocuments(of report: TextReport, folder: String) throws(ReportError) -> [(
        String, [UInt8]
    )] {
        var files: [(String, [UInt8])] = []
        for (name, build) in [
            ("indicators.xlsx", { () throws(ZipError) in try report.indicatorWorkbook().bytes() }),
            ("report.docx", { () throws(ZipError) in try report.partyReport().bytes() }),
        ] {
            do {
                files.append((folder + "/" + name, try build()))
            } catch {
                throw .output(path: folder + "/" + name, reason: "\(error)")
            }
        }
        return files
    }

    /// The compare output: a header, the changed rows of `from` → `to`, and a summary.
    public static func compare(output: String, from: Quarter, to: Quarter) throws(ReportError) -> String {
        let old = try IndicatorFile.read(path: output + "/" + from.description + "/indicators.csv")
        let new = try IndicatorFile.read(path: output + "/" + to.description + "/indicators.csv")
        let comparison = IndicatorComparison(old: old, oldQuarter: from, new: new, newQuarter: to)
        var text = "So sánh chỉ tiêu: \(from) → \(to)\n"
        text +=
            "Khóa: chỉ tiêu, phạm vi và đơn vị, kỳ (năm chưa trọn được so theo năm);"
            + " chênh lệch của tỷ lệ tính bằng điểm phần trăm.\n\n"
        if comparison.entries.contains(where: \.isChanged) {
            text += comparison.rendered() + "\n"
        } else {
            text += "Không có thay đổi.\n\n"
        }
        text += comparison.summary + "\n"
        return text.precomposedStringWithCanonicalMapping
    }

    /// Runs what `options` ask for: the review's files, or the comparison on standard
    /// output; a problem on standard error.
    public static func run(_ options: ReportOptions) -> ExitStatus {
        do {
            switch options {
            case .report(let output, let quarter, let review, let previous):
                try writeReview(output: output, quarter: quarter, review: review, previous: previous)
            case .compare(let output, let from, let to):
                print(try compare(output: output, from: from, to: to), terminator: "")
            }
            return .success
        } catch {
            StandardError.writeLine(error.description)
            return error.exitStatus
        }
    }

    /// Parses `arguments` (after the program name) and runs the stage.
    public static func main(arguments: [String]) -> ExitStatus {
        ReportOptions.main(arguments: arguments, run: run)
    }
}
