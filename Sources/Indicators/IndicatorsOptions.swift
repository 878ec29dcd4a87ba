import ChiboCore

/// The settings of one indicators run, from the command line.
public struct IndicatorsOptions: StageOptions, Equatable {
    /// The directory of normalized files.
    public var normalizedDirectory: String
    /// The quarter's output directory.
    public var outputDirectory: String
    /// The review quarter, `2018-Q2`.
    public var quarter: String
    /// TERM_START.
    public var termStart: Day
    /// MEETING_DEADLINE_DAY.
    public var meetingDeadlineDay: Int
    /// The kind of review (`--review`): it sets the window and goes into review.csv.
    public var review: ReviewKind
    /// The earlier review the report will compare with (`--previous`), recorded in
    /// review.csv. A quarterly review always compares with the same quarter of the year
    /// before and takes no `--previous`.
    public var previous: ReviewName?

    /// The review this run computes.
    public var reviewName: ReviewName { ReviewName(kind: review, quarter: Quarter(quarter)!) }

    /// The usage text.
    public static let usage = """
        cách dùng: chibo-indicators --normalized THƯ_MỤC --output THƯ_MỤC_KỲ --review quy|so-ket|tong-ket \
        --quarter NĂM-Qn --term-start NĂM-THÁNG-NGÀY [--meeting-deadline-day N] [--previous REVIEW/NĂM-Qn]
          tính các chỉ tiêu từ thư mục normalized/ và ghi indicators.csv, review.csv và restricted/ vào THƯ_MỤC_KỲ
        """

    /// Creates options.
    public init(
        normalizedDirectory: String, outputDirectory: String, quarter: String, termStart: Day,
        meetingDeadlineDay: Int = 10, review: ReviewKind = .midTerm, previous: ReviewName? = nil
    ) {
        self.normalizedDirectory = normalizedDirectory
        self.outputDirectory = outputDirectory
        self.quarter = quarter
        self.termStart = termStart
        self.meetingDeadlineDay = meetingDeadlineDay
        self.review = review
        self.previous =
            review == .quarterly
            ? Quarter(quarter).flatMap { ReviewName(kind: review, quarter: $0).sameQuarterOfThePreviousYear }
            : previous
    }

    /// Parses the arguments (without the program name).
    public init(arguments: [String]) throws(IndicatorsError) {
        var values: [String: String] = [:]
        let names = [
            "--normalized", "--output", "--review", "--quarter", "--term-start", "--meeting-deadline-day",
            "--previous",
        ]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard names.contains(argument), index + 1 < arguments.count else {
                throw .usage(
                    "cần một trong các tùy chọn \(names.joined(separator: ", ")) kèm giá trị, nhận được '\(argument)'"
                )
            }
            values[argument] = arguments[index + 1]
            index += 2
        }
        for name in names.dropLast(2) where values[name] == nil {
            throw .usage("thiếu tùy chọn bắt buộc \(name)")
        }
        guard let termStart = Day(iso: values["--term-start"]!) else {
            throw .usage(
                "cần --term-start là một ngày dạng năm-tháng-ngày như 2016-01-01, nhận được '\(values["--term-start"]!)'"
            )
        }
        var deadline = 10
        if let text = values["--meeting-deadline-day"] {
            guard let day = Int(text), (1...31).contains(day) else {
                throw .usage(
                    "cần --meeting-deadline-day là một ngày trong tháng, từ 1 đến 31, nhận được '\(text)'")
            }
            deadline = day
        }
        guard let quarter = Quarter(values["--quarter"]!) else {
            throw .usage("cần --quarter dạng NĂM-Qn như 2018-Q2, nhận được '\(values["--quarter"]!)'")
        }
        guard let review = ReviewKind(rawValue: values["--review"]!) else {
            throw .usage("cần --review quy, so-ket hoặc tong-ket, nhận được '\(values["--review"]!)'")
        }
        guard termStart <= quarter.lastDay else {
            throw .usage(
                "cần --term-start không sau ngày cuối quý \(quarter) (\(quarter.lastDay)), nhận được '\(termStart)'"
            )
        }
        var previous: ReviewName?
        if let text = values["--previous"] {
            let this = ReviewName(kind: review, quarter: quarter)
            guard review != .quarterly else {
                throw .usage(
                    "báo cáo quý luôn so với cùng quý năm trước (\(this.sameQuarterOfThePreviousYear?.description ?? "không có")),"
                        + " không nhận --previous; nhận được '\(text)'")
            }
            guard let name = ReviewName(text) else {
                throw .usage("cần --previous dạng <REVIEW>/<QUARTER> như so-ket/2018-Q2, nhận được '\(text)'")
            }
            guard name != this, name.quarter <= quarter else {
                throw .usage("cần --previous là một kỳ đánh giá trước \(this), nhận được '\(text)'")
            }
            previous = name
        }
        self.init(
            normalizedDirectory: values["--normalized"]!, outputDirectory: values["--output"]!,
            quarter: quarter.description, termStart: termStart, meetingDeadlineDay: deadline, review: review,
            previous: previous)
    }
}
