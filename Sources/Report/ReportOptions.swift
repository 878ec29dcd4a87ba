import ChiboCore

/// What `chibo-report` was asked to do, parsed from its arguments.
public enum ReportOptions: StageOptions, Equatable {
    /// Write report.txt and the spreadsheet CSVs of one review.
    case report(output: String, quarter: Quarter, review: ReviewKind, previous: Quarter?)
    /// Print the differences between two reviews' indicators.
    case compare(output: String, from: Quarter, to: Quarter)

    /// The usage text.
    public static let usage = """
        usage: chibo-report --output OUTPUT --quarter YYYY-Qn --review quy|so-ket|tong-ket [--previous YYYY-Qn]
               chibo-report compare --output OUTPUT --from YYYY-Qn --to YYYY-Qn
        """

    /// Parses the arguments after the program name.
    public init(arguments: [String]) throws(ReportError) {
        var arguments = arguments[...]
        let isCompare = arguments.first == "compare"
        if isCompare { arguments = arguments.dropFirst() }
        var values: [String: String] = [:]
        let known =
            isCompare ? ["--output", "--from", "--to"] : ["--output", "--quarter", "--review", "--previous"]
        while let option = arguments.popFirst() {
            guard known.contains(option) else {
                throw .usage(message: "expected one of \(known.joined(separator: ", ")), found '\(option)'")
            }
            guard let value = arguments.popFirst(), !value.hasPrefix("--") else {
                throw .usage(message: "expected a value after \(option), found nothing")
            }
            values[option] = value
        }
        func required(_ option: String) throws(ReportError) -> String {
            guard let value = values[option] else {
                throw .usage(message: "expected \(option), found nothing")
            }
            return value
        }
        func quarter(_ option: String) throws(ReportError) -> Quarter {
            let text = try required(option)
            guard let quarter = Quarter(text) else {
                throw .usage(message: "expected a quarter like 2018-Q2 after \(option), found '\(text)'")
            }
            return quarter
        }
        let output = try required("--output")
        if isCompare {
            self = .compare(output: output, from: try quarter("--from"), to: try quarter("--to"))
            return
        }
        let reviewText = try required("--review")
        guard let review = ReviewKind(rawValue: reviewText) else {
            throw .usage(message: "expected --review quy, so-ket or tong-ket, found '\(reviewText)'")
        }
        let previous = values["--previous"] == nil ? nil : try quarter("--previous")
        self = .report(output: output, quarter: try quarter("--quarter"), review: review, previous: previous)
    }
}
