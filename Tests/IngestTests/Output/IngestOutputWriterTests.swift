import ChiboCore
import ChiboTestSupport
import Foundation
import Testing

@testable import Ingest

/// A normalized table is formatted in chunks by two threads, the helper's blocks handed
/// back to it once written and filled again.
@Suite struct IngestOutputWriterTests {
    /// Many more chunks than the helper has blocks, some bigger than a block (it grows, and
    /// is reused grown), some empty: the file holds every chunk once, in order, and no
    /// bytes of a block's earlier chunk.
    @Test(arguments: [1, 2, 7, 40])
    func chunksAreWrittenInOrderFromReusedBlocks(count: Int) throws {
        let folder = try Folder.temporary("chunks")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("table.csv").path
        let file = try AtomicFileWriter(path: path, confidentiality: .ownerOnly)
        // Chunk i: its number, then i * 37 KiB (modulo 3 MiB) of one letter, so that a reused
        // block that kept an earlier, longer chunk's bytes would show them.
        func text(_ chunk: Int) -> [UInt8] {
            let length = chunk % 5 == 4 ? 0 : (chunk * 37 << 10) % (3 << 20)
            return Array("\(chunk):".utf8)
                + [UInt8](repeating: UInt8(ascii: "a") + UInt8(chunk % 26), count: length)
                + [0x0A]
        }
        let writer = IngestOutputWriter(directory: folder.path)
        let failure = writer.writeChunks(count: count, to: file) { chunk, block in
            let bytes = text(chunk)
            block.reserve(bytes.count)
            for byte in bytes { block.append(byte) }
        }
        #expect(failure == nil)
        try file.commit()
        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(written == (0..<count).flatMap(text))
    }
}
