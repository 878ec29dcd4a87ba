import CSV
import ChiboCore

/// Reads indicators.csv, the indicators stage's output.
public enum IndicatorFile {
    /// Reads and checks every row of the file at `path`, sorted in SPEC order.
    ///
    /// The records are decoded on their bytes as the CSV reader hands them out (a million
    /// at national size); the first problem met is the file's first, at its line.
    public static func read(path: String) throws(ReportError) -> [IndicatorRow] {
        guard Directory.exists(path) else { throw .missingFile(path: path) }
        let reader: CSVReader
        let names: [String]
        do {
            reader = try CSVReader(path: path, fileName: path)
            names = try reader.nextRow()?.strings ?? []
        } catch {
            throw .unreadable(error)
        }
        var indices: [Int] = []
        for column in IndicatorRow.columns {
            guard let index = names.firstIndex(of: column) else {
                throw .missingColumn(file: path, column: column)
            }
            indices.append(index)
        }
        var decoder = IndicatorRecordDecoder()
        var rows: [IndicatorRow] = []
        while true {
            let record: CSVRow?
            do {
                record = try reader.nextRow()
            } catch {
                throw .unreadable(error)
            }
            guard let record else { break }
            if record.isBlank { continue }
            switch decoder.decode(record, indices: indices) {
            case .success(let row):
                rows.append(row)
            case .failure(let error):
                throw .invalidField(
                    file: path, line: record.line, column: indices[error.position] + 1,
                    expected: error.expected, found: record.string(at: indices[error.position]))
            }
        }
        return sorted(
            rows, keys: decoder.keys, texts: decoder.texts.texts, textIsASCII: decoder.texts.isASCII)
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
