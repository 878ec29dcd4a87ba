import CSV
import ChiboCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Makes `IndicatorRow`s from the fields of indicators.csv's records, on their bytes.
///
/// A million rows at national size: the common forms (a year, a count, a value or target
/// met before, the code and unit of the row before) are read without a `String` or an
/// allocation per field; anything else is read by `IndicatorRow.parse(fields:)`, so that
/// every row, and the first problem of a bad one, is what that function makes of it.
struct IndicatorRecordDecoder {
    /// The codes, unit ids and names, one copy of each.
    private(set) var texts = SharedTexts()
    /// Each row's code and unit id, as numbers of `texts`, in the order decoded.
    private(set) var keys: [(indicator: Int32, unit: Int32)] = []
    /// Values and targets met before, by their bytes: a few thousand distinct ones at
    /// national size, each a pair of digit arrays.
    private var values: [PackedBytes: DecimalNumber] = [:]
    private var targets: [PackedBytes: Target] = [:]
    /// The last code, unit id and unit name, and what each came to: most rows repeat the
    /// row before's, found equal without hashing.
    private var lastTexts = [LastText](repeating: LastText(), count: 3)

    /// A text column's field of the row before, and its shared text (none before the first).
    private struct LastText {
        var bytes: [UInt8] = []
        var shared: (text: String, number: Int)?
    }

    /// The row of `record`, whose fields of `IndicatorRow.columns` are at `indices`; the
    /// problem, when a field does not hold what its column requires.
    mutating func decode(
        _ record: CSVRow, indices: [Int]
    ) -> Result<IndicatorRow, IndicatorRow.FieldError> {
        let fields = Fields(record: record, indices: indices)
        guard let row = fastRow(fields) else { return slowRow(fields) }
        return .success(row)
    }

    /// The fields of a record in `IndicatorRow.columns` order.
    struct Fields {
        let record: CSVRow
        let indices: [Int]

        /// The bytes of field `position`; empty when the record is too short to have it,
        /// as `CSVRow.string(at:)` makes it.
        @inline(__always)
        func callAsFunction(_ position: Int) -> UnsafeBufferPointer<UInt8> {
            let index = indices[position]
            return index < record.count ? record[index] : UnsafeBufferPointer(start: nil, count: 0)
        }
    }

    /// The row when every field has a common form; nil otherwise (or when it is invalid).
    private mutating func fastRow(_ fields: Fields) -> IndicatorRow? {
        let indicatorBytes = fields(0)
        guard !indicatorBytes.isEmpty else { return nil }
        let scope: TargetScope
        let scopeBytes = fields(1)
        if IndicatorRecordDecoder.equals(scopeBytes, "district") {
            scope = .district
        } else if IndicatorRecordDecoder.equals(scopeBytes, "province") {
            scope = .province
        } else {
            return nil
        }
        let unitBytes = fields(2)
        guard !unitBytes.isEmpty else { return nil }
        guard let period = IndicatorRecordDecoder.period(fields(4)),
            case .some(let numerator) = IndicatorRecordDecoder.count(fields(5)),
            case .some(let denominator) = IndicatorRecordDecoder.count(fields(6)),
            case .some(let value) = cachedValue(fields(7)),
            case .some(let target) = cachedTarget(fields(8))
        else { return nil }
        let status: IndicatorRow.Status?
        let statusBytes = fields(9)
        if statusBytes.isEmpty {
            status = nil
        } else if IndicatorRecordDecoder.equals(statusBytes, "met") {
            status = .met
        } else if IndicatorRecordDecoder.equals(statusBytes, "not_met") {
            status = .notMet
        } else {
            return nil
        }
        let indicator = shared(indicatorBytes, column: 0)
        let unit = shared(unitBytes, column: 1)
        let unitName = shared(fields(3), column: 2)
        keys.append((Int32(indicator.number), Int32(unit.number)))
        return IndicatorRow(
            indicator: indicator.text, scope: scope, unitID: unit.text, unitName: unitName.text,
            period: period,
            numerator: numerator, denominator: denominator, value: value, target: target, status: status)
    }

