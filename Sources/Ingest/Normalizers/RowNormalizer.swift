import CSV
import ChiboCore

/// Normalizes the values of one file's records column by column, recording a
/// diagnostic for each value it cannot read, and counts legacy-font repairs.
struct RowNormalizer {
    /// The file's entity.
    let entity: Entity
    /// The file name for diagnostics.
    let fileName: String
    /// Where each canonical column is in the file.
    let mapping: HeaderMapping
    private let schema: [ColumnSchema]
    /// Per column: its field in the file (-1 when absent), and whether it holds ids; read
    /// for every field, so kept as plain arrays rather than taken from `schema`.
    private let fieldPositions: [Int]
    private let isIdColumn: [Bool]
    private var enums = EnumNormalizer()
    /// Cells repaired from a legacy font, per column index and encoding name.
    private(set) var legacyRepairs: [Int: [String: Int]] = [:]
    /// What earlier values as read normalized to, per column, keyed by their bytes: the
    /// value number in the low 32 bits and the index of the rest of the cell in `kinds`
    /// above, so that a slot of the cache holds it whole.
    private var cache: ColumnByteCache
    /// The distinct cells less their numbers, the clean cell first (a few dozen: problem
    /// codes, legacy fonts and flags combine in few ways), and the index of each.
    private var kinds: [NormalizedCell] = [NormalizedCell(number: 0)]
    private var kindIndices: [NormalizedCell: Int] = [NormalizedCell(number: 0): 0]
    /// The value numbers of the row being normalized, reused from row to row.
    private var numbers: [UInt32]
    /// Per column of the row being normalized: whether its value is numbered from its bytes
    /// (an id kept as read), and the hash it is looked up by (`RowStore.number(of:column:hash:)`)
    /// or its tag in `cache`.
    private var isKeptAsRead: [Bool]
    private var hashes: [UInt64]
    /// The words read by `touchSlots(_:rows:)`, kept so that the reads are made.
    private var touched: UInt32 = 0
    /// Text cells with Latin-1 letters that were not repaired, as (row, column) indices: in a file
    /// typed in one legacy font they are read again preferring it (`applyFileEncoding`).
    private var latin1Cells: [(row: Int, column: Int)] = []
    /// Text cells holding a Vietnamese letter outside Latin-1 (ă, đ, ơ, ư, ạ …), which text typed
    /// in a legacy font never holds: where they outnumber the repaired cells the file is Unicode
    /// with some legacy rows, not a file typed in one legacy font.
    private var unicodeVietnameseCells = 0
    private var rowCount = 0

    init(entity: Entity, fileName: String, mapping: HeaderMapping) {
        self.entity = entity
        self.fileName = fileName
        self.mapping = mapping
        self.schema = entity.schema
        self.fieldPositions = mapping.fieldIndices.map { $0 ?? -1 }
        self.isIdColumn = schema.map { $0.type == .id }
        self.cache = ColumnByteCache(columnCount: schema.count)
        self.numbers = Array(repeating: 0, count: schema.count)
        self.isKeptAsRead = Array(repeating: false, count: schema.count)
        self.hashes = Array(repeating: 0, count: schema.count)
    }

    /// A diagnostic of `code` about column `index` of the record at `line`.
    func diagnostic(_ code: ProblemCode, line: Int, column index: Int, value: String, message: String? = nil)
        -> Diagnostic
    {
        code.diagnostic(
            file: fileName, line: line, column: (mapping.fieldIndices[index] ?? -1) + 1,
            columnName: schema[index].name, value: value, message: message)
    }

