import CSV
import ChiboCore

/// The rows of indicators.csv in SPEC order (as `IndicatorTable` orders them), each part
/// that repeats formatted once as CSV fields.
struct TallyRows: Sendable {
    /// One indicator's rows of one unit: a tally per period.
    struct Block: Sendable {
        var code: Int
        var unit: Int
    }

    /// One tally of an indicator, with what its rows print besides their counts.
    struct Column: Sendable {
        var numerators: [Int]
        var denominators: [Int]?
        /// `period,` as printed.
        var period: [UInt8]
        /// The target of the province row (index 0) and of district rows (index 1).
        var targets: [PrintedTarget?]
        var isPartialYear: Bool
    }

    /// A target as printed, and what it takes to judge a value against it.
    struct PrintedTarget: Sendable {
        /// `target,` as printed.
        var field: [UInt8]
        var target: Target
        /// The target's value × 100, when it is a whole number that fits: a value in
        /// hundredths is then compared with it exactly as integers.
        var hundredths: Int?
    }

    let blocks: [Block]
    /// Per indicator (catalog order): `code,province,` and `code,district,`.
    let prefixes: [[[UInt8]]]
    /// Per indicator (catalog order): its tallies.
    let columns: [[Column]]
    /// Per unit: `unit_id,unit_name,`.
    let units: [[UInt8]]
    let rowCount: Int
    /// The first block of the second half of the rows.
    let middleBlock: Int

    init(results: IndicatorResults, context: ComputationContext) {
        let dataset = context.dataset
        let writer = CSVWriter()
        func field(_ text: String) -> [UInt8] {
            var bytes: [UInt8] = []
            writer.appendField(text, to: &bytes)
            bytes.append(writer.delimiter)
            return bytes
        }
        let matcher = TargetMatcher(targets: dataset.targets)
        var prefixes: [[[UInt8]]] = []
        var columns: [[Column]] = []
        for code in IndicatorCode.allCases {
            guard let tallies = results.tallies[code] else {
                preconditionFailure("no family computed \(code.rawValue)")
            }
            prefixes.append([
                field(code.rawValue) + field(TargetScope.province.rawValue),
                field(code.rawValue) + field(TargetScope.district.rawValue),
            ])
            columns.append(
                tallies.map { tally in
                    let targets = [true, false].map { isProvince in
                        matcher.target(
                            for: code, period: tally.period, isProvince: isProvince, window: context.window
                        )
                        .map { rule in
                            PrintedTarget(
                                field: field(rule.target.description), target: rule.target,
                                hundredths: TallyRows.hundredths(of: rule.target.value))
                        }
                    }
                    return Column(
                        numerators: tally.numerator.counts, denominators: tally.denominator?.counts,
                        period: field(tally.period.description), targets: targets,
                        isPartialYear: tally.period.isPartialYear)
                })
        }
        units = dataset.units.map { organization in
            field(dataset.organizationIDs.string(at: organization))
                + field(dataset.organizationNames[Int(organization)])
        }
        var blocks: [Block] = []
        var rowCount = 0
        for code in columns.indices {
            for unit in units.indices {
                blocks.append(Block(code: code, unit: unit))
                rowCount += columns[code].count
            }
        }
        var middleBlock = blocks.count
        var rowsBefore = 0
        for (index, block) in blocks.enumerated() {
            if rowsBefore >= rowCount / 2 {
                middleBlock = index
                break
            }
            rowsBefore += columns[block.code].count
        }
        self.prefixes = prefixes
        self.columns = columns
        self.blocks = blocks
        self.rowCount = rowCount
        self.middleBlock = middleBlock
    }

    /// `value` × 100 when it is a whole number of at most 15 integer digits; nil else.
    static func hundredths(of value: DecimalNumber) -> Int? {
        guard value.fractionDigits.count <= 2, value.integerDigits.count <= 15 else { return nil }
        var hundredths = 0
        for digit in value.integerDigits { hundredths = hundredths * 10 + Int(digit &- UInt8(ascii: "0")) }
        for position in 0..<2 {
            let digit =
                position < value.fractionDigits.count
                ? Int(value.fractionDigits[position] &- UInt8(ascii: "0")) : 0
            hundredths = hundredths * 10 + digit
        }
        return value.isNegative ? -hundredths : hundredths
    }

