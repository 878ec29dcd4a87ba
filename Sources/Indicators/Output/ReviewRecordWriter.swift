import ChiboCore

/// Builds and writes the review's review.csv (SPEC "Reviews").
///
/// The indicators stage writes it, beside indicators.csv and in the same run, because it
/// is the stage that knows the window; the report stage reads the review's kind, window,
/// data coverage and the earlier review to compare with from it.
enum ReviewRecordWriter {
    /// The record of the review `options` compute over `window`, with the input's digest
    /// and latest meeting from `normalized/ingest.csv`.
    static func record(options: IndicatorsOptions, window: ReviewWindow) throws(IndicatorsError)
        -> ReviewRecord
    {
        let ingest: IngestRecord
        do {
            ingest = try IngestRecord.read(normalizedDirectory: options.normalizedDirectory)
        } catch {
            throw .record(error)
        }
        return ReviewRecord(
            review: options.reviewName, windowStart: window.termStart,
            meetingDeadlineDay: options.meetingDeadlineDay, previous: options.previous,
            inputSHA256: ingest.inputSHA256, dataUntil: ingest.dataUntil)
    }

    /// The warning printed when the data stop before the review's AS_OF.
    static func coverageWarning(_ record: ReviewRecord) -> String {
        let end = vietnamese(record.asOf)
        guard let until = record.dataUntil else {
            return "chibo-indicators: cảnh báo: không có buổi sinh hoạt nào được tiếp nhận;"
                + " các số liệu đến \(end) của \(record.review) chưa đầy đủ"
        }
        let last = vietnamese(until)
        return
            "chibo-indicators: cảnh báo: dữ liệu chỉ đến \(last) (buổi sinh hoạt cuối cùng được tiếp nhận);"
            + " các số liệu sau ngày đó, đến \(end), của \(record.review) chưa đầy đủ"
    }

    /// `dd/mm/yyyy`, as Vietnamese readers write dates.
    static func vietnamese(_ day: Day) -> String {
        func padded(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(day.dayOfMonth, 2) + "/" + padded(day.month, 2) + "/" + padded(day.year, 4)
    }

    /// Writes `record` as `<folder>/review.csv`, atomically.
    static func write(_ record: ReviewRecord, to folder: String) throws(IndicatorsError) {
        do {
            let file = try AtomicFileWriter(
                path: folder + "/" + ReviewRecord.fileName, confidentiality: .shared)
            try file.write(record.file.bytes)
            try file.commit()
        } catch {
            throw .output(error)
        }
    }
}