    /// Normalizes `record` and appends it to `rows`, whose value tables the normalizer
    /// numbers the values in (one normalizer per store); `problem` is its whole-row problem.
    ///
    /// A value as read seen before in the same column takes its normalized number and its
    /// problems from `cache`: they depend on nothing but its bytes and the column.
    mutating func normalize(
        _ record: CSVRow, problem: (code: ProblemCode, value: String)?, into rows: inout RowStore
    ) {
        defer { rowCount += 1 }
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        if let problem {
            errors.append(problem.code.diagnostic(file: fileName, line: record.line, value: problem.value))
            if problem.code == .rowBlank {
                for index in schema.indices { numbers[index] = rows.number(of: "", column: index) }
                numbers.withUnsafeBufferPointer { numbers in
                    rows.append(
                        line: record.line, textOffset: record.byteOffset, numbers: numbers, errors: errors,
                        warnings: warnings
                    ) {
                        _ in
                        UnsafeBufferPointer(start: nil, count: 0)
                    }
                }
                return
            }
        }
        touchSlots(record, rows: rows)
        for index in schema.indices {
            let bytes = fieldBytes(record, index)
            let kind: Int
            if isKeptAsRead[index] {
                // Kept as read (`IdNormalizer.normalize`): numbered from its bytes.
                numbers[index] = rows.number(of: bytes, column: index, hash: hashes[index])
                continue
            }
            let tag = UInt32(truncatingIfNeeded: hashes[index])
            if let remembered = cache.value(column: index, bytes: bytes, tag: tag) {
                numbers[index] = UInt32(truncatingIfNeeded: remembered)
                kind = Int(remembered >> 32)
            } else {
                let normalized = normalizedCell(
                    String(decoding: bytes, as: UTF8.self), column: index, rows: &rows)
                numbers[index] = normalized.number
                kind = kindIndex(of: normalized)
                cache.insert(
                    UInt64(kind) << 32 | UInt64(normalized.number), column: index, bytes: bytes, tag: tag)
            }
            // The clean cell: no problem, nothing for the legacy-font detection to count.
            if kind == 0 { continue }
            let cell = kinds[kind]
            if cell.error == nil && cell.warning == nil && cell.legacyEncoding == nil
                && !cell.isLegacySuspected
            {
                if cell.hasLatin1Letter { latin1Cells.append((rowCount, index)) }
                if cell.hasUnicodeVietnameseLetter { unicodeVietnameseCells += 1 }
                continue
            }
            let raw = String(decoding: bytes, as: UTF8.self)
            if let warning = cell.warning {
                warnings.append(diagnostic(warning, line: record.line, column: index, value: raw))
            }
            if let error = cell.error {
                errors.append(diagnostic(error, line: record.line, column: index, value: raw))
            }
            if let encoding = cell.legacyEncoding {
                // SPEC: such cells are "converted, and reported as a warning"; the
                // per-column notice with the count comes from `legacyNotices()`.
                legacyRepairs[index, default: [:]][encoding.rawValue, default: 0] += 1
                warnings.append(
                    diagnostic(
                        .legacyFont, line: record.line, column: index, value: raw,
                        message: "\(ProblemCode.legacyFont.message) (\(encoding.rawValue))"))
            }
            if cell.isLegacySuspected {
                warnings.append(
                    diagnostic(.legacyFontSuspected, line: record.line, column: index, value: raw))
            }
            if cell.hasLatin1Letter { latin1Cells.append((rowCount, index)) }
            if cell.hasUnicodeVietnameseLetter { unicodeVietnameseCells += 1 }
        }
        numbers.withUnsafeBufferPointer { numbers in
            rows.append(
                line: record.line, textOffset: record.byteOffset, numbers: numbers, errors: errors,
                warnings: warnings
            ) { index in
                fieldBytes(record, index)
            }
        }
    }

    /// Hashes every field of `record` and reads the first slot each will be looked up in,
    /// before any lookup: the slots of dates, names and ids lie anywhere in tables of
    /// megabytes, and read in one tight loop their cache misses overlap, where the lookups
    /// one after the other waited for each in turn.
    private mutating func touchSlots(_ record: CSVRow, rows: RowStore) {
        // Taken out for the row, so that writing them is no access to `self`.
        var isKeptAsRead: [Bool] = []
        var hashes: [UInt64] = []
        swap(&isKeptAsRead, &self.isKeptAsRead)
        swap(&hashes, &self.hashes)
        var touched = self.touched
        isKeptAsRead.withUnsafeMutableBufferPointer { isKeptAsRead in
            hashes.withUnsafeMutableBufferPointer { hashes in
                for index in 0..<hashes.count {
                    let bytes = fieldBytes(record, index)
                    isKeptAsRead[index] = isIdColumn[index] && IdNormalizer.isVisibleASCII(bytes)
                    hashes[index] =
                        isKeptAsRead[index]
                        ? InternedValues.hash(of: bytes)
                        : UInt64(ColumnByteCache.tag(of: bytes, column: index))
                }
                for index in 0..<hashes.count {
                    touched ^=
                        isKeptAsRead[index]
                        ? rows.touch(column: index, hash: hashes[index])
                        : cache.touch(UInt32(truncatingIfNeeded: hashes[index]))
                }
            }
        }
        self.touched = touched
        swap(&isKeptAsRead, &self.isKeptAsRead)
        swap(&hashes, &self.hashes)
    }

    /// The bytes of canonical column `index` in `record`, empty when the file lacks the
    /// column or the record ends before it.
    @inline(__always)
    private func fieldBytes(_ record: CSVRow, _ index: Int) -> UnsafeBufferPointer<UInt8> {
        let field = fieldPositions[index]
        guard field >= 0 && field < record.count else { return UnsafeBufferPointer(start: nil, count: 0) }
        return record[field]
    }

    /// The index in `kinds` of `cell` less its number, added if new.
    private mutating func kindIndex(of cell: NormalizedCell) -> Int {
        var kind = cell
        kind.number = 0
        if let index = kindIndices[kind] { return index }
        kinds.append(kind)
        kindIndices[kind] = kinds.count - 1
        return kinds.count - 1
    }

