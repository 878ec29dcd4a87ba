import CSV
import ChiboCore

/// Reads indicators.csv, the indicators stage's output.
public enum IndicatorFile {
    /// Reads and checks every row of the file at `path`, sorted in SPEC order.
    ///
    /// The records are decoded on their bytes as the CSV reader hands them out (a million
    /// at national size); the first problem met is the file's first, at its line. A UTF-8
    /// file of more than `halvingAbove` bytes is read in two halves at once, the second on
    /// another thread from a line start past the middle: its rows are taken when this
    /// thread's reader meets a record exactly there and the second half read without a
    /// problem; otherwise this thread reads on, as if alone, to the end or the problem.
    public static func read(path: String) throws(ReportError) -> [IndicatorRow] {
        try read(path: path, halvingAbove: 1 << 23)
    }

    /// `read(path:)`, halving files of more than `halvingAbove` bytes (tests halve small ones).
    static func read(path: String, halvingAbove: Int) throws(ReportError) -> [IndicatorRow] {
        let (reader, indices) = try ColumnReader.open(path, locating: IndicatorRow.columns)
        var split = FileSplit(path: path, encoding: reader.encoding, above: halvingAbove)
        let secondHalf = split.map { split in
            BackgroundWork.startingNow { () -> FileHalf? in
                guard
                    let halfReader = try? CSVReader(
                        path: path, fileName: path, continuingAt: split.offset, textOffset: split.textOffset,
                        line: 1, delimiter: reader.delimiter)
                else { return nil }
                var half = FileHalf()
                // A problem is met again, at its line, by the reader of the whole file.
                let byteCount = split.size - split.offset
                do {
                    try half.read(halfReader, indices: indices, path: path, byteCount: byteCount)
                    return half
                } catch {
                    return nil
                }
            }
        }
        defer { secondHalf?.finish() }
        var rows = FileHalf()
        let byteCount = split?.offset ?? FileSplit.size(of: path) ?? 0
        let isAtSecondHalf = try rows.read(reader, indices: indices, path: path, byteCount: byteCount) {
            record in
            guard let textOffset = split?.textOffset, record.byteOffset >= textOffset else { return false }
            // Decided once: the second half's rows, or this reader's to the end.
            split = nil
            return record.byteOffset == textOffset && secondHalf?.value() != nil
        }
        if isAtSecondHalf, let second = secondHalf?.takeValue() { rows.append(second) }
        return sorted(
            rows.rows, keys: rows.decoder.keys, texts: rows.decoder.texts.texts,
            textIsASCII: rows.decoder.texts.isASCII)
    }

    /// `rows.sorted(by: IndicatorRow.precedes)`, worked out on numbers when every code and
    /// unit id is ASCII: each code ranked once by catalog number then bytes, each unit id
    /// by bytes, ties kept in file order as the stable sort keeps them. (Other text is
    /// compared as `precedes` compares it, by canonical equivalence first.)
    static func sorted(
        _ rows: [IndicatorRow], keys: [(indicator: Int32, unit: Int32)], texts: [String], textIsASCII: [Bool]
    ) -> [IndicatorRow] {
        var isIndicator = [Bool](repeating: false, count: texts.count)
        var isUnit = [Bool](repeating: false, count: texts.count)
        for key in keys {
            isIndicator[Int(key.indicator)] = true
            isUnit[Int(key.unit)] = true
        }
        guard texts.indices.allSatisfy({ textIsASCII[$0] || !(isIndicator[$0] || isUnit[$0]) }) else {
            return rows.sorted(by: IndicatorRow.precedes)
        }
        var ranks = [Int32](repeating: 0, count: texts.count)
        let indicators = texts.indices.filter { isIndicator[$0] }.map { number in
            (number: number, catalog: IndicatorCode(rawValue: texts[number])?.catalogNumber ?? Int.max)
        }.sorted { left, right in
            left.catalog != right.catalog
                ? left.catalog < right.catalog
                : texts[left.number].utf8.lexicographicallyPrecedes(texts[right.number].utf8)
        }
        for (rank, indicator) in indicators.enumerated() { ranks[indicator.number] = Int32(rank) }
        var unitRanks = [Int32](repeating: 0, count: texts.count)
        let units = texts.indices.filter { isUnit[$0] }.sorted {
            texts[$0].utf8.lexicographicallyPrecedes(texts[$1].utf8)
        }
        for (rank, unit) in units.enumerated() { unitRanks[unit] = Int32(rank) }
        var order: [(indicator: Int32, scope: Int32, unit: Int32, period: Int, row: Int)] = []
        order.reserveCapacity(rows.count)
        for index in rows.indices {
            order.append(
                (
                    ranks[Int(keys[index].indicator)], rows[index].scope == .province ? 0 : 1,
                    unitRanks[Int(keys[index].unit)], rows[index].period.sortKey, index
                ))
        }
        // The row number last makes every key distinct, so any sort gives the stable order.
        order.sort { $0 < $1 }
        return order.map { rows[$0.row] }
    }
}
