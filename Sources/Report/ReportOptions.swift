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
        cách dùng: chibo-report --output OUTPUT --review quy|so-ket|tong-ket --quarter NĂM-Qn
                   chibo-report compare --output OUTPUT --from REVIEW/NĂM-Qn --to REVIEW/NĂM-Qn
          ghi report.txt, report.html, report.docx, indicators.xlsx và các tệp CSV của kỳ đánh giá
          vào OUTPUT/REVIEW/QUARTER/,
          hoặc in so sánh chỉ tiêu giữa hai kỳ đánh giá đã tính
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
                throw .usage(
                    message:
                        "cần một trong các tùy chọn \(known.joined(separator: ", ")), nhận được '\(option)'")
            }
            guard let value = arguments.popFirst(), !value.hasPrefix("--") else {
                throw .usage(message: "thiếu giá trị sau \(option)")
            }
            values[option] = value
        }
        func required(_ option: String) throws(ReportError) -> String {
            guard let value = values[option] else {
                throw .usage(message: "thiếu tùy chọn bắt buộc \(option)")
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
            throw .usage(message: "cần --review quy, so-ket hoặc tong-ket, nhận được '\(reviewText)'")
        }
        let quarterText = try required("--quarter")
        guard let quarter = Quarter(quarterText) else {
            throw .usage(message: "cần --quarter dạng NĂM-Qn như 2018-Q2, nhận được '\(quarterText)'")
        }
        self = .report(output: output, review: ReviewName(kind: kind, quarter: quarter))
    }
}
