import Foundation
import Testing

@testable import ChiboCore

@Suite struct SHA256Tests {
    struct Vector: CustomTestStringConvertible, Sendable {
        var name: String
        var message: [UInt8]
        var digest: String
        var testDescription: String { name }
    }

    /// FIPS 180-4 examples (NIST CSRC "SHA256.pdf", "SHA2_Additional.pdf") and the
    /// padding boundaries: 55 bytes fit one block with the length, 56 need two.
    static let vectors = [
        Vector(
            name: "empty", message: [],
            digest: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        Vector(
            name: "abc", message: Array("abc".utf8),
            digest: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        Vector(
            name: "448 bits", message: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
            digest: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        Vector(
            name: "896 bits",
            message: Array(
                ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                    + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu").utf8),
            digest: "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        Vector(
            name: "one million a", message: [UInt8](repeating: 0x61, count: 1_000_000),
            digest: "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
        Vector(
            name: "55 zero bytes", message: [UInt8](repeating: 0, count: 55),
            digest: "02779466cdec163811d078815c633f21901413081449002f24aa3e80f0b88ef7"),
        Vector(
            name: "56 zero bytes", message: [UInt8](repeating: 0, count: 56),
            digest: "d4817aa5497628e7c77e6b606107042bbba3130888c5f47a375e6179be789fbb"),
    ]

    @Test(arguments: vectors)
    func digestsTheStandardExamples(_ vector: Vector) {
        var hash = SHA256()
        hash.update(vector.message)
        #expect(hash.hexadecimalDigest() == vector.digest)
    }

    @Test(arguments: vectors)
    func thePortableCodeDigestsTheStandardExamples(_ vector: Vector) {
        var hash = SHA256(implementation: .portable)
        hash.update(vector.message)
        #expect(hash.hexadecimalDigest() == vector.digest)
    }

    @Test func theDefaultIsTheSHAExtensionsWhereTheCPUHasThemUnlessThePortableCodeIsAskedFor() {
        let forced = ProcessInfo.processInfo.environment["CHIBO_SHA256"] == "portable"
        let expected: SHA256.Implementation =
            SHA256.Implementation.shaExtensions.isAvailable && !forced ? .shaExtensions : .portable
        #expect(SHA256.Implementation.fastest == expected)
        #expect(SHA256().implementation == expected)
        #expect(SHA256.Implementation.portable.isAvailable)
        print(
            "SHA-256 on this machine: \(SHA256.Implementation.fastest)"
                + " (SHA extensions available: \(SHA256.Implementation.shaExtensions.isAvailable))")
    }

    /// The SHA extensions against the FIPS examples and against the portable code. Shown
    /// as skipped, with the reason, on a CPU without them.
    @Suite(
        .enabled(
            if: SHA256.Implementation.shaExtensions.isAvailable,
            "this CPU lacks the x86 SHA extensions (sha_ni, ssse3, sse4_1): their tests are skipped"))
    struct SHAExtensions {
        @Test(arguments: SHA256Tests.vectors)
        func digestTheStandardExamples(_ vector: Vector) {
            var hash = SHA256(implementation: .shaExtensions)
            hash.update(vector.message)
            #expect(hash.hexadecimalDigest() == vector.digest)
        }

        @Test func matchThePortableCodeOnEveryLengthUpTo300Bytes() {
            var random = SplitMix64(seed: 300)
            let message = (0..<300).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            for count in 0...300 {
                var portable = SHA256(implementation: .portable)
                var extensions = SHA256(implementation: .shaExtensions)
                portable.update(Array(message[..<count]))
                extensions.update(Array(message[..<count]))
                #expect(extensions.hexadecimalDigest() == portable.hexadecimalDigest(), "\(count) bytes")
            }
        }

        /// A few MiB fed whole to the portable code and in pieces of odd sizes (1 byte to
        /// 300 KiB) to the SHA extensions, so that pieces start and end at every offset
        /// within a block and the pending bytes are mixed in between.
        @Test(arguments: [1, 2, 3])
        func matchThePortableCodeOnMebibytesFedInOddPieces(seed: UInt64) {
            var random = SplitMix64(seed: seed)
            let count = (3 << 20) + Int(random.next() % 4096)
            var message = [UInt8](repeating: 0, count: count)
            for index in message.indices { message[index] = UInt8(truncatingIfNeeded: random.next()) }
            var portable = SHA256(implementation: .portable)
            portable.update(message)
            var extensions = SHA256(implementation: .shaExtensions)
            message.withUnsafeBytes { all in
                var start = 0
                while start < count {
                    let largest: UInt64 = random.next() % 3 == 0 ? 300 << 10 : 131
                    let size = min(Int(random.next() % largest) + 1, count - start)
                    extensions.update(UnsafeRawBufferPointer(rebasing: all[start..<start + size]))
                    start += size
                }
            }
            #expect(extensions.hexadecimalDigest() == portable.hexadecimalDigest())
        }
    }

    struct FlagsCase: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var hasExtensions: Bool
        var testDescription: String { name }
    }

    /// /proc/cpuinfo texts: the flags must be whole words of the first `flags` line.
    static let flagsCases = [
        FlagsCase(
            name: "all three",
            text: "processor\t: 0\nflags\t\t: fpu ssse3 sse4_1 sse4_2 sha_ni avx2\nbugs\t\t: \n\n",
            hasExtensions: true),
        FlagsCase(name: "last word", text: "flags\t: ssse3 sse4_1 sha_ni", hasExtensions: true),
        FlagsCase(name: "no sha_ni", text: "flags\t\t: fpu ssse3 sse4_1 sse4_2 avx2\n", hasExtensions: false),
        FlagsCase(name: "no sse4_1", text: "flags\t\t: fpu ssse3 sse4_2 sha_ni\n", hasExtensions: false),
        FlagsCase(name: "no ssse3", text: "flags\t\t: fpu sse4_1 sha_ni\n", hasExtensions: false),
        FlagsCase(name: "part of a word", text: "flags\t\t: xsha_ni ssse3x sse4_1\n", hasExtensions: false),
        FlagsCase(
            name: "another line", text: "model name\t: sha_ni ssse3 sse4_1\nflags\t\t: fpu\n",
            hasExtensions: false),
        FlagsCase(
            name: "a longer key", text: "flagship\t: sha_ni ssse3 sse4_1\nflags\t: fpu\n",
            hasExtensions: false),
        FlagsCase(
            name: "no flags line", text: "processor\t: 0\nFeatures\t: fp asimd sha2\n", hasExtensions: false),
        FlagsCase(name: "empty", text: "", hasExtensions: false),
    ]

    @Test(arguments: flagsCases)
    func theSHAExtensionsAreFoundInTheCPUFlags(_ flagsCase: FlagsCase) {
        #expect(
            SHA256.Implementation.hasSHAExtensions(cpuInformation: Array(flagsCase.text.utf8))
                == flagsCase.hasExtensions
        )
    }

    @Test(arguments: [1, 3, 55, 63, 64, 65, 4096])
    func piecesOfAnySizeGiveTheSameDigest(pieceSize: Int) {
        let message = (0..<10_007).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var whole = SHA256()
        whole.update(message)
        var pieces = SHA256()
        var start = 0
        while start < message.count {
            pieces.update(Array(message[start..<min(start + pieceSize, message.count)]))
            start += pieceSize
        }
        #expect(pieces.hexadecimalDigest() == whole.hexadecimalDigest())
    }

    /// Messages of `count` bytes `(31 i + 7) mod 256` around block boundaries (one block
    /// holds 64 bytes, the padding needs 9), and around a megabyte. Digests from
    /// Python's hashlib:
    /// `hashlib.sha256(bytes((i*31+7)&0xff for i in range(n))).hexdigest()`.
    static let boundaryDigests: [(count: Int, digest: String)] = [
        (1, "ca358758f6d27e6cf45272937977a748fd88391db679ceda7dc7bf1f005ee879"),
        (55, "8aa994584139d128848eeebc4e815639ba5ab6e6e39574195a63ac4f14f7c43b"),
        (56, "ad574708f75c044c9b85de64cb568ee7711ff4f36448c6242f053ba8f6cc2b63"),
        (57, "5b46e502092be01b1100193e089fdda95638c12e19a1d24f308eb2c3d3ae849d"),
        (63, "280ed3e8ff1df845b2e7dfe6ac6cee817bef20e783cc65abc41b818b4d2fe076"),
        (64, "c6ab9724ade5b6a7a1edfffb12f3aa9181351355af8fd08c919952ad211339dd"),
        (65, "788367c73c7ddf4c53f65e68cc0d943e6227ab55b0e78ba63ace822b1c6301c0"),
        (119, "3d610547d68216dedf7435a4fb6260353911f6b3fd3f18805ddb8be285d726fe"),
        (120, "1f80156a804cb7862ad113e8200e9d74499723e7c7854d5f48776d3148e09656"),
        (121, "614571410beab3df68d50132a341d338575653da8374c630441bbe380b9b3136"),
        (127, "192409cd280e14b743642ad1343fbd3e82d9305de72c078117745a679210cc3d"),
        (128, "cc548ca2dec1f6fe4f58b2e27aa9c7521607df1130d140b55a4dad0665302356"),
        (129, "81e89a7b2911aaa7795f9e3d4910cb47d6cd2b00d83b8399481527261a1a7519"),
        (1000, "5097e7d587352f5097062ae679f37bda5802d9f875aba14c8cb4d1a188ada179"),
        (1 << 20, "06b7bbfb7824aa03382051691630eb26de85102d1b08a81e907ec0744cd8a286"),
        ((1 << 20) + 1, "0d09f3eabb5c78e5d435c41e3b3755f1c4d038657f739d0be0083c24e71235df"),
        ((1 << 20) + 55, "164f2fcbbad56f17cf19a1ae777e66514f76b9aea40f4a3a88d3eb2c9d3c9c78"),
        ((1 << 20) + 56, "d2e2f9736e6680a2201c679294d327e0bae2dd6f1950a2e9e464955ea2553517"),
        ((1 << 20) + 63, "2a118293ebde2f8e743799e60ab0701325de1ce1e859a6749e8ea3de312cb987"),
        ((1 << 20) + 64, "6460aaca16bd2443f2c4015123e0ff4200349f5c98d058b598d11bd838116856"),
        ((1 << 20) + 65, "4f5a44e462a71cb4d5d68e710c46379a0b73546b458c9b7e19f97d2cd21e11bc"),
        ((2 << 20) + 119, "3a7b9d54bbd024c0899a77921e39ba335c5bcae3e02f3fc07d4f95ee72e93243"),
    ]

    static func boundaryMessage(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    }

    @Test(arguments: boundaryDigests.map(\.count))
    func digestsMessagesAroundBlockBoundariesWholeAndInRandomPieces(count: Int) throws {
        let expected = try #require(Self.boundaryDigests.first { $0.count == count }).digest
        let message = Self.boundaryMessage(count)
        var whole = SHA256()
        whole.update(message)
        #expect(whole.hexadecimalDigest() == expected)
        // Pieces of 1 to 130 bytes, or up to 256 KiB, from a fixed seed per length, so
        // that pieces start and end at every offset within a block.
        var random = SplitMix64(seed: UInt64(count))
        for _ in 0..<3 {
            var pieces = SHA256()
            var start = 0
            message.withUnsafeBytes { all in
                while start < count {
                    let largest = random.next() % 4 == 0 ? 1 << 18 : 130
                    let size = min(Int(random.next() % UInt64(largest)) + 1, count - start)
                    pieces.update(UnsafeRawBufferPointer(rebasing: all[start..<start + size]))
                    start += size
                }
            }
            #expect(pieces.hexadecimalDigest() == expected)
        }
    }

    @Test func aFileLongerThanOneReadDigestsAllItsBytes() throws {
        let count = (2 << 20) + 119
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sha-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(Self.boundaryMessage(count)).write(to: URL(fileURLWithPath: path))
        var hash = SHA256()
        try hash.update(fileAt: path)
        #expect(hash.hexadecimalDigest() == Self.boundaryDigests.last?.digest)
        #expect(Self.boundaryDigests.last?.count == count)
    }

    @Test func aFileDigestsItsBytesAndFinalizingLeavesTheHashUsable() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sha-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("abc".utf8).write(to: URL(fileURLWithPath: path))
        var hash = SHA256()
        try hash.update(fileAt: path)
        #expect(hash.hexadecimalDigest() == Self.vectors[1].digest)
        #expect(hash.hexadecimalDigest() == Self.vectors[1].digest)
        #expect(throws: FileError.self) { try hash.update(fileAt: path + ".absent") }
    }
}

/// A seeded generator (SplitMix64), so that the random piece sizes repeat from run to run.
private struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