    /// The text of the rows of `range` of `blocks`, after the header when `header`, with
    /// room for at least `reservingRows` rows.
    func text(blocks range: Range<Int>, header: Bool, reservingRows: Int) -> [UInt8] {
        var output: [UInt8] = []
        var rows = 0
        for block in blocks[range] { rows += columns[block.code].count }
        output.reserveCapacity(max(rows, reservingRows) * 110 + 256)
        if header { CSVWriter().appendRecord(IndicatorRow.columns, to: &output) }
        let met = Array("met\n".utf8)
        let notMet = Array("not_met\n".utf8)
        for block in blocks[range] {
            let unit = block.unit
            let scope = unit == 0 ? 0 : 1
            let prefix = prefixes[block.code][scope]
            for column in columns[block.code] {
                output.append(contentsOf: prefix)
                output.append(contentsOf: units[unit])
                output.append(contentsOf: column.period)
                var numerator = column.numerators[unit]
                let hundredths: Int?
                var denominator: Int? = nil
                if let denominators = column.denominators {
                    let count = denominators[unit]
                    hundredths = Percentage.hundredths(numerator: numerator, denominator: count)
                    denominator = count
                    if count == 0 { numerator = 0 }
                } else {
                    hundredths = numerator * 100
                }
                TallyRows.appendDigits(numerator, to: &output)
                output.append(UInt8(ascii: ","))
                if let denominator { TallyRows.appendDigits(denominator, to: &output) }
                output.append(UInt8(ascii: ","))
                if let hundredths { TallyRows.appendValue(hundredths: hundredths, to: &output) }
                output.append(UInt8(ascii: ","))
                guard let target = column.targets[scope] else {
                    output.append(UInt8(ascii: ","))
                    output.append(0x0A)
                    continue
                }
                output.append(contentsOf: target.field)
                if let hundredths, !column.isPartialYear {
                    output.append(contentsOf: TallyRows.isMet(hundredths, target) ? met : notMet)
                } else {
                    output.append(0x0A)
                }
            }
        }
        return output
    }

    /// Whether a value of `hundredths` / 100 meets `target`, exactly as
    /// `Target.isMet(by: DecimalNumber(hundredths:))` judges it.
    @inline(__always)
    static func isMet(_ hundredths: Int, _ target: PrintedTarget) -> Bool {
        guard let limit = target.hundredths else {
            return target.target.isMet(by: DecimalNumber(hundredths: hundredths))
        }
        switch target.target.comparator {
        case .atLeast: return hundredths >= limit
        case .greaterThan: return hundredths > limit
        case .atMost: return hundredths <= limit
        case .lessThan: return hundredths < limit
        case .equal: return hundredths == limit
        }
    }

    /// Appends `value` in decimal digits, as `String(value)` writes it.
    @inline(__always)
    static func appendDigits(_ value: Int, to output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        appendDigits(magnitude: value.magnitude, to: &output)
    }

    @inline(__always)
    private static func appendDigits(magnitude: UInt, to output: inout [UInt8]) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes, more than UInt.max's 20 digits
        var count = 0
        var rest = magnitude
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                count += 1
                buffer[24 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            output.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
        }
    }

    /// Appends `hundredths` / 100 as `DecimalNumber(hundredths:).plain` writes it: no
    /// trailing zeros in the decimals, no decimal point without them.
    @inline(__always)
    static func appendValue(hundredths: Int, to output: inout [UInt8]) {
        let magnitude = hundredths.magnitude
        let fraction = magnitude % 100
        if hundredths < 0 { output.append(UInt8(ascii: "-")) }
        appendDigits(magnitude: magnitude / 100, to: &output)
        guard fraction != 0 else { return }
        output.append(UInt8(ascii: "."))
        output.append(UInt8(ascii: "0") + UInt8(fraction / 10))
        if fraction % 10 != 0 { output.append(UInt8(ascii: "0") + UInt8(fraction % 10)) }
    }
}
