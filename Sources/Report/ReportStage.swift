import ChiboCore
import OfficeOpenXML

/// The report stage: reads the earlier stages' outputs and writes the review's report
/// and spreadsheets, or compares two reviews.
public enum ReportStage {
    /// Writes `<output>/<review>/report.txt`, `report.html`, `indicators_wide.csv` and
    /// `indicators_wide_vi.csv`, each atomically, after every input has been read.
    ///
    /// Reads the review's `indicators.csv` and `review.csv` (both required),
    /// `<output>/ingest_summary.csv` and `<output>/rejects.csv` (section I says so when
    /// absent), and, when review.csv names an earlier review, that review's indicators.csv
    /// and review.csv (then required): the comparison is exactly the one review.csv
    /// names, never guessed from the folders that exist.
    @discardableResult
    public static func writeReview(output: String, review: ReviewName) throws(ReportError) -> [String] {
        let folder = review.folder(in: output)
        let record = try readRecord(output: output, review: review)
        // rejects.csv (tens of megabytes at national size) is counted on the second core
        // while indicators.csv is read; a problem in either is reported in the same order
        // as when they are read one after the other.
        let rejectsPath = output + "/rejects.csv"
        let counting = BackgroundWork {
            Result { () throws(ReportError) in
                Directory.exists(rejectsPath) ? try RejectCount.read(path: rejectsPath) : nil
            }
        }
        defer { _ = counting.value() }
        let indicators = try readIndicators(output: output, review: review)
        let summaryPath = output + "/ingest_summary.csv"
        let summaries = Directory.exists(summaryPath) ? try FileSummary.read(path: summaryPath) : nil
        let rejects = try counting.value().get()
        var comparison: IndicatorComparison?
        var previousRecord: ReviewRecord?
        if let previous = record.previous {
            let earlier = try readRecord(output: output, review: previous)
            // A comparison is honest only between reviews of the same input (make recomputes
            // a stale compared review; this catches stages run by hand).
            guard earlier.inputSHA256 == record.inputSHA256 else {
                throw .previousFromOtherInput(review: review, previous: previous, output: output)
            }
            previousRecord = earlier
            let old = try readIndicators(output: output, review: previous)
            comparison = IndicatorComparison(
                old: old, oldReview: previous, new: indicators, newReview: review)
        }
        let report = TextReport(
            quarter: review.quarter, review: review.kind, indicators: indicators, ingestSummaries: summaries,
            rejectCounts: rejects, comparison: comparison, record: record, previousRecord: previousRecord)
        // indicators.xlsx and report.docx are built meanwhile, each on a thread of its own
        // (each compressed on one more), as soon as the report they are made from is ready:
        // one after the other they took longer than the text files and left a core idle at
        // the end; together they hold a few hundred megabytes more at national size.
        let office = officeDocuments(of: report).map { name, build in
            (
                name,
                BackgroundWork.startingNow {
                    Result { () throws(ZipError) in try build() }
                }
            )
        }
        // Whatever happens here, the other threads are done when this returns.
        defer { for (_, work) in office { work.finish() } }
        // Each indicator's main period, which every document reads, worked out once.
        let sheet = WideSheet(
            indicators: indicators, asOf: review.quarter.lastDay, mainPeriods: report.mainPeriods)
        let page = HTMLReport(
            quarter: review.quarter, review: review.kind, indicators: indicators,
            mainPeriods: report.mainPeriods,
            comparison: comparison, record: record, previousRecord: previousRecord, ingestSummaries: summaries
        )
        // Each file goes to its temporary as soon as it is built and is then let go, so
        // that memory holds one text document at a time; all are written before any is
        // renamed, so a failure leaves the previous report whole.
        let set = AtomicFileSet()
        var paths: [String] = []
        func add(_ bytes: some Collection<UInt8>, named name: String) throws(ReportError) {
            let path = folder + "/" + name
            do {
                try set.add(bytes, at: path, confidentiality: .shared)
            } catch {
                throw .output(path: error.path, reason: error.vietnameseExplanation)
            }
            paths.append(path)
        }
        try add(report.rendered().utf8, named: "report.txt")
        try add(page.renderedUTF8(), named: "report.html")
        for dialect in SpreadsheetDialect.allCases {
            try add(sheet.bytes(in: dialect), named: dialect.fileName)
        }
        for (name, work) in office {
            let bytes: [UInt8]
            do {
                bytes = try work.takeValue().get()
            } catch {
                throw .output(path: folder + "/" + name, reason: "\(error)")
            }
            try add(bytes, named: name)
        }
        do {
            try set.commit()
        } catch {
            throw .output(path: error.path, reason: error.vietnameseExplanation)
        }
        return paths
    }

