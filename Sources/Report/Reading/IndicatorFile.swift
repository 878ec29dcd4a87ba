import ChiboCore
import Dispatch
import OfficeOpenXML

/// Reads indicators.csv, the indicators stage's output.
public enum IndicatorFile {
    /// Reads and checks every row of the file at `path`, sorted in SPEC order.
    ///
    /// The records are decoded on another thread, in batches handed over in order, while
    /// this one checks them: the rows, and the first problem met, are those of one reader.
    public static func read(path: String) throws(ReportError) -> [IndicatorRow] {
        let records = RecordBatches(reader: try ColumnReader(path: path, columns: IndicatorRow.columns))
        defer { records.finish() }
        var rows: [IndicatorRow] = []
        // Codes, unit ids and names repeat on every row of a unit (a million rows at
        // national size): one shared copy of each instead of one per row, numbered.
        // Canonically equivalent texts share one number (and the first one's text), as the
        // `String` keys of `textNumbers` compare them.
        var textNumbers: [String: Int] = [:]
        var texts: [String] = []
        var textIsASCII: [Bool] = []
        // The number of each text already seen, by its bytes: hashing bytes is cheaper
        // than hashing a Vietnamese name by its canonical form, and the same bytes always
        // get the same number.
        var exactNumbers: [ExactText: Int] = [:]
        func shared(_ text: String) -> (text: String, number: Int) {
            if let number = exactNumbers[ExactText(text)] { return (texts[number], number) }
            let number: Int
            if let known = textNumbers[text] {
                number = known
            } else {
                number = texts.count
                textNumbers[text] = number
                texts.append(text)
                textIsASCII.append(text.utf8.allSatisfy { $0 < 0x80 })
            }
            exactNumbers[ExactText(text)] = number
            return (texts[number], number)
        }
        // The field of the row before and what it came to, per column: a row of the same
        // code or unit (most rows) gets the reader's string of the row before again, found
        // equal without hashing.
        var last: [(field: String, shared: (text: String, number: Int))?] = [nil, nil, nil]
        func sharedLikeLast(_ text: String, column: Int) -> (text: String, number: Int) {
            if let known = last[column], ExactText(known.field) == ExactText(text) { return known.shared }
            let result = shared(text)
            last[column] = (text, result)
            return result
        }
        // Each row's code and unit id, as numbers of `texts`, to sort by.
        var keys: [(indicator: Int32, unit: Int32)] = []
        while let (line, fields) = try records.next() {
            switch IndicatorRow.parse(fields: fields) {
            case .success(var row):
                let indicator = sharedLikeLast(row.indicator, column: 0)
                let unit = sharedLikeLast(row.unitID, column: 1)
                row.indicator = indicator.text
                row.unitID = unit.text
                row.unitName = sharedLikeLast(row.unitName, column: 2).text
                rows.append(row)
                keys.append((Int32(indicator.number), Int32(unit.number)))
            case .failure(let error):
                throw records.reader.invalid(
                    line: line, position: error.position, expected: error.expected,
                    found: fields[error.position])
            }
        }
        return sorted(rows, keys: keys, texts: texts, textIsASCII: textIsASCII)
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

/// The records of a `ColumnReader`, read on another thread in batches of a few thousand,
/// handed over in file order; at most a few batches wait.
private final class RecordBatches: @unchecked Sendable {
    /// What the reading thread hands over: records, then the end or the problem it met.
    private enum Batch {
        case records([(line: Int, fields: [String])])
        case end
        case failure(ReportError)
    }

    /// The reader, for its diagnostics; its records are read by the other thread only.
    let reader: ColumnReader
    // `waiting` is touched under `lock` only; `current` and `isDone` by the caller only.
    private var waiting: [Batch] = []
    private let lock = DispatchSemaphore(value: 1)
    private let available = DispatchSemaphore(value: 0)
    private let room = DispatchSemaphore(value: 4)
    private var current: [(line: Int, fields: [String])] = []
    private var position = 0
    private var isDone = false
    private var work: BackgroundWork<Void>?

    init(reader: ColumnReader) {
        self.reader = reader
        work = BackgroundWork { [self] in
            var reader = reader
            var batch: [(line: Int, fields: [String])] = []
            batch.reserveCapacity(RecordBatches.batchSize)
            while true {
                let record: (line: Int, fields: [String])?
                do throws(ReportError) {
                    record = try reader.next()
                } catch {
                    if !batch.isEmpty { put(.records(batch)) }
                    put(.failure(error))
                    return
                }
                guard let record else { break }
                batch.append(record)
                if batch.count == RecordBatches.batchSize {
                    put(.records(batch))
                    batch = []
                    batch.reserveCapacity(RecordBatches.batchSize)
                }
            }
            if !batch.isEmpty { put(.records(batch)) }
            put(.end)
        }
    }

    private static let batchSize = 4096

    private func put(_ batch: Batch) {
        room.wait()
        lock.wait()
        waiting.append(batch)
        lock.signal()
        available.signal()
    }

    private func take() -> Batch {
        available.wait()
        lock.wait()
        let batch = waiting.removeFirst()
        lock.signal()
        room.signal()
        return batch
    }

    /// The next non-blank record, as `ColumnReader.next()` gives it.
    func next() throws(ReportError) -> (line: Int, fields: [String])? {
        while position == current.count {
            guard !isDone else { return nil }
            switch take() {
            case .records(let records):
                current = records
                position = 0
            case .end:
                isDone = true
                current = []
                position = 0
            case .failure(let error):
                isDone = true
                current = []
                position = 0
                throw error
            }
        }
        position += 1
        return current[position - 1]
    }

    /// Lets the reading thread finish (taking what it still hands over) and waits for it.
    func finish() {
        while !isDone {
            switch take() {
            case .records: continue
            case .end, .failure: isDone = true
            }
        }
        work?.finish()
        work = nil
    }
}
