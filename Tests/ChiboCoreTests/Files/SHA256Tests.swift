import ChiboCore
import Foundation
import Testing

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
