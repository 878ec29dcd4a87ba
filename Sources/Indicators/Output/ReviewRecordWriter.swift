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