    /// The row as `IndicatorRow.parse(fields:)` reads it, its texts shared.
    private mutating func slowRow(
        _ fields: Fields
    ) -> Result<IndicatorRow, IndicatorRow.FieldError> {
        let strings = IndicatorRow.columns.indices.map { String(decoding: fields($0), as: UTF8.self) }
        switch IndicatorRow.parse(fields: strings) {
        case .success(var row):
            let indicator = shared(fields(0), column: 0)
            let unit = shared(fields(2), column: 1)
            row.indicator = indicator.text
            row.unitID = unit.text
            row.unitName = shared(fields(3), column: 2).text
            keys.append((Int32(indicator.number), Int32(unit.number)))
            return .success(row)
        case .failure(let error):
            return .failure(error)
        }
    }

    /// The number and shared text of the text with the bytes `bytes`.
    mutating func share(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, number: Int) {
        texts.text(bytes)
    }

    /// Appends the keys of rows decoded elsewhere, in numbers of `texts`.
    mutating func appendKeys(_ more: some Sequence<(Int32, Int32)>) {
        keys.append(contentsOf: more.lazy.map { (indicator: $0.0, unit: $0.1) })
    }

    /// The shared text of `bytes`, a field of text column `column` (0 code, 1 unit id,
    /// 2 unit name).
    private mutating func shared(_ bytes: UnsafeBufferPointer<UInt8>, column: Int) -> (
        text: String, number: Int
    ) {
        if let known = lastTexts[column].shared,
            lastTexts[column].bytes.withUnsafeBufferPointer({ last in
                last.count == bytes.count
                    && (bytes.isEmpty || memcmp(last.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
            })
        {
            return known
        }
        let result = texts.text(bytes)
        lastTexts[column].bytes.removeAll(keepingCapacity: true)
        lastTexts[column].bytes.append(contentsOf: bytes)
        lastTexts[column].shared = result
        return result
    }

    /// The value of a non-empty `value` field, nil for an empty one; `.none` when the
    /// field is not a plain decimal.
    private mutating func cachedValue(_ bytes: UnsafeBufferPointer<UInt8>) -> DecimalNumber?? {
        if bytes.isEmpty { return .some(nil) }
        guard let key = PackedBytes(bytes) else { return nil }
        if let known = values[key] { return .some(known) }
        guard let parsed = DecimalNumber(String(decoding: bytes, as: UTF8.self)) else { return nil }
        values[key] = parsed
        return .some(parsed)
    }

    /// The target of a non-empty `target` field, nil for an empty one; `.none` when the
    /// field is not a target.
    private mutating func cachedTarget(_ bytes: UnsafeBufferPointer<UInt8>) -> Target?? {
        if bytes.isEmpty { return .some(nil) }
        guard let key = PackedBytes(bytes) else { return nil }
        if let known = targets[key] { return .some(known) }
        guard let parsed = Target(String(decoding: bytes, as: UTF8.self)) else { return nil }
        targets[key] = parsed
        return .some(parsed)
    }

    /// A count of one to eighteen ASCII digits, nil for an empty field; `.none` for
    /// anything else (which `Int(_:)` may still read: a sign, more digits).
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        if bytes.isEmpty { return .some(nil) }
        guard bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int(digit)
        }
        return .some(value)
    }

    /// A year of four ASCII digits (above zero), `as_of` or `term`; nil for anything else.
    static func period(_ bytes: UnsafeBufferPointer<UInt8>) -> Period? {
        if bytes.count == 4 {
            var year = 0
            for byte in bytes {
                let digit = byte &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                year = year * 10 + Int(digit)
            }
            return year > 0 ? .year(year) : nil
        }
        if equals(bytes, "as_of") { return .asOf }
        if equals(bytes, "term") { return .term }
        return nil
    }

    /// Whether `bytes` are the bytes of the ASCII `text`.
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        bytes.count == text.utf8CodeUnitCount
            && memcmp(bytes.baseAddress!, text.utf8Start, bytes.count) == 0
    }
}

/// Up to sixteen bytes and their count, as a dictionary key without an allocation.
struct PackedBytes: Hashable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var count: Int

    /// The key of `bytes`; nil when they are longer than sixteen bytes.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 16 else { return nil }
        count = bytes.count
        for (index, byte) in bytes.enumerated() {
            if index < 8 {
                low |= UInt64(byte) << (index * 8)
            } else {
                high |= UInt64(byte) << ((index - 8) * 8)
            }
        }
    }
}
