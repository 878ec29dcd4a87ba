#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

#if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
    import SHAInstructions
#endif

/// SHA-256 (FIPS 180-4) over bytes fed in pieces of any size, for the `input_sha256` of
/// review.csv. Written here because CryptoKit is not available on Linux and the package
/// takes no dependencies; the blocks are mixed by the CPU's SHA instructions where it has
/// them (`Implementation`), by portable Swift elsewhere.
public struct SHA256: Sendable {
    /// How the blocks are mixed into the state.
    public let implementation: Implementation
    private var state: State = (
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
        0x5be0_cd19
    )
    /// Bytes of an incomplete block waiting for the next `update`.
    private var pending: [UInt8] = []
    /// Bytes hashed so far, pending ones included.
    private var length: UInt64 = 0

    /// A hash of no bytes yet, with the fastest implementation this CPU runs
    /// (`Implementation.fastest`).
    public init() { self.init(implementation: .fastest) }

    /// A hash of no bytes yet with `implementation`, which must be available on this CPU.
    public init(implementation: Implementation) {
        precondition(implementation.isAvailable, "SHA-256: \(implementation) is not available on this CPU")
        self.implementation = implementation
        pending.reserveCapacity(64)
    }

    /// Adds `bytes` to the hashed message.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var base = bytes.baseAddress else { return }
        var count = bytes.count
        length &+= UInt64(count)
        if !pending.isEmpty {
            let taken = min(64 - pending.count, count)
            pending.append(contentsOf: UnsafeRawBufferPointer(start: base, count: taken))
            base += taken
            count -= taken
            guard pending.count == 64 else { return }
            pending.withUnsafeBytes { compress(blocks: $0.baseAddress!, count: 1) }
            pending.removeAll(keepingCapacity: true)
        }
        let blocks = count / 64
        if blocks > 0 {
            compress(blocks: base, count: blocks)
            base += blocks * 64
            count -= blocks * 64
        }
        if count > 0 { pending.append(contentsOf: UnsafeRawBufferPointer(start: base, count: count)) }
    }

    /// Adds `bytes` to the hashed message.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// The 32-byte digest of everything added; the hash itself is left unchanged.
    public func finalize() -> [UInt8] {
        var copy = self
        var tail: [UInt8] = [0x80]
        let used = Int(length % 64)
        tail += [UInt8](repeating: 0, count: (used < 56 ? 55 : 119) - used)
        let bits = length &* 8
        for shift in stride(from: 56, through: 0, by: -8) {
            tail.append(UInt8(truncatingIfNeeded: bits >> shift))
        }
        let savedLength = copy.length
        copy.update(tail)
        copy.length = savedLength
        let words = [
            copy.state.0, copy.state.1, copy.state.2, copy.state.3, copy.state.4, copy.state.5, copy.state.6,
            copy.state.7,
        ]
        return words.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * $0)) } }
    }

    /// The digest in lowercase hexadecimal, 64 characters.
    public func hexadecimalDigest() -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in finalize() {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Adds the whole content of the file at `path`, read in 1 MiB blocks into one
    /// page-aligned buffer (the kernel copies whole pages), with the kernel told the file
    /// is read once from start to end (it reads further ahead).
    public mutating func update(fileAt path: String) throws(FileError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError(path: path, operation: "open", code: errno) }
        defer { close(descriptor) }
        #if canImport(Glibc) || canImport(Musl)
            // Advice only: a file system that ignores it reads as before.
            _ = posix_fadvise(descriptor, 0, 0, Int32(POSIX_FADV_SEQUENTIAL))
        #endif
        let capacity = Self.readSize
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 4096)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, capacity)
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, operation: "read", code: errno)
            }
            if count == 0 { return }
            update(UnsafeRawBufferPointer(start: buffer, count: count))
        }
    }

    /// The size of the reads of `update(fileAt:)`: large enough that system calls cost
    /// nothing next to the hashing, small enough to stay in the second-level cache.
    static let readSize = 1 << 20

    /// The eight working words.
    typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

    /// Mixes `count` consecutive 64-byte blocks into `state` with `implementation`.
    private mutating func compress(blocks: UnsafeRawPointer, count: Int) {
        switch implementation {
        case .portable:
            Self.compress(&state, blocks: blocks, count: count)
        case .shaExtensions:
            #if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
                withUnsafeMutablePointer(to: &state) { words in
                    // The tuple's eight words are contiguous, as an array's would be.
                    SHA256Instructions.compress(
                        UnsafeMutableRawPointer(words).assumingMemoryBound(to: UInt32.self), blocks: blocks,
                        count: count)
                }
            #else
                preconditionFailure("SHA-256: the SHA extensions are not compiled in")
            #endif
        }
    }

    /// Mixes `count` consecutive 64-byte blocks into `state` (FIPS 180-4, 6.2.2) in
    /// portable Swift.
    ///
    /// Written for speed in plain Swift, about 25 % faster than the textbook loop: the
    /// 64 rounds are unrolled so that the eight working words never move (each round
    /// takes them in rotated roles and updates only `d` and `h`), the round constants
    /// are literals, and the message schedule is a window of 16 locals extended in place
    /// one word ahead of the round that uses it, so that nothing is indexed (no bound
    /// checks) and only what the registers cannot hold goes to the stack.
    static func compress(_ state: inout State, blocks: UnsafeRawPointer, count: Int) {
        var current = state
        var block = blocks
        let end = blocks + count * 64
        while block < end {
            var (w0, w1, w2, w3) = (block.word(0), block.word(1), block.word(2), block.word(3))
            var (w4, w5, w6, w7) = (block.word(4), block.word(5), block.word(6), block.word(7))
            var (w8, w9, w10, w11) = (block.word(8), block.word(9), block.word(10), block.word(11))
            var (w12, w13, w14, w15) = (block.word(12), block.word(13), block.word(14), block.word(15))
            var (a, b, c, d, e, f, g, h) = current
            // Rounds 0–15:
            round(a, b, c, &d, e, f, g, &h, 0x428a_2f98 &+ w0)
            round(h, a, b, &c, d, e, f, &g, 0x7137_4491 &+ w1)
            round(g, h, a, &b, c, d, e, &f, 0xb5c0_fbcf &+ w2)
            round(f, g, h, &a, b, c, d, &e, 0xe9b5_dba5 &+ w3)
            round(e, f, g, &h, a, b, c, &d, 0x3956_c25b &+ w4)
            round(d, e, f, &g, h, a, b, &c, 0x59f1_11f1 &+ w5)
            round(c, d, e, &f, g, h, a, &b, 0x923f_82a4 &+ w6)
            round(b, c, d, &e, f, g, h, &a, 0xab1c_5ed5 &+ w7)
            round(a, b, c, &d, e, f, g, &h, 0xd807_aa98 &+ w8)
            round(h, a, b, &c, d, e, f, &g, 0x1283_5b01 &+ w9)
            round(g, h, a, &b, c, d, e, &f, 0x2431_85be &+ w10)
            round(f, g, h, &a, b, c, d, &e, 0x550c_7dc3 &+ w11)
            round(e, f, g, &h, a, b, c, &d, 0x72be_5d74 &+ w12)
            round(d, e, f, &g, h, a, b, &c, 0x80de_b1fe &+ w13)
            round(c, d, e, &f, g, h, a, &b, 0x9bdc_06a7 &+ w14)
            round(b, c, d, &e, f, g, h, &a, 0xc19b_f174 &+ w15)
            // Rounds 16–31, each first extending the schedule by one word:
            extend(&w0, w1, w9, w14)
            round(a, b, c, &d, e, f, g, &h, 0xe49b_69c1 &+ w0)
            extend(&w1, w2, w10, w15)
            round(h, a, b, &c, d, e, f, &g, 0xefbe_4786 &+ w1)
            extend(&w2, w3, w11, w0)
            round(g, h, a, &b, c, d, e, &f, 0x0fc1_9dc6 &+ w2)
            extend(&w3, w4, w12, w1)
            round(f, g, h, &a, b, c, d, &e, 0x240c_a1cc &+ w3)
            extend(&w4, w5, w13, w2)
            round(e, f, g, &h, a, b, c, &d, 0x2de9_2c6f &+ w4)
            extend(&w5, w6, w14, w3)
            round(d, e, f, &g, h, a, b, &c, 0x4a74_84aa &+ w5)
            extend(&w6, w7, w15, w4)
            round(c, d, e, &f, g, h, a, &b, 0x5cb0_a9dc &+ w6)
            extend(&w7, w8, w0, w5)
            round(b, c, d, &e, f, g, h, &a, 0x76f9_88da &+ w7)
            extend(&w8, w9, w1, w6)
            round(a, b, c, &d, e, f, g, &h, 0x983e_5152 &+ w8)
            extend(&w9, w10, w2, w7)
            round(h, a, b, &c, d, e, f, &g, 0xa831_c66d &+ w9)
            extend(&w10, w11, w3, w8)
            round(g, h, a, &b, c, d, e, &f, 0xb003_27c8 &+ w10)
            extend(&w11, w12, w4, w9)
            round(f, g, h, &a, b, c, d, &e, 0xbf59_7fc7 &+ w11)
            extend(&w12, w13, w5, w10)
            round(e, f, g, &h, a, b, c, &d, 0xc6e0_0bf3 &+ w12)
            extend(&w13, w14, w6, w11)
            round(d, e, f, &g, h, a, b, &c, 0xd5a7_9147 &+ w13)
            extend(&w14, w15, w7, w12)
            round(c, d, e, &f, g, h, a, &b, 0x06ca_6351 &+ w14)
            extend(&w15, w0, w8, w13)
            round(b, c, d, &e, f, g, h, &a, 0x1429_2967 &+ w15)
            // Rounds 32–47, each first extending the schedule by one word:
            extend(&w0, w1, w9, w14)
            round(a, b, c, &d, e, f, g, &h, 0x27b7_0a85 &+ w0)
            extend(&w1, w2, w10, w15)
            round(h, a, b, &c, d, e, f, &g, 0x2e1b_2138 &+ w1)
            extend(&w2, w3, w11, w0)
            round(g, h, a, &b, c, d, e, &f, 0x4d2c_6dfc &+ w2)
            extend(&w3, w4, w12, w1)
            round(f, g, h, &a, b, c, d, &e, 0x5338_0d13 &+ w3)
            extend(&w4, w5, w13, w2)
            round(e, f, g, &h, a, b, c, &d, 0x650a_7354 &+ w4)
            extend(&w5, w6, w14, w3)
            round(d, e, f, &g, h, a, b, &c, 0x766a_0abb &+ w5)
            extend(&w6, w7, w15, w4)
            round(c, d, e, &f, g, h, a, &b, 0x81c2_c92e &+ w6)
            extend(&w7, w8, w0, w5)
            round(b, c, d, &e, f, g, h, &a, 0x9272_2c85 &+ w7)
            extend(&w8, w9, w1, w6)
            round(a, b, c, &d, e, f, g, &h, 0xa2bf_e8a1 &+ w8)
            extend(&w9, w10, w2, w7)
            round(h, a, b, &c, d, e, f, &g, 0xa81a_664b &+ w9)
            extend(&w10, w11, w3, w8)
            round(g, h, a, &b, c, d, e, &f, 0xc24b_8b70 &+ w10)
            extend(&w11, w12, w4, w9)
            round(f, g, h, &a, b, c, d, &e, 0xc76c_51a3 &+ w11)
            extend(&w12, w13, w5, w10)
            round(e, f, g, &h, a, b, c, &d, 0xd192_e819 &+ w12)
            extend(&w13, w14, w6, w11)
            round(d, e, f, &g, h, a, b, &c, 0xd699_0624 &+ w13)
            extend(&w14, w15, w7, w12)
            round(c, d, e, &f, g, h, a, &b, 0xf40e_3585 &+ w14)
            extend(&w15, w0, w8, w13)
            round(b, c, d, &e, f, g, h, &a, 0x106a_a070 &+ w15)
            // Rounds 48–63, each first extending the schedule by one word:
            extend(&w0, w1, w9, w14)
            round(a, b, c, &d, e, f, g, &h, 0x19a4_c116 &+ w0)
            extend(&w1, w2, w10, w15)
            round(h, a, b, &c, d, e, f, &g, 0x1e37_6c08 &+ w1)
            extend(&w2, w3, w11, w0)
            round(g, h, a, &b, c, d, e, &f, 0x2748_774c &+ w2)
            extend(&w3, w4, w12, w1)
            round(f, g, h, &a, b, c, d, &e, 0x34b0_bcb5 &+ w3)
            extend(&w4, w5, w13, w2)
            round(e, f, g, &h, a, b, c, &d, 0x391c_0cb3 &+ w4)
            extend(&w5, w6, w14, w3)
            round(d, e, f, &g, h, a, b, &c, 0x4ed8_aa4a &+ w5)
            extend(&w6, w7, w15, w4)
            round(c, d, e, &f, g, h, a, &b, 0x5b9c_ca4f &+ w6)
            extend(&w7, w8, w0, w5)
            round(b, c, d, &e, f, g, h, &a, 0x682e_6ff3 &+ w7)
            extend(&w8, w9, w1, w6)
            round(a, b, c, &d, e, f, g, &h, 0x748f_82ee &+ w8)
            extend(&w9, w10, w2, w7)
            round(h, a, b, &c, d, e, f, &g, 0x78a5_636f &+ w9)
            extend(&w10, w11, w3, w8)
            round(g, h, a, &b, c, d, e, &f, 0x84c8_7814 &+ w10)
            extend(&w11, w12, w4, w9)
            round(f, g, h, &a, b, c, d, &e, 0x8cc7_0208 &+ w11)
            extend(&w12, w13, w5, w10)
            round(e, f, g, &h, a, b, c, &d, 0x90be_fffa &+ w12)
            extend(&w13, w14, w6, w11)
            round(d, e, f, &g, h, a, b, &c, 0xa450_6ceb &+ w13)
            extend(&w14, w15, w7, w12)
            round(c, d, e, &f, g, h, a, &b, 0xbef9_a3f7 &+ w14)
            extend(&w15, w0, w8, w13)
            round(b, c, d, &e, f, g, h, &a, 0xc671_78f2 &+ w15)
            current = (
                current.0 &+ a, current.1 &+ b, current.2 &+ c, current.3 &+ d, current.4 &+ e,
                current.5 &+ f, current.6 &+ g, current.7 &+ h
            )
            block += 64
        }
        state = current
    }

    /// One round on working words in the roles `a`…`h`: adds T1 to `d` and puts
    /// T1 + T2 in `h`, which the next round calls `a`. Σ1 and Σ0 are nested rotations
    /// (ROTR⁶(e ⊕ ROTR⁵(e ⊕ ROTR¹⁴ e)) equals ROTR⁶ e ⊕ ROTR¹¹ e ⊕ ROTR²⁵ e), Ch and
    /// Maj the forms with one operation fewer.
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ constantAndWord: UInt32
    ) {
        let sum1 = (e ^ (e ^ e.rotatedRight(14)).rotatedRight(5)).rotatedRight(6)
        let choice = g ^ (e & (f ^ g))
        let first = h &+ sum1 &+ choice &+ constantAndWord
        let sum0 = (a ^ (a ^ a.rotatedRight(9)).rotatedRight(11)).rotatedRight(2)
        let majority = (a & b) | (c & (a | b))
        d = d &+ first
        h = first &+ sum0 &+ majority
    }

    /// Turns schedule word W[t−16] into W[t], from W[t−15] (`next`), W[t−7] (`ninth`)
    /// and W[t−2] (`fourteenth`), counted in the window of 16.
    @inline(__always)
    private static func extend(_ word: inout UInt32, _ next: UInt32, _ ninth: UInt32, _ fourteenth: UInt32) {
        let sigma0 = next.rotatedRight(7) ^ next.rotatedRight(18) ^ (next &>> 3)
        let sigma1 = fourteenth.rotatedRight(17) ^ fourteenth.rotatedRight(19) ^ (fourteenth &>> 10)
        word = word &+ sigma0 &+ ninth &+ sigma1
    }
}

extension UnsafeRawPointer {
    /// The big-endian 32-bit word `index` of the block starting here.
    @inline(__always)
    fileprivate func word(_ index: Int) -> UInt32 {
        UInt32(bigEndian: loadUnaligned(fromByteOffset: index &* 4, as: UInt32.self))
    }
}

extension UInt32 {
    /// The bits rotated right by `count` (0 < count < 32).
    @inline(__always)
    fileprivate func rotatedRight(_ count: UInt32) -> UInt32 {
        (self &>> count) | (self &<< (32 &- count))
    }
}
