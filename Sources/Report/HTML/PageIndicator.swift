import ChiboCore

/// What the page knows of an indicator from the catalog: the one place the web page reads
/// the catalog, so that the catalog can move without the page's layout changing.
struct PageIndicator: Sendable {
    /// The code as written in indicators.csv.
    var code: String
    /// The Vietnamese name.
    var name: String
    /// Whether the value is a percentage; otherwise a count.
    var isRatio: Bool
    /// The 1-based catalog number, nil for a code outside the catalog.
    var number: Int?
    /// One sentence saying what is counted, when the catalog has it.
    var definition: String?
    /// The source clause (`002 B.I`), when the catalog has it.
    var source: String?

    /// The entry for `code`; a code outside the catalog is named by itself, a ratio when its
    /// rows have a denominator.
    init(code: String, hasDenominator: Bool = false) {
        self.code = code
        guard let catalogCode = IndicatorCode(rawValue: code) else {
            name = code
            isRatio = hasDenominator
            return
        }
        let definition = catalogCode.definition
        name = definition.vietnameseName
        isRatio = definition.isRatio
        number = catalogCode.catalogNumber
        self.definition = definition.vietnameseDefinition
        source = definition.source
    }

    /// `3. Kết nạp đảng viên mới`.
    var heading: String { (number.map { "\($0). " } ?? "") + name }
}

extension IndicatorRow {
    /// The catalog entry of the row's indicator, as the page reads it.
    var pageIndicator: PageIndicator { PageIndicator(code: indicator, hasDenominator: denominator != nil) }
}

extension HTMLReport {
    /// A value as a chart coordinate.
    static func chartValue(_ value: DecimalNumber?) -> Double? {
        value.flatMap { Double($0.plain) }
    }
}
