import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The binary companion of `normalized/attendance.csv` (`normalized/attendance.bin`): the
/// same rows as fixed-width numbers, written by ingest beside the CSV and read by the
/// indicators stage instead of parsing 90 M rows of text. `normalized/*.csv` stay the
/// contract and the canonical copy: the companion is used only while it provably
/// describes the CSV files present (the `Stamp` of each file it depends on, of the bytes
/// ingest wrote to it), and otherwise ignored, so a table edited by hand is read as text.
///
/// Layout, every number little-endian:
/// - header (`headerSize` bytes): `magic`, `version` (UInt32), 0 (UInt32);
/// - body: UInt32 words in the order of attendance.csv's rows. Each meeting with rows
///   starts a run with a marker word `meeting << 2 | 3` (its row number in meetings.csv,
///   from 0); each row is `member << 2 | status` (the member's row number in members.csv,
///   from 0, and the status's index in `AttendanceStatus.allCases`). Meetings without
///   rows have no marker.
/// - trailer (`Trailer.size` bytes): `magic`, `version`, its size, the counts, the body's
///   checksum, the stamps of attendance.csv, meetings.csv and members.csv, and the
///   checksum of the trailer before it.
///
/// The file holds member row numbers, so it is personal data like the CSV: owner-only
/// from its first byte, in the owner-only `normalized/` folder.
public enum AttendanceCompanion {
    /// The file name inside `normalized/`.
    public static let fileName = "attendance.bin"
    /// The first bytes of the header and of the trailer.
    public static let magic: [UInt8] = Array("CHIBOATT".utf8)
    /// The layout's version: a reader ignores a companion of another version.
    public static let version: UInt32 = 2
    /// The header's size in bytes.
    public static let headerSize = 16
    /// The files the companion depends on, in the order of the trailer's stamps: the rows
    /// it replaces, and the two files its row numbers point into.
    public static let describedFiles: [Entity] = [.attendance, .meetings, .members]
    /// The largest meeting or member row number a word holds.
    public static let largestRowNumber = Int(UInt32.max >> 2)
    /// The low bits of a marker word.
    public static let markerTag: UInt32 = 3

    /// The header's bytes.
    public static var header: [UInt8] {
        var bytes = magic
        append(version, to: &bytes)
        append(UInt32(0), to: &bytes)
        return bytes
    }

