import ChiboCore

/// What `chibo-report` was asked to do, parsed from its arguments.
public enum ReportOptions: StageOptions, Equatable {
    /// Write report.txt and the spreadsheet CSVs of one review, in its folder
    /// `<output>/<review>/`; the review compared with is the one its review.csv names.
    case report(output: String, review: ReviewName)
    /// Print the differences between two reviews' indicators.
    case compare(output: String, from: ReviewName, to: ReviewName)

    /// The usage text.
    public static let usage = """
        usage: chibo-report --output OUTPUT --review quy|so-ket|tong-ket --quarter YYYY-Qn
               chibo-report compare --output OUTPUT --from REVIEW/YYYY-Qn --to REVIEW/YYYY-Qn
        """

    /// Parses the arguments after the program name.
    public init(arguments: [String]) throws(ReportError) {
        var arguments = arguments[...]
        let isCompare = arguments.first == "compare"
        if isCompare { arguments = arguments.dropFirst() }
        var values: [String: String] = [:]
        let known = isCompare ? ["--output", "--from", "--to"] : ["--output", "--quarter", "--review"]
        while let option = arguments.popFirst() {
            if option == "--previous" && !isCompare {
                throw .usage(
                    message: "chibo-report không nhận --previous: kỳ so sánh được đọc từ review.csv"
                        + " (chibo-indicators --previous)")
            }
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
        func review(_ option: String) throws(ReportError) -> ReviewName {
            let text = try required(option)
            guard let name = ReviewName(text) else {
                throw .usage(
                    message: "cần \(option) dạng <REVIEW>/<QUARTER> như so-ket/2018-Q2 hoặc quy/2019-Q3,"
                        + " nhận được '\(text)'")
            }
            return name
        }
        let output = try required("--output")
        if isCompare {
            self = .compare(output: output, from: try review("--from"), to: try review("--to"))
            return
        }
        let reviewText = try required("--review")
        guard let kind = ReviewKind(rawValue: reviewText) else {
            throw .usage(message: "expected --review quy, so-ket or tong-ket, found '\(reviewText)'")
        }
        let quarterText = try required("--quarter")
        guard let quarter = Quarter(quarterText) else {
            throw .usage(message: "expected a quarter like 2018-Q2 after --quarter, found '\(quarterText)'")
        }
        self = .report(output: output, review: ReviewName(kind: kind, quarter: quarter))
    }
}
