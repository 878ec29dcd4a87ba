import ChiboCore

/// Reads indicators.csv, the indicators stage's output.
public enum IndicatorFile {
    /// The columns of indicators.csv, in SPEC order.
    public static let columns = [
        "indicator", "scope", "unit_id", "unit_name", "period", "numerator", "denominator", "value", "target",
        "status",
    ]

    /// Reads and checks every row of the file at `path`, sorted in SPEC order.
    public static func read(path: String) throws(ReportError) -> [IndicatorRow] {
        var reader = try ColumnReader(path: path, columns: columns)
        var rows: [IndicatorRow] = []
        while let (line, fields) = try reader.next() {
            func invalid(_ position: Int, _ expected: String) -> ReportError {
                reader.invalid(line: line, position: position, expected: expected, found: fields[position])
            }
            guard !fields[0].isEmpty else { throw invalid(0, "an indicator code") }
            guard let scope = TargetScope(rawValue: fields[1]) else {
                throw invalid(1, "'province' or 'district'")
            }
            guard !fields[2].isEmpty else { throw invalid(2, "a unit id") }
            guard let period = Period(fields[4]) else {
                throw invalid(4, "a year, a clipped year 'yyyy-mm-dd..yyyy-mm-dd', 'as_of' or 'term'")
            }
            var counts: [Int?] = []
            for position in [5, 6] {
                if fields[position].isEmpty {
                    counts.append(nil)
                } else if let count = Int(fields[position]), count >= 0 {
                    counts.append(count)
                } else {
                    throw invalid(position, "a whole number or nothing")
                }
            }
            var value: FixedDecimal?
            if !fields[7].isEmpty {
                guard let parsed = FixedDecimal(fields[7]) else {
                    throw invalid(7, "a decimal number or nothing")
                }
                value = parsed
            }
            var target: Target?
            if !fields[8].isEmpty {
                guard let parsed = Target(fields[8]) else {
                    throw invalid(8, "a target such as '>=75' or nothing")
                }
                target = parsed
            }
            var status: IndicatorRow.Status?
            if !fields[9].isEmpty {
                guard let parsed = IndicatorRow.Status(rawValue: fields[9]) else {
                    throw invalid(9, "'met', 'not_met' or nothing")
                }
                status = parsed
            }
            rows.append(
                IndicatorRow(
                    indicator: fields[0], scope: scope, unitID: fields[2], unitName: fields[3],
                    period: period,
                    numerator: counts[0], denominator: counts[1], value: value, target: target, status: status
                ))
        }
        return rows.sorted(by: IndicatorRow.precedes)
    }
}
