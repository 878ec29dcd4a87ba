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

    init(entity: Entity, fileName: String, mapping: HeaderMapping) {
        self.entity = entity
        self.fileName = fileName
        self.mapping = mapping
        self.schema = entity.schema
        self.caches = Array(repeating: ByteMap(), count: schema.count)
    }

    /// A diagnostic of `code` about column `index` of the record at `line`.
    func diagnostic(_ code: RuleCode, line: Int, column index: Int, value: String, message: String? = nil)
        -> Diagnostic
    {
        code.diagnostic(
            file: fileName, line: line, column: (mapping.fieldIndices[index] ?? -1) + 1,
            columnName: schema[index].name, value: value, message: message)
    }

    /// The record with every value normalized; `problem` is its whole-row problem.
    mutating func normalize(_ record: CSVRow, problem: (code: RuleCode, value: String)?) -> ParsedRow {
        var row = ParsedRow(line: record.line, raw: [], fields: [])
        if let problem {
            row.errors.append(
                problem.code.diagnostic(file: fileName, line: record.line, value: problem.value))
            if problem.code == .rowBlank {
                row.raw = [String](repeating: "", count: schema.count)
                row.fields = row.raw
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
            let result: Result<String, RuleCode>
            switch column.type {
            case .id, .text, .name:
                raw = field.map { record.string(at: $0) } ?? ""
                do throws(RuleCode) {
                    result = .success(try uncachedValue(raw, column: column, index: index))
                } catch {
                    result = .failure(error)
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
                        message: "\(RuleCode.legacyFont.message) (\(encoding))"))
                repairedEncoding = nil
            }
        }
        row.raw = raws
        row.fields = fields
        return row
    }

    /// A remembered result, and the legacy font the raw text was repaired from.
    private struct CachedValue {
        /// The text as read, shared by every row holding it.
        var raw: String
        var result: Result<String, RuleCode>
        var legacyEncoding: String? = nil
        /// A warning the value draws although it is read.
        var warning: RuleCode? = nil
    }

    /// A date, flag, code or number; a label that matches nothing is tried once more
    /// after legacy-font repair ("Cã mÆt" is "Có mặt" typed in TCVN3).
    private mutating func codedValue(_ raw: String, column: ColumnSchema, index: Int) -> CachedValue {
        do throws(RuleCode) {
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
                    RuleCode.legacyEncoding.diagnostic(
                        file: fileName, line: 1, column: (mapping.fieldIndices[index] ?? -1) + 1,
                        columnName: schema[index].name, value: encoding,
                        message: "\(RuleCode.legacyEncoding.message) \(encoding): \(count) ô"))
            }
        }
        return notices
    }
}