    /// Drops what was remembered while reading; the value numbers it held are only valid
    /// for the store being filled.
    mutating func finishReading() {
        cache = ColumnByteCache(columnCount: 0)
        numbers = []
        isKeptAsRead = []
        hashes = []
    }

    /// What a value as read of one column normalizes to: the number of its normalized
    /// value ("" when it has an error), its problems and the facts the legacy-font
    /// detection counts. A function of the bytes and the column only.
    struct NormalizedCell: Hashable {
        var number: UInt32
        var error: ProblemCode? = nil
        /// A warning the value draws although it is read.
        var warning: ProblemCode? = nil
        /// The legacy font the value was repaired from.
        var legacyEncoding: LegacyVietnameseEncoding? = nil
        /// Whether the value, kept as read, may be legacy text.
        var isLegacySuspected = false
        /// A text cell, not repaired, with Latin-1 letters (`latin1Cells`).
        var hasLatin1Letter = false
        /// A text cell with a Vietnamese letter outside Latin-1 (`unicodeVietnameseCells`).
        var hasUnicodeVietnameseLetter = false
    }

    /// Normalizes `raw` of column `index` and numbers its normalized value in `rows`.
    private mutating func normalizedCell(_ raw: String, column index: Int, rows: inout RowStore)
        -> NormalizedCell
    {
        let column = schema[index]
        var cell: NormalizedCell
        var value: String
        switch column.type {
        case .id:
            value = IdNormalizer.normalize(raw) ?? ""
            cell = NormalizedCell(number: 0, error: value.isEmpty && column.isValueRequired ? .idEmpty : nil)
        case .text, .name:
            let normalized = TextNormalizer.normalize(raw, collapsesWhitespace: column.type == .name)
            value = normalized.text
            cell = NormalizedCell(
                number: 0, error: value.isEmpty && column.isValueRequired ? .valueRequired : nil,
                legacyEncoding: normalized.legacyEncoding.flatMap(LegacyVietnameseEncoding.init(rawValue:)),
                isLegacySuspected: normalized.isLegacySuspected)
            cell.hasLatin1Letter = cell.legacyEncoding == nil && hasLatin1Letter(raw)
            cell.hasUnicodeVietnameseLetter = Self.hasUnicodeVietnameseLetter(raw)
        default:
            let coded = codedValue(raw, column: column)
            cell = NormalizedCell(
                number: 0, warning: coded.warning,
                legacyEncoding: coded.legacyEncoding.flatMap(LegacyVietnameseEncoding.init(rawValue:)))
            switch coded.result {
            case .success(let success): value = success
            case .failure(let failure):
                value = ""
                cell.error = failure
            }
        }
        if cell.error != nil { value = "" }
        cell.number = rows.number(of: value, column: index)
        return cell
    }

    /// Whether `text` holds a character of U+0080–U+00FF (UTF-8 lead bytes C2, C3), what a legacy
    /// byte shows as, and no precomposed Vietnamese letter, ă, đ, ĩ (lead bytes E1, C4), which mark
    /// Unicode text.
    private func hasLatin1Letter(_ text: String) -> Bool {
        var hasLatin1 = false
        for byte in text.utf8 {
            if byte == 0xE1 || byte == 0xC4 { return false }
            hasLatin1 = hasLatin1 || byte == 0xC2 || byte == 0xC3
        }
        return hasLatin1
    }