    /// The word of an attendance row.
    @inline(__always)
    public static func rowWord(member: Int, status: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: member) << 2 | UInt32(truncatingIfNeeded: status)
    }

    /// The word starting the run of the meeting at row `meeting` of meetings.csv.
    @inline(__always)
    public static func markerWord(meeting: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: meeting) << 2 | markerTag
    }

    /// The path of the companion in the normalized folder `directory`.
    public static func path(in directory: String) -> String {
        (directory.hasSuffix("/") ? directory : directory + "/") + fileName
    }

    /// The paths of `describedFiles` in the normalized folder `directory`.
    public static func describedPaths(in directory: String) -> [String] {
        let folder = directory.hasSuffix("/") ? directory : directory + "/"
        return describedFiles.map { folder + $0.fileName }
    }

    /// What a file holds, in 24 bytes: its size and a 128-bit fingerprint of all its
    /// bytes. Any edit changes it (a changed 8-byte word changes its lane for certain, the
    /// fingerprint with all but a 2^-64 chance), and it depends on the bytes alone, not on
    /// times or inodes: the same normalized files give the same companion, run after run,
    /// and a table copied or given other permissions is still described by it.
    public struct Stamp: Equatable, Sendable {
        /// The size in bytes.
        public var size: Int64
        /// The fingerprint of the bytes.
        public var fingerprint: (UInt64, UInt64)

        /// The stamp of the file at `path` (following a symbolic link), read whole; nil
        /// when it cannot be read.
        public init?(path: String) {
            self.init(path: path, isCancelled: { false })
        }

        /// The stamp of the file at `path`, read whole unless `isCancelled` turns true
        /// (asked before each block read): nil when it cannot be read or was cancelled. For a
        /// check made beside other work, which stops reading as soon as that work fails.
        public init?(path: String, isCancelled: () -> Bool) {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            let accumulator = Accumulator()
            // 128 KiB: the block stays in the core's L2 cache between the kernel's copy
            // and the lanes' read (1 MiB made the indicators stage spend ~1.2 s more system
            // time on the national year, stamping beside the tables being parsed).
            let blockSize = 1 << 17
            let block = UnsafeMutableRawPointer.allocate(byteCount: blockSize, alignment: 16)
            defer { block.deallocate() }
            while true {
                if isCancelled() { return nil }
                let got = read(descriptor, block, blockSize)
                if got < 0 && errno == EINTR { continue }
                guard got >= 0 else { return nil }
                if got == 0 { break }
                accumulator.add(UnsafeRawBufferPointer(start: block, count: got))
            }
            self = accumulator.stamp
        }

        init(size: Int, fingerprint: (UInt64, UInt64)) {
            self.size = Int64(size)
            self.fingerprint = fingerprint
        }

        init(fields: [Int64]) {
            size = fields[0]
            fingerprint = (UInt64(bitPattern: fields[1]), UInt64(bitPattern: fields[2]))
        }

        var fields: [Int64] {
            [size, Int64(bitPattern: fingerprint.0), Int64(bitPattern: fingerprint.1)]
        }

        static let fieldCount = 3

        /// Whether two stamps are of the same bytes.
        public static func == (lhs: Stamp, rhs: Stamp) -> Bool { lhs.fields == rhs.fields }

        /// The stamps of the files at `paths`, read at once on as many threads (nil where
        /// one cannot be read): the three tables are 3.6 GB for the national year.
        public static func stamps(of paths: [String]) -> [Stamp?] {
            let results = StampResults(count: paths.count)
            DispatchQueue.concurrentPerform(iterations: paths.count) { index in
                results.set(Stamp(path: paths[index]), at: index)
            }
            return results.values
        }
    }

    /// The slots `Stamp.stamps(of:)` fills: each thread its own, read once all are done
    /// (`concurrentPerform` returns after every iteration), so no lock is needed.
    private final class StampResults: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<Stamp?>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        deinit { slots.deallocate() }

        var values: [Stamp?] { Array(slots) }

        func set(_ stamp: Stamp?, at index: Int) { slots[index] = stamp }
    }

    /// Four multiply-xor lanes over 8-byte little-endian words, 32 bytes at a time, then
    /// the tail and the size.
    struct Fingerprint {
        private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        private var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
        private var tail: UInt64 = 0

        /// Adds `bytes`, a multiple of 32 bytes long unless `isLast`.
        mutating func add(_ bytes: UnsafeRawBufferPointer, isLast: Bool) {
            var (a, b, c, d) = lanes
            var offset = 0
            let m = Self.multiplier
            while offset + 32 <= bytes.count {
                a = (a ^ Self.word(bytes, offset)) &* m
                b = (b ^ Self.word(bytes, offset + 8)) &* m
                c = (c ^ Self.word(bytes, offset + 16)) &* m
                d = (d ^ Self.word(bytes, offset + 24)) &* m
                offset += 32
            }
            lanes = (a, b, c, d)
            precondition(isLast || offset == bytes.count)
            // At most 31 bytes: folded one by one, each into the tail's own lane.
            while offset < bytes.count {
                tail = (tail ^ UInt64(bytes[offset]) ^ UInt64(offset & 31) << 8) &* Self.multiplier
                offset += 1
            }
        }

        @inline(__always)
        private static func word(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }

        func value(size: Int) -> (UInt64, UInt64) {
            func mix(_ value: UInt64) -> UInt64 {
                var x = value
                x = (x ^ (x >> 31)) &* 0xBF58_476D_1CE4_E5B9
                x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
                return x ^ (x >> 31)
            }
            let (a, b, c, d) = lanes
            let high = mix(mix(a) ^ (c << 17 | c >> 47) ^ UInt64(size))
            let low = mix(mix(b) ^ (d << 29 | d >> 35) ^ mix(tail))
            return (high, low)
        }
    }

    /// An order-sensitive checksum of words (Fletcher's, on 64 bits): a word changed,
    /// dropped or moved changes it.
    public struct Checksum: Equatable, Sendable {
        /// The sum of the words.
        public private(set) var sum: UInt64 = 0
        /// The sum of the running sums.
        public private(set) var sumOfSums: UInt64 = 0

        /// An empty checksum.
        public init() {}

        init(sum: UInt64, sumOfSums: UInt64) {
            self.sum = sum
            self.sumOfSums = sumOfSums
        }

        /// Adds `word`.
        @inline(__always)
        public mutating func add(_ word: UInt32) {
            sum &+= UInt64(word)
            sumOfSums &+= sum
        }

        /// Adds the checksum of the `count` words that follow the ones added so far (read
        /// apart, by another reader): as if they had been added here one by one.
        public mutating func append(_ later: Checksum, count: Int) {
            sumOfSums = sumOfSums &+ later.sumOfSums &+ sum &* UInt64(count)
            sum &+= later.sum
        }

        /// Adds `words` (in the host's byte order), in order.
        public mutating func add(_ words: UnsafeBufferPointer<UInt32>) {
            var (sum, sumOfSums) = (self.sum, self.sumOfSums)
            for word in words {
                sum &+= UInt64(word)
                sumOfSums &+= sum
            }
            (self.sum, self.sumOfSums) = (sum, sumOfSums)
        }
    }

    /// The end of the file: what the body holds and which files it describes.
    public struct Trailer: Equatable, Sendable {
        /// The body's words.
        public var wordCount: Int
        /// The attendance rows (words that are not markers).
        public var rowCount: Int
        /// The rows of meetings.csv.
        public var meetingCount: Int
        /// The rows of members.csv.
        public var memberCount: Int
        /// The checksum of the body's words.
        public var checksum: Checksum
        /// The stamps of `describedFiles`, in that order.
        public var stamps: [Stamp]

        /// The trailer's size in bytes.
        public static let size = 8 + 4 + 4 + 8 * 6 + 8 * Stamp.fieldCount * 3 + 8

        /// Creates a trailer.
        public init(
            wordCount: Int, rowCount: Int, meetingCount: Int, memberCount: Int, checksum: Checksum,
            stamps: [Stamp]
        ) {
            precondition(stamps.count == AttendanceCompanion.describedFiles.count)
            self.wordCount = wordCount
            self.rowCount = rowCount
            self.meetingCount = meetingCount
            self.memberCount = memberCount
            self.checksum = checksum
            self.stamps = stamps
        }

        /// The trailer's bytes.
        public var bytes: [UInt8] {
            var bytes = AttendanceCompanion.magic
            append(AttendanceCompanion.version, to: &bytes)
            append(UInt32(Self.size), to: &bytes)
            for count in [wordCount, rowCount, meetingCount, memberCount] {
                append(UInt64(count), to: &bytes)
            }
            append(checksum.sum, to: &bytes)
            append(checksum.sumOfSums, to: &bytes)
            for stamp in stamps {
                for field in stamp.fields { append(UInt64(bitPattern: field), to: &bytes) }
            }
            append(Self.checksum(of: bytes), to: &bytes)
            return bytes
        }

        /// Reads a trailer; nil when `bytes` are not one of this version (another magic,
        /// version or size, or its checksum does not match).
        public init?(bytes: [UInt8]) {
            guard bytes.count == Self.size, Array(bytes[0..<8]) == AttendanceCompanion.magic,
                Self.number(bytes, 8, width: 4) == UInt64(AttendanceCompanion.version),
                Self.number(bytes, 12, width: 4) == UInt64(Self.size),
                Self.checksum(of: bytes[0..<(Self.size - 8)]) == Self.number(bytes, Self.size - 8, width: 8)
            else { return nil }
            var offset = 16
            func next() -> UInt64 {
                defer { offset += 8 }
                return Self.number(bytes, offset, width: 8)
            }
            var counts: [Int] = []
            for _ in 0..<4 {
                let count = next()
                guard count <= UInt64(Int.max) else { return nil }
                counts.append(Int(count))
            }
            let checksum = Checksum(sum: next(), sumOfSums: next())
            var stamps: [Stamp] = []
            for _ in AttendanceCompanion.describedFiles {
                stamps.append(Stamp(fields: (0..<Stamp.fieldCount).map { _ in Int64(bitPattern: next()) }))
            }
            self.init(
                wordCount: counts[0], rowCount: counts[1], meetingCount: counts[2], memberCount: counts[3],
                checksum: checksum, stamps: stamps)
        }

        private static func number(_ bytes: [UInt8], _ offset: Int, width: Int) -> UInt64 {
            var value: UInt64 = 0
            for index in (0..<width).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
            return value
        }

        /// The checksum of the trailer's bytes before it, 8 at a time.
        private static func checksum(of bytes: some Collection<UInt8>) -> UInt64 {
            var checksum = Checksum()
            var word: UInt32 = 0
            for (index, byte) in bytes.enumerated() {
                word |= UInt32(byte) << (8 * UInt32(index % 4))
                if index % 4 == 3 {
                    checksum.add(word)
                    word = 0
                }
            }
            return checksum.sum ^ (checksum.sumOfSums << 1)
        }
    }

    private static func append(_ value: some FixedWidthInteger, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
