import ChiboCore
import ChiboTestSupport
import Foundation
import Testing

@testable import Ingest

/// Normalized attendance and its companion are written by a thread of their own, block
/// after block, while the next blocks are filled: each file gets its blocks whole and in
/// the order handed over, whatever the other file's blocks and however few are let wait.
@Suite struct WriteBehindTests {
    @Test(arguments: [1, 2, 4])
    func eachFileGetsItsBlocksInOrder(bufferCount: Int) throws {
        let folder = try Folder.temporary("write-behind")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try AtomicFileWriter(path: folder.path + "/first.bin", confidentiality: .ownerOnly)
        let second = try AtomicFileWriter(path: folder.path + "/second.bin", confidentiality: .ownerOnly)
        let writeBehind = WriteBehind(bufferCount: bufferCount)
        var expected: [ObjectIdentifier: [UInt8]] = [:]
        var buffer = WriteBehind.Buffer.allocate(capacity: 100)
        // Blocks of varied sizes, bigger and smaller than the writer's own 1 MiB buffer.
        let sizes = [3, 70_000, 1, 1 << 20, 0, 5_000, (1 << 20) + 17, 12]
        for (index, size) in sizes.enumerated() {
            let file = index % 3 == 1 ? second : first
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) }
            if buffer.capacity < size {
                buffer.deallocate()
                buffer = .allocate(capacity: size)
            }
            buffer.start.copyMemory(from: bytes, byteCount: size)
            expected[ObjectIdentifier(file), default: []] += bytes
            buffer = writeBehind.exchange(buffer, count: size, for: file, capacity: 100)
            #expect(buffer.capacity >= 100)
        }
        buffer.deallocate()
        writeBehind.finish()
        #expect(writeBehind.failure(of: first) == nil)
        #expect(writeBehind.failure(of: second) == nil)
        try first.commit()
        try second.commit()
        for file in [first, second] {
            let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file.path)))
            #expect(written == expected[ObjectIdentifier(file)])
        }
    }
}
