import Testing

@testable import CSV

/// The streaming reader against a plain byte-at-a-time reference parser of the same
/// rules, on seeded random inputs made of the bytes that matter (separators, quotes,
/// CR, LF) with ordinary and multi-byte letters between them.
@Suite struct CSVReaderReferenceTests {
    enum Outcome: Equatable {
        case records([ReadRecord])
        case unterminatedQuote(line: Int, column: Int)
    }

    /// The rules, one byte at a time over the whole input.
    static func reference(_ bytes: [UInt8], separator: UInt8) -> Outcome {
        let quote = UInt8(ascii: "\"")
        var records: [ReadRecord] = []
        var index = 0
        var line = 1
        while index < bytes.count {
            let startLine = line
            var fields: [[UInt8]] = []
            var field: [UInt8] = []
            var isQuoted = false
            var isAtFieldStart = true
            recordLoop: while index < bytes.count {
                let byte = bytes[index]
                let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
                index += 1
                if isQuoted {
                    if byte == quote {
                        if next == quote {
                            field.append(quote)
                            index += 1
                        } else {
                            isQuoted = false
                        }
                    } else {
                        // CR LF is one line end; a lone CR or LF is one too.
                        if byte == 0x0A || (byte == 0x0D && next != 0x0A) { line += 1 }
                        field.append(byte)
                    }
                } else if byte == separator {
                    fields.append(field)
                    field = []
                    isAtFieldStart = true
                } else if byte == 0x0A || byte == 0x0D {
                    if byte == 0x0D && next == 0x0A { index += 1 }
                    line += 1
                    break recordLoop
                } else if byte == quote && isAtFieldStart {
                    isQuoted = true
                    isAtFieldStart = false
                } else {
                    field.append(byte)
                    isAtFieldStart = false
                }
            }
            if isQuoted { return .unterminatedQuote(line: startLine, column: fields.count + 1) }
            if fields.isEmpty && field.isEmpty && isAtFieldStart { continue }
            fields.append(field)
            records.append(
                ReadRecord(line: startLine, fields: fields.map { String(decoding: $0, as: UTF8.self) }))
        }
        return .records(records)
    }

    static func streamed(_ bytes: [UInt8], separator: UInt8, bufferSize: Int) -> Outcome {
        do {
            return .records(try readRecords(bytes, bufferSize: bufferSize, delimiter: separator))
        } catch {
            guard case .unterminatedQuote(_, let line, let column) = error else {
                return .unterminatedQuote(line: -1, column: -1)
            }
            return .unterminatedQuote(line: line, column: column)
        }
    }

    /// Pieces the random inputs are made of, weighted towards the special bytes.
    static let pieces: [[UInt8]] = [
        Array(utf8: "a"), Array(utf8: "bc"), Array(utf8: "defghijkl"), Array(utf8: "ễ"), Array(utf8: "đ"),
        Array(utf8: ","), Array(utf8: ","), Array(utf8: ";"), Array(utf8: "\t"), Array(utf8: "\""),
        Array(utf8: "\""),
        Array(utf8: "\"\""), Array(utf8: "\r"), Array(utf8: "\n"), Array(utf8: "\r\n"), Array(utf8: " "),
    ]

    @Test(arguments: [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")])
    func randomInputsMatchTheReference(separator: UInt8) {
        var state: UInt64 = 0x1234_5678 &+ UInt64(separator)
        func random(_ bound: Int) -> Int {
            // SplitMix64, seeded: the same inputs on every run.
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((mixed ^ (mixed >> 31)) % UInt64(bound))
        }
        for _ in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<random(40) { bytes += Self.pieces[random(Self.pieces.count)] }
            let expected = Self.reference(bytes, separator: separator)
            for size in [16, 17, 19, 24, 1 << 20] {
                let actual = Self.streamed(bytes, separator: separator, bufferSize: size)
                #expect(
                    actual == expected, "input \(String(decoding: bytes, as: UTF8.self).debugDescription)")
            }
        }
    }
}

extension CSVReaderReferenceTests {
    /// Bytes that make every encoding path likely: BOMs, UTF-8 letters cut anywhere,
    /// Windows-1258 letters and tone marks, NUL, and the CSV specials.
    static let rawPieces: [[UInt8]] = [
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xE1, 0xBB, 0x85], [0xC4, 0x83],
        [0xF0, 0x9D, 0x84, 0x9E],
        [0xE1], [0xBB], [0xEA, 0xDE], [0x61, 0xEC], [0xD0], [0x81], [0x00], [0x2C], [0x3B], [0x22], [0x0D],
        [0x0A],
        [0x61, 0x62, 0x63], [0x20],
    ]

    enum RawOutcome: Equatable {
        case records([ReadRecord], TextEncoding, UInt8)
        case failure(CSVError)
    }

    static func rawOutcome(_ bytes: [UInt8], bufferSize: Int) -> RawOutcome {
        do {
            let reader = try CSVReader(
                input: ByteInput(bytes: bytes, fileName: "r.csv"), delimiter: nil, bufferSize: bufferSize)
            return .records(try readAll(reader), reader.encoding, reader.delimiter)
        } catch {
            return .failure(error)
        }
    }

    @Test func randomBytesGiveTheSameOutcomeWhateverTheBufferSize() {
        var state: UInt64 = 0xC5_7000
        func random(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((mixed ^ (mixed >> 31)) % UInt64(bound))
        }
        for _ in 0..<600 {
            var bytes: [UInt8] = []
            for _ in 0..<random(30) {
                // Mostly one family of pieces per input, so that whole files decode too.
                bytes += Self.rawPieces[random(Self.rawPieces.count)]
                if random(3) > 0 { bytes += Array(utf8: "x,y\n") }
            }
            let whole = Self.rawOutcome(bytes, bufferSize: 1 << 20)
            for size in [16, 17, 18, 21, 32] {
                #expect(Self.rawOutcome(bytes, bufferSize: size) == whole, "input \(bytes)")
            }
        }
    }
}