    /// indicators.xlsx and report.docx, which `run` writes beside report.txt, each with
    /// the function that builds it.
    static func officeDocuments(of report: TextReport) -> [(String, () throws(ZipError) -> [UInt8])] {
        [
            (
                "indicators.xlsx",
                { () throws(ZipError) in
                    // The figures (a million at national size) are let go once the sheets
                    // are laid out, before the sheets are written.
                    let workbook = report.indicatorWorkbook().workbook()
                    return try workbook.bytes()
                }
            ),
            (
                "report.docx",
                { () throws(ZipError) in
                    // Likewise the report's tables once the document is laid out.
                    let document = report.partyReport().wordDocument()
                    return try document.bytes()
                }
            ),
        ]
    }

    /// The review.csv of `review`, checked to describe that review.
    static func readRecord(output: String, review: ReviewName) throws(ReportError) -> ReviewRecord {
        let folder = review.folder(in: output)
        guard Directory.exists(folder + "/" + ReviewRecord.fileName) else {
            throw .missingReview(review: review, output: output, file: ReviewRecord.fileName)
        }
        let record: ReviewRecord
        do {
            record = try ReviewRecord.read(
                folder: folder, name: review.description + "/" + ReviewRecord.fileName)
        } catch {
            throw .record(error)
        }
        guard record.review == review else {
            throw .record(
                .invalid(
                    file: review.description + "/" + ReviewRecord.fileName, line: 2, column: 2,
                    expected: "kỳ đánh giá của thư mục chứa nó, \(review)",
                    found: record.review.description))
        }
        return record
    }

    /// The indicators.csv of `review`.
    static func readIndicators(output: String, review: ReviewName) throws(ReportError) -> [IndicatorRow] {
        let path = review.folder(in: output) + "/indicators.csv"
        guard Directory.exists(path) else {
            throw .missingReview(review: review, output: output, file: "indicators.csv")
        }
        return try IndicatorFile.read(path: path)
    }

    /// The compare output: a header, the changed rows of `from` → `to`, and a summary.
    public static func compare(output: String, from: ReviewName, to: ReviewName) throws(ReportError) -> String
    {
        let old = try readIndicators(output: output, review: from)
        let new = try readIndicators(output: output, review: to)
        let comparison = IndicatorComparison(old: old, oldReview: from, new: new, newReview: to)
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
        return text.precomposed
    }

    /// Runs what `options` ask for: the review's files, or the comparison on standard
    /// output; a problem on standard error.
    public static func run(_ options: ReportOptions) -> ExitStatus {
        // Documents of hundreds of megabytes are built on several threads at once.
        MallocTuning.apply()
        do {
            switch options {
            case .report(let output, let review):
                let paths = try writeReview(output: output, review: review)
                print(written(paths))
            case .compare(let output, let from, let to):
                print(try compare(output: output, from: from, to: to), terminator: "")
            }
            return .success
        } catch {
            StandardError.writeLine(error.description)
            return error.exitStatus
        }
    }

    /// `chibo-report: đã ghi DIR/report.txt, indicators_wide.csv và indicators_wide_vi.csv`.
    static func written(_ paths: [String]) -> String {
        guard let first = paths.first else { return "chibo-report: không ghi tệp nào" }
        let names = paths.dropFirst().map { String($0.split(separator: "/").last ?? "") }
        let rest =
            names.count > 1 ? names.dropLast().joined(separator: ", ") + " và " + names.last! : names.first
        return "chibo-report: đã ghi \(first)" + (rest.map { (names.count > 1 ? ", " : " và ") + $0 } ?? "")
    }

    /// Parses `arguments` (after the program name) and runs the stage.
    public static func main(arguments: [String]) -> ExitStatus {
        ReportOptions.main(arguments: arguments, run: run)
    }
}
