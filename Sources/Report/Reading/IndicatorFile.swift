import ChiboCore

/// Reads indicators.csv, the indicators stage's output.
public enum IndicatorFile {
    /// Reads and checks every row of the file at `path`, sorted in SPEC order.
    public static func read(path: String) throws(ReportError) -> [IndicatorRow] {
        var reader = try ColumnReader(path: path, columns: IndicatorRow.columns)
        var rows: [IndicatorRow] = []
        // Codes, unit ids and names repeat on every row of a unit (a million rows at
        // national size): one shared copy of each instead of one per row.
        var texts: [String: String] = [:]
        func shared(_ text: String) -> String {
            if let known = texts[text] { return known }
            texts[text] = text
            return text
        }
        // Each row's catalog number, found once per code rather than at each comparison.
        var numbers: [String: Int] = [:]
        var rowNumbers: [Int] = []
        while let (line, fields) = try reader.next() {
            switch IndicatorRow.parse(fields: fields) {
            case .success(var row):
                row.indicator = shared(row.indicator)
                if let number = numbers[row.indicator] {
                    rowNumbers.append(number)
                } else {
                    let number = row.code?.catalogNumber ?? Int.max
                    numbers[row.indicator] = number
                    rowNumbers.append(number)
                }
                row.unitID = shared(row.unitID)
                row.unitName = shared(row.unitName)
                rows.append(row)
            case .failure(let error):
                throw reader.invalid(
                    line: line, position: error.position, expected: error.expected,
                    found: fields[error.position])
            }
        }
        // The file is written in SPEC order: a stable sort would then give it back as it is.
        let isInOrder = rows.indices.dropFirst().allSatisfy { index in
            !precedes(rows[index], rowNumbers[index], rows[index - 1], rowNumbers[index - 1])
        }
        return isInOrder ? rows : rows.sorted(by: IndicatorRow.precedes)
    }

    /// `IndicatorRow.precedes` with each row's catalog number (`Int.max` outside the
    /// catalog) given.
    static func precedes(_ lhs: IndicatorRow, _ leftNumber: Int, _ rhs: IndicatorRow, _ rightNumber: Int)
        -> Bool
    {
        if leftNumber != rightNumber { return leftNumber < rightNumber }
        if lhs.indicator != rhs.indicator {
            return lhs.indicator.utf8.lexicographicallyPrecedes(rhs.indicator.utf8)
        }
        if lhs.scope != rhs.scope { return lhs.scope == .province }
        if lhs.unitID != rhs.unitID {
            return lhs.unitID.utf8.lexicographicallyPrecedes(rhs.unitID.utf8)
        }
        return lhs.period.sortKey < rhs.period.sortKey
    }
}
