import ChiboCore

/// What the report says, before any figure, about how far the data reach (SPEC "Reviews",
/// Data coverage): the date of the latest meeting accepted, and, when AS_OF is later than
/// the last day of that date's quarter, that later figures are incomplete.
public struct DataCoverage: Sendable, Equatable {
    /// The latest meeting date accepted (review.csv `data_until`), nil when none was.
    public var dataUntil: Day?
    /// The review's AS_OF.
    public var asOf: Day
    /// Whether the data end before AS_OF's quarter (`ReviewRecord.isDataCoverageShort`,
    /// the one rule the indicators stage warns by too).
    public var isIncomplete: Bool

    /// The coverage review.csv records.
    public init(record: ReviewRecord) {
        dataUntil = record.dataUntil
        asOf = record.asOf
        isIncomplete = record.isDataCoverageShort
    }

    /// The statement always printed: `Dữ liệu đến ngày 28/06/2018 (buổi sinh hoạt chi bộ
    /// muộn nhất được tiếp nhận).`
    public var statement: String {
        guard let dataUntil else {
            return "Dữ liệu: không có buổi sinh hoạt chi bộ nào được tiếp nhận."
        }
        guard dataUntil <= asOf else {
            // A review made at an earlier quarter from the same exports.
            return "Dữ liệu có đến ngày \(Period.vietnameseDate(dataUntil)) (buổi sinh hoạt chi bộ muộn nhất"
                + " được tiếp nhận); báo cáo chỉ tính đến ngày \(Period.vietnameseDate(asOf))."
        }
        return "Dữ liệu đến ngày \(Period.vietnameseDate(dataUntil))"
            + " (buổi sinh hoạt chi bộ muộn nhất được tiếp nhận)."
    }

    /// The warning printed when the data are incomplete, nil otherwise.
    public var warning: String? {
        guard isIncomplete else { return nil }
        guard let dataUntil else {
            return "LƯU Ý: không có dữ liệu sinh hoạt chi bộ; các số liệu về sinh hoạt chi bộ"
                + " đến ngày \(Period.vietnameseDate(asOf)) chưa đầy đủ."
        }
        return "LƯU Ý: dữ liệu chỉ có đến ngày \(Period.vietnameseDate(dataUntil)); các số liệu"
            + " sau ngày đó (đến \(Period.vietnameseDate(asOf))) chưa đầy đủ, cần thận trọng khi đánh giá."
    }
}
