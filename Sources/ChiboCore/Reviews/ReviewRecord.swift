/// What produced a review's outputs: `$(OUTPUT)/<REVIEW>/<QUARTER>/review.csv`, `key,value`
/// rows without timestamps or absolute paths (SPEC "Reviews").
///
/// Written by the indicators stage beside indicators.csv, in the same run (so the two
/// always describe the same window); read by the report stage, which learns from it the
/// review's kind, window and the one earlier review it compares with, and nothing from
/// which other folders happen to exist.
public struct ReviewRecord: Sendable, Equatable {
    /// The file name inside the review folder.
    public static let fileName = "review.csv"
    /// The keys, in file order.
    public static let keys = [
        "review", "quarter", "as_of", "window_start", "meeting_deadline_day", "previous", "input_sha256",
        "data_until", "version",
    ]

    /// The review: its kind and quarter.
    public var review: ReviewName
    /// The first day of the review window.
    public var windowStart: Day
    /// MEETING_DEADLINE_DAY.
    public var meetingDeadlineDay: Int
    /// The earlier review this one is compared with, nil for none.
    public var previous: ReviewName?
    /// The SHA-256 of the input files (`IngestRecord.inputSHA256`).
    public var inputSHA256: String
    /// The latest meeting date accepted, nil when none was.
    public var dataUntil: Day?
    /// The version of the product that computed the review.
    public var version: String

    /// Creates a record.
    public init(
        review: ReviewName, windowStart: Day, meetingDeadlineDay: Int, previous: ReviewName?,
        inputSHA256: String, dataUntil: Day?, version: String = Product.version
    ) {
        self.review = review
        self.windowStart = windowStart
        self.meetingDeadlineDay = meetingDeadlineDay
        self.previous = previous
        self.inputSHA256 = inputSHA256
        self.dataUntil = dataUntil
        self.version = version
    }

    /// AS_OF, the last day of the quarter.
    public var asOf: Day { review.quarter.lastDay }

    /// Whether the data stop before the review does (SPEC "Data coverage"): AS_OF is later
    /// than the last day of the quarter of `data_until`, or no meeting was accepted at all.
    /// The indicators stage then prints a warning, and the report states, before any
    /// figure, the date the data end and that later figures are incomplete.
    public var isDataCoverageShort: Bool {
        guard let dataUntil else { return true }
        let quarter = Quarter(year: dataUntil.year, number: (dataUntil.month - 1) / 3 + 1)
        return quarter.lastDay < asOf
    }

    /// The rows of review.csv.
    public var file: KeyValueFile {
        let values = [
            review.kind.rawValue, review.quarter.description, asOf.description, windowStart.description,
            String(meetingDeadlineDay), previous?.description ?? "", inputSHA256,
            dataUntil?.description ?? "", version,
        ]
        return KeyValueFile(
            fileName: Self.fileName,
            entries: zip(Self.keys, values).map { KeyValueFile.Entry(key: $0, value: $1) })
    }

    /// Reads the review.csv of the review folder `folder`; `name` is how diagnostics name
    /// the file (`so-ket/2018-Q2/review.csv`).
    public static func read(folder: String, name: String) throws(KeyValueFileError) -> ReviewRecord {
        let file = try KeyValueFile.read(path: folder + "/" + fileName, fileName: name)
        let review = try file.entry("review")
        guard let kind = ReviewKind(rawValue: review.value) else {
            throw file.invalid(review, expected: "quy, so-ket hoặc tong-ket")
        }
        let quarterEntry = try file.entry("quarter")
        guard let quarter = Quarter(quarterEntry.value) else {
            throw file.invalid(quarterEntry, expected: "một quý dạng NĂM-Qn như 2018-Q2")
        }
        func day(_ key: String) throws(KeyValueFileError) -> Day {
            let entry = try file.entry(key)
            guard let day = Day(iso: entry.value) else {
                throw file.invalid(entry, expected: "một ngày dạng năm-tháng-ngày (yyyy-mm-dd)")
            }
            return day
        }
        let asOfEntry = try file.entry("as_of")
        guard try day("as_of") == quarter.lastDay else {
            throw file.invalid(asOfEntry, expected: "ngày cuối quý \(quarter), \(quarter.lastDay)")
        }
        let deadline = try file.entry("meeting_deadline_day")
        guard let deadlineDay = Int(deadline.value), (1...31).contains(deadlineDay) else {
            throw file.invalid(deadline, expected: "một ngày trong tháng, từ 1 đến 31")
        }
        let previousEntry = try file.entry("previous")
        var previous: ReviewName?
        if !previousEntry.value.isEmpty {
            guard let name = ReviewName(previousEntry.value) else {
                throw file.invalid(
                    previousEntry, expected: "một kỳ đánh giá như so-ket/2018-Q2, hoặc để trống")
            }
            previous = name
        }
        let until = try file.entry("data_until")
        var dataUntil: Day?
        if !until.value.isEmpty { dataUntil = try day("data_until") }
        return ReviewRecord(
            review: ReviewName(kind: kind, quarter: quarter), windowStart: try day("window_start"),
            meetingDeadlineDay: deadlineDay, previous: previous,
            inputSHA256: try file.entry("input_sha256").value, dataUntil: dataUntil,
            version: try file.entry("version").value)
    }
}
