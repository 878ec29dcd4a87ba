extension AttendanceCompanion.Stamp {
    /// The stamp of bytes handed over piece by piece, in the order of the file, in pieces
    /// of any size: ingest stamps the tables as it writes them rather than reading 3.6 GB
    /// back (national year) once they are in place.
    public final class Accumulator: @unchecked Sendable {
        private var fingerprint = AttendanceCompanion.Fingerprint()
        /// The bytes not yet fingerprinted: fewer than 32, the lanes take 32 at a time.
        private var pending = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        private var pendingCount = 0
        private var size = 0

        /// An accumulator of no bytes yet.
        public init() {}

        /// Adds the next `bytes` of the file.
        public func add(_ bytes: UnsafeRawBufferPointer) {
            guard !bytes.isEmpty else { return }
            size += bytes.count
            var rest = bytes
            if pendingCount > 0 {
                let taken = min(32 - pendingCount, rest.count)
                withUnsafeMutableBytes(of: &pending) { pending in
                    pending.baseAddress!.advanced(by: pendingCount)
                        .copyMemory(from: rest.baseAddress!, byteCount: taken)
                }
                pendingCount += taken
                rest = UnsafeRawBufferPointer(rebasing: rest[taken...])
                guard pendingCount == 32 else { return }
                withUnsafeBytes(of: pending) { fingerprint.add($0, isLast: false) }
                pendingCount = 0
            }
            let whole = rest.count & ~31
            if whole > 0 { fingerprint.add(UnsafeRawBufferPointer(rebasing: rest[..<whole]), isLast: false) }
            if whole < rest.count {
                let left = rest.count - whole
                withUnsafeMutableBytes(of: &pending) { pending in
                    pending.baseAddress!.copyMemory(from: rest.baseAddress! + whole, byteCount: left)
                }
                pendingCount = left
            }
        }

        /// The stamp of the bytes added so far.
        public var stamp: AttendanceCompanion.Stamp {
            var final = fingerprint
            withUnsafeBytes(of: pending) { pending in
                final.add(UnsafeRawBufferPointer(rebasing: pending[..<pendingCount]), isLast: true)
            }
            return AttendanceCompanion.Stamp(size: size, fingerprint: final.value(size: size))
        }
    }
}
