import ChiboCore

/// Builds the review's review.csv (SPEC "Reviews").
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
            review: options.reviewName, windowStart: window.start,
            meetingDeadlineDay: options.meetingDeadlineDay, previous: options.previous,
            inputSHA256: ingest.inputSHA256, dataUntil: ingest.dataUntil)
    }
}
