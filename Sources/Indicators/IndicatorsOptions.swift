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

    /// The usage text.
    public static let usage = """
        usage: chibo-indicators --normalized DIR --output QUARTER_DIR --quarter YYYY-Qn \
        --term-start YYYY-MM-DD [--meeting-deadline-day N]
        """

    /// Creates options.
    public init(
        normalizedDirectory: String, outputDirectory: String, quarter: String, termStart: Day,
        meetingDeadlineDay: Int = 10
    ) {
        self.normalizedDirectory = normalizedDirectory
        self.outputDirectory = outputDirectory
        self.quarter = quarter
        self.termStart = termStart
        self.meetingDeadlineDay = meetingDeadlineDay
    }

    /// Parses the arguments (without the program name).
    public init(arguments: [String]) throws(IndicatorsError) {
        var values: [String: String] = [:]
        let names = ["--normalized", "--output", "--quarter", "--term-start", "--meeting-deadline-day"]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard names.contains(argument), index + 1 < arguments.count else {
                throw .usage("expected an option of \(names.joined(separator: ", ")), found '\(argument)'")
            }
            values[argument] = arguments[index + 1]
            index += 2
        }
        for name in names.dropLast() where values[name] == nil {
            throw .usage("expected the option \(name), found none")
        }
        guard let termStart = Day(iso: values["--term-start"]!) else {
            throw .usage("expected --term-start as yyyy-mm-dd, found '\(values["--term-start"]!)'")
        }
        var deadline = 10
        if let text = values["--meeting-deadline-day"] {
            guard let day = Int(text), (1...31).contains(day) else {
                throw .usage("expected --meeting-deadline-day between 1 and 31, found '\(text)'")
            }
            deadline = day
        }
        guard ReviewWindow.lastDay(ofQuarter: values["--quarter"]!) != nil else {
            throw .usage("expected --quarter like 2018-Q2, found '\(values["--quarter"]!)'")
        }
        self.init(
            normalizedDirectory: values["--normalized"]!, outputDirectory: values["--output"]!,
            quarter: values["--quarter"]!, termStart: termStart, meetingDeadlineDay: deadline)
    }
}
