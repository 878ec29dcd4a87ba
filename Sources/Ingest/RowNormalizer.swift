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
    /// Results of earlier values, per column index.
    private var cache: [Int: [ByteKey: CachedValue]] = [:]
    /// The legacy encoding of the value just normalized, if it was repaired.
    private var repairedEncoding: String? = nil

    init(entity: Entity, fileName: String, mapping: HeaderMapping) {
        self.entity = entity
        self.fileName = fileName
        self.mapping = mapping
        self.schema = entity.schema
    }

    /// A diagnostic of `code` about column `index` of the record at `line`.
    func diagnostic(_ code: RuleCode, line: Int, column index: Int, value: String, message: String? = nil)
        -> Diagnostic
    {
        code.diagnostic(
            file: fileName, line: line, column: (mapping.fieldIndices[index] ?? -1) + 1,
            columnName: schema[index].name, value: value, message: message)
    }

    /// The record with every value normalized.
    mutating func normalize(_ record: RawRecord) -> ParsedRow {
        var row = ParsedRow(
            line: record.line, raw: record.values, fields: [String](repeating: "", count: schema.count))
        if let problem = record.problem {
            row.errors.append(problem.diagnostic(file: fileName, line: record.line, value: record.extraValue))
            if problem == .rowBlank { return row }
        }
        for (index, column) in schema.enumerated() {
            let raw = record.values[index]
            do throws(RuleCode) {
                row.fields[index] = try value(raw, column: column, index: index)
            } catch {
                row.errors.append(diagnostic(error, line: record.line, column: index, value: raw))
            }
            if let encoding = repairedEncoding {
                // SPEC: such cells are "converted, and reported as a warning"; the
                // per-column notice with the count comes from `legacyNotices()`.
                row.warnings.append(
                    diagnostic(
                        .legacyFont, line: record.line, column: index, value: raw,
                        message: "\(RuleCode.legacyFont.message) (\(encoding))"))
                repairedEncoding = nil
            }
        }
        return row
    }

    /// The normalized form of one value; throws the rule it breaks. Dates, flags, codes
    /// and numbers repeat across rows, so their results are remembered per column.
    mutating func value(_ raw: String, column: ColumnSchema, index: Int) throws(RuleCode) -> String {
        switch column.type {
        case .id, .text, .name:
            return try uncachedValue(raw, column: column, index: index)
        default:
            let key = ByteKey(raw)
            let cached: CachedValue
            if let hit = cache[index]?[key] {
                cached = hit
            } else {
                cached = codedValue(raw, column: column, index: index)
                if (cache[index]?.count ?? 0) < RowNormalizer.cacheLimit {
                    cache[index, default: [:]][key] = cached
                }
            }
            if let encoding = cached.legacyEncoding {
                repairedEncoding = encoding
                legacyRepairs[index, default: [:]][encoding, default: 0] += 1
            }
            return try cached.result.get()
        }
    }

    /// A remembered result, and the legacy font the raw text was repaired from.
    private struct CachedValue {
        var result: Result<String, RuleCode>
        var legacyEncoding: String?
    }

    /// A date, flag, code or number; a label that matches nothing is tried once more
    /// after legacy-font repair ("Cã mÆt" is "Có mặt" typed in TCVN3).
    private mutating func codedValue(_ raw: String, column: ColumnSchema, index: Int) -> CachedValue {
        do throws(RuleCode) {
            return CachedValue(result: .success(try uncachedValue(raw, column: column, index: index)))
        } catch {
            guard error == .enumUnknown || error == .boolInvalid, !TextNormalizer.isASCII(raw) else {
                return CachedValue(result: .failure(error))
            }
            let repaired = TextNormalizer.repairLegacyEncoding(raw).map { [$0] } ?? []
            for reading in repaired + TextNormalizer.legacyReadings(raw) {
                if let value = try? uncachedValue(reading.text, column: column, index: index) {
                    return CachedValue(result: .success(value), legacyEncoding: reading.encoding)
                }
            }
            return CachedValue(result: .failure(error))
        }
    }

    /// The most values remembered per column.
    private static let cacheLimit = 100_000

    private mutating func uncachedValue(_ raw: String, column: ColumnSchema, index: Int) throws(RuleCode)
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
            result = try NumberNormalizer.decimal(from: raw) ?? ""
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
                    RuleCode.legacyEncoding.diagnostic(
                        file: fileName, line: 1, column: (mapping.fieldIndices[index] ?? -1) + 1,
                        columnName: schema[index].name, value: encoding,
                        message: "\(RuleCode.legacyEncoding.message) \(encoding): \(count) ô"))
            }
        }
        return notices
    }
}