    /// Whether `text` holds a letter of Vietnamese's Unicode range outside Latin-1: Ă ă Đ đ Ĩ ĩ Ũ ũ
    /// Ơ ơ Ư ư or one of U+1EA0–U+1EF9 (ạ ả … ỹ).
    static func hasUnicodeVietnameseLetter(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch (previous, byte) {
            case (0xC4, 0x82), (0xC4, 0x83), (0xC4, 0x90), (0xC4, 0x91), (0xC4, 0xA8), (0xC4, 0xA9),
                (0xC5, 0xA8), (0xC5, 0xA9), (0xC6, 0xA0), (0xC6, 0xA1), (0xC6, 0xAF), (0xC6, 0xB0),
                (0xE1, 0xBA), (0xE1, 0xBB):
                return true
            default:
                previous = byte
            }
        }
        return false
    }

    /// The legacy encoding of the file: the one its repaired cells were typed in, when there are at
    /// least three of them, at least nine times as many as of the other, and more than the cells
    /// typed in Unicode Vietnamese — a Unicode file with a few legacy rows keeps its genuine
    /// Latin-1-looking names (`Krông`) as read.
    private var fileEncoding: LegacyVietnameseEncoding? {
        var counts: [String: Int] = [:]
        for perEncoding in legacyRepairs.values {
            for (encoding, count) in perEncoding { counts[encoding, default: 0] += count }
        }
        for encoding in LegacyVietnameseEncoding.allCases {
            let count = counts[encoding.rawValue] ?? 0
            let others = counts.filter { $0.key != encoding.rawValue }.values.reduce(0, +)
            if count >= 3 && count >= 9 * others && count > unicodeVietnameseCells {
                return encoding
            }
        }
        return nil
    }

    /// Reads again, preferring the file's legacy encoding, the text cells that read equally well as
    /// they stand and converted (VNI `Siu Yôn`, Siu Yơn; TCVN3 `Y Jót`, Y Jút): a file is typed in
    /// one font, so they are repaired, with the same warning and count as the others. Depends only on
    /// the whole file, not on the order of its rows.
    mutating func applyFileEncoding(to rows: inout RowStore) {
        guard let encoding = fileEncoding else { return }
        for (rowIndex, index) in latin1Cells {
            let raw = rows.raw(rowIndex, index)
            let normalized = TextNormalizer.normalize(
                raw, collapsesWhitespace: schema[index].type == .name, preferring: encoding)
            guard normalized.legacyEncoding == encoding.rawValue else { continue }
            let line = rows.line(rowIndex)
            rows.setField(rowIndex, index, normalized.text)
            rows.removeWarnings(rowIndex) {
                $0.code == ProblemCode.legacyFontSuspected.rawValue && $0.columnName == schema[index].name
            }
            rows.addWarning(
                rowIndex,
                diagnostic(
                    .legacyFont, line: line, column: index, value: raw,
                    message: "\(ProblemCode.legacyFont.message) (\(encoding.rawValue))"))
            legacyRepairs[index, default: [:]][encoding.rawValue, default: 0] += 1
        }
        latin1Cells = []
    }

    /// A date, flag, code or number as read, normalized, and the legacy font it was
    /// repaired from.
    private struct CodedValue {
        var result: Result<String, ProblemCode>
        var legacyEncoding: String? = nil
        /// A warning the value draws although it is read.
        var warning: ProblemCode? = nil
    }

    /// A date, flag, code or number; a label that matches nothing is tried once more
    /// after legacy-font repair ("Cã mÆt" is "Có mặt" typed in TCVN3).
    private mutating func codedValue(_ raw: String, column: ColumnSchema) -> CodedValue {
        do throws(ProblemCode) {
            return CodedValue(result: .success(try uncodedValue(raw, column: column)))
        } catch {
            guard error == .enumUnknown || error == .boolInvalid else {
                return CodedValue(result: .failure(error))
            }
            if !TextNormalizer.isASCII(raw) {
                let repaired = TextNormalizer.repairLegacyEncoding(raw).map { [$0] } ?? []
                for reading in repaired + TextNormalizer.legacyReadings(raw) {
                    if let value = try? uncodedValue(reading.text, column: column) {
                        return CodedValue(result: .success(value), legacyEncoding: reading.encoding)
                    }
                }
            }
            if column.type == .roles {
                // Exports mix other titles (trưởng thôn, chủ tịch) into the party roles:
                // the member is kept with the roles that are known.
                return CodedValue(result: .success(enums.knownRoles(from: raw).roles), warning: .roleUnknown)
            }
            return CodedValue(result: .failure(error))
        }
    }

    /// The normalized value of a date, flag, code or number.
    private mutating func uncodedValue(_ raw: String, column: ColumnSchema) throws(ProblemCode) -> String {
        let result: String
        switch column.type {
        case .id, .text, .name:
            preconditionFailure("\(column.name) is not a coded column")
        case .date:
            result = try DateNormalizer.day(from: raw)?.description ?? ""
        case .boolean:
            return try BooleanNormalizer.value(from: raw) ? "true" : "false"
        case .enumeration(let domain):
            result = try enums.code(for: raw, in: domain) ?? ""
        case .roles:
            result = try enums.roles(from: raw)
        case .year:
            result = try NumberNormalizer.year(from: raw).map { String($0) } ?? ""
        case .number:
            result = try NumberNormalizer.decimal(from: raw)?.plain ?? ""
        }
        if result.isEmpty && column.isValueRequired { throw .valueRequired }
        return result
    }

    /// One notice per column (and legacy encoding) whose cells were repaired.
    func legacyNotices() -> [Diagnostic] {
        var notices: [Diagnostic] = []
        for (index, counts) in legacyRepairs.sorted(by: { $0.key < $1.key }) {
            for (encoding, count) in counts.sorted(by: { $0.key < $1.key }) {
                notices.append(
                    ProblemCode.legacyEncoding.diagnostic(
                        file: fileName, line: 1, column: (mapping.fieldIndices[index] ?? -1) + 1,
                        columnName: schema[index].name, value: encoding,
                        message: "\(ProblemCode.legacyEncoding.message) \(encoding): \(count) ô"))
            }
        }
        return notices
    }
}
