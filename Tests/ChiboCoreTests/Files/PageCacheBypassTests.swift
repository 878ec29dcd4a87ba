import Foundation
import Testing

@testable import ChiboCore

@Suite struct PageCacheBypassTests {
    /// Whether the temporary folder's file system takes `O_DIRECT` (tmpfs does not).
    static let isBypassPossible: Bool = {
        let path = NSTemporaryDirectory() + "chibo-bypass-probe-\(UUID().uuidString)"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        defer {
            close(descriptor)
            unlink(path)
        }
        return descriptor >= 0 && PageCacheBypass.enable(on: descriptor)
    }()

    private func isMostlyUncached(_ path: String) throws -> Bool {
        let descriptor = open(path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var status = stat()
        try #require(fstat(descriptor, &status) == 0)
        return PageCacheBypass.isMostlyUncached(descriptor, size: Int(status.st_size))
    }

    private func written(bypassing: Bool) throws -> String {
        let directory = NSTemporaryDirectory() + "chibo-bypass-\(UUID().uuidString)"
        try Directory.create(directory, confidentiality: .shared)
        let path = directory + "/table.csv"
        let writer = try AtomicFileWriter(
            path: path, confidentiality: .ownerOnly, bypassingPageCache: bypassing)
        try writer.write([UInt8](repeating: 0x41, count: (8 << 20) + 5))
        try writer.commit()
        return path
    }

    @Test func aFileWrittenThroughThePageCacheIsInIt() throws {
        let path = try written(bypassing: false)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        #expect(try !isMostlyUncached(path))
    }

    @Test(.enabled(if: isBypassPossible, "the temporary folder's file system refuses O_DIRECT"))
    func aFileWrittenAroundThePageCacheIsNotInIt() throws {
        let path = try written(bypassing: true)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        #expect(try isMostlyUncached(path))
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.count == (8 << 20) + 5 && bytes.allSatisfy { $0 == 0x41 })
    }
}
