import ChiboCore

/// The decimal type of indicators.csv values as the page reads them.
typealias PageDecimal = DecimalNumber

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
    /// A decimal as an integer count of `10^-scale`, read off its plain form (`-84.5` is
    /// −845 tenths), so the page's number text never goes through a floating-point number.
    static func scaled(_ value: PageDecimal) -> (units: Int64, scale: Int) {
        var units: Int64 = 0
        var scale = 0
        var isInFraction = false
        let plain = value.plain
        for byte in plain.utf8 {
            if byte == UInt8(ascii: ".") {
                isInFraction = true
            } else if byte != UInt8(ascii: "-") {
                units = units &* 10 &+ Int64(byte &- UInt8(ascii: "0"))
                if isInFraction { scale += 1 }
            }
        }
        return (plain.hasPrefix("-") ? -units : units, scale)
    }

    /// A value as a chart coordinate.
    static func chartValue(_ value: PageDecimal?) -> Double? {
        value.flatMap { Double($0.plain) }
    }
}
