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
    private var enums = EnumNormalizer()
    /// Cells repaired from a legacy font, per column index and encoding name.
    private(set) var legacyRepairs: [Int: [String: Int]] = [:]
    /// Results of earlier values of dates, flags, codes and numbers, per column index,
    /// keyed by the raw bytes.
    private var caches: [ByteMap<CachedValue>]
    /// The legacy encoding of the value just normalized, if it was repaired.
    private var repairedEncoding: String? = nil
    /// Whether the value just normalized was kept as read although it may be legacy text.
    private var isLegacySuspected = false
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
        self.caches = Array(repeating: ByteMap(), count: schema.count)
    }

    /// A diagnostic of `code` about column `index` of the record at `line`.
    func diagnostic(_ code: ProblemCode, line: Int, column index: Int, value: String, message: String? = nil)
        -> Diagnostic
    {
        code.diagnostic(
            file: fileName, line: line, column: (mapping.fieldIndices[index] ?? -1) + 1,
            columnName: schema[index].name, value: value, message: message)
    }

    /// A record after its values were normalized, with the problems found in it.
    struct NormalizedRecord {
        /// The physical line where the record starts.
        var line: Int
        /// The values as read, in canonical column order.
        var raws: [String] = []
        /// The normalized values, in canonical column order ("" when empty or invalid).
        var fields: [String] = []
        /// Problems that reject the row.
        var errors: [Diagnostic] = []
        /// Problems reported only if the row is kept.
        var warnings: [Diagnostic] = []
    }

    /// The record with every value normalized; `problem` is its whole-row problem.
    mutating func normalize(_ record: CSVRow, problem: (code: ProblemCode, value: String)?)
        -> NormalizedRecord
    {
        defer { rowCount += 1 }
        var row = NormalizedRecord(line: record.line)
        if let problem {
            row.errors.append(
                problem.code.diagnostic(file: fileName, line: record.line, value: problem.value))
            if problem.code == .rowBlank {
                row.raws = [String](repeating: "", count: schema.count)
                row.fields = row.raws
                return row
            }
        }
        // Filled by appending: assigning into arrays of empty strings costs a release per
        // field, and this runs for every field of every row.
        var raws: [String] = []
        raws.reserveCapacity(schema.count)
        var fields: [String] = []
        fields.reserveCapacity(schema.count)
        for (index, column) in schema.enumerated() {
            let field = mapping.fieldIndices[index].flatMap { $0 < record.count ? $0 : nil }
            let raw: String
            let result: Result<String, ProblemCode>
            switch column.type {
            case .id, .text, .name:
                raw = field.map { record.string(at: $0) } ?? ""
                do throws(ProblemCode) {
                    result = .success(try uncachedValue(raw, column: column, index: index))
                } catch {
                    result = .failure(error)
                }
                if column.type != .id && repairedEncoding == nil && hasLatin1Letter(raw) {
                    latin1Cells.append((rowCount, index))
                }
                if column.type != .id && Self.hasUnicodeVietnameseLetter(raw) {
                    unicodeVietnameseCells += 1
                }
            default:
                let bytes = field.map { record[$0] } ?? UnsafeBufferPointer(start: nil, count: 0)
                let cached: CachedValue
                if let hit = caches[index].value(for: bytes) {
                    cached = hit
                } else {
                    cached = codedValue(String(decoding: bytes, as: UTF8.self), column: column, index: index)
                    if caches[index].count < RowNormalizer.cacheLimit {
                        caches[index].insert(cached, for: bytes)
                    }
                }
                if let encoding = cached.legacyEncoding {
                    repairedEncoding = encoding
                    legacyRepairs[index, default: [:]][encoding, default: 0] += 1
                }
                raw = cached.raw
                result = cached.result
                if let warning = cached.warning {
                    row.warnings.append(diagnostic(warning, line: record.line, column: index, value: raw))
                }
            }
            raws.append(raw)
            switch result {
            case .success(let value): fields.append(value)
            case .failure(let error):
                fields.append("")
                row.errors.append(diagnostic(error, line: record.line, column: index, value: raw))
            }
            if let encoding = repairedEncoding {
                // SPEC: such cells are "converted, and reported as a warning"; the
                // per-column notice with the count comes from `legacyNotices()`.
                row.warnings.append(
                    diagnostic(
                        .legacyFont, line: record.line, column: index, value: raw,
                        message: "\(ProblemCode.legacyFont.message) (\(encoding))"))
                repairedEncoding = nil
            }
            if isLegacySuspected {
                row.warnings.append(
                    diagnostic(.legacyFontSuspected, line: record.line, column: index, value: raw))
                isLegacySuspected = false
            }
        }
        row.raws = raws
        row.fields = fields
        return row
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

    /// A remembered result, and the legacy font the raw text was repaired from.
    private struct CachedValue {
        /// The text as read, shared by every row holding it.
        var raw: String
        var result: Result<String, ProblemCode>
        var legacyEncoding: String? = nil
        /// A warning the value draws although it is read.
        var warning: ProblemCode? = nil
    }

    /// A date, flag, code or number; a label that matches nothing is tried once more
    /// after legacy-font repair ("Cã mÆt" is "Có mặt" typed in TCVN3).
    private mutating func codedValue(_ raw: String, column: ColumnSchema, index: Int) -> CachedValue {
        do throws(ProblemCode) {
            return CachedValue(
                raw: raw, result: .success(try uncachedValue(raw, column: column, index: index)))
        } catch {
            guard error == .enumUnknown || error == .boolInvalid else {
                return CachedValue(raw: raw, result: .failure(error))
            }
            if !TextNormalizer.isASCII(raw) {
                let repaired = TextNormalizer.repairLegacyEncoding(raw).map { [$0] } ?? []
                for reading in repaired + TextNormalizer.legacyReadings(raw) {
                    if let value = try? uncachedValue(reading.text, column: column, index: index) {
                        return CachedValue(
                            raw: raw, result: .success(value), legacyEncoding: reading.encoding)
                    }
                }
            }
            if column.type == .roles {
                // Exports mix other titles (trưởng thôn, chủ tịch) into the party roles:
                // the member is kept with the roles that are known.
                return CachedValue(
                    raw: raw, result: .success(enums.knownRoles(from: raw).roles), warning: .roleUnknown)
            }
            return CachedValue(raw: raw, result: .failure(error))
        }
    }

    /// The most values remembered per column.
    private static let cacheLimit = 100_000

    private mutating func uncachedValue(_ raw: String, column: ColumnSchema, index: Int) throws(ProblemCode)
        -> String
    {
        let result: String
        switch column.type {
        case .id:
            result = IdNormalizer.normalize(raw) ?? ""
            if result.isEmpty && column.isValueRequired { throw .idEmpty }
            return result
        case .text, .name:
            let normalized = TextNormalizer.normalize(raw, collapsesWhitespace: column.type == .name)
            if let encoding = normalized.legacyEncoding {
                repairedEncoding = encoding
                legacyRepairs[index, default: [:]][encoding, default: 0] += 1
            }
            isLegacySuspected = normalized.isLegacySuspected
            result = normalized.text
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
