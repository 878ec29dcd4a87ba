import Foundation
import Testing

@testable import ChiboCore

@Suite struct UnlinkedScratchFileTests {
    private func emptyFolder() throws -> String {
        let path = NSTemporaryDirectory() + "chibo-scratch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        return path
    }

    private func identity(_ descriptor: Int32) -> (device: UInt64, inode: UInt64, links: UInt64)? {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        return (UInt64(status.st_dev), UInt64(status.st_ino), UInt64(status.st_nlink))
    }

    @Test func aScratchFileHasNoNameAndIsOwnerOnly() throws {
        let folder = try emptyFolder()
        let descriptor = try UnlinkedScratchFile.create(at: folder + "/values.tmp")
        defer { close(descriptor) }
        var status = stat()
        #expect(fstat(descriptor, &status) == 0)
        #expect(status.st_nlink == 0)
        #expect(status.st_mode & 0o777 == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func aDescriptorClosedInTheBackgroundIsClosedOnceTheClosesAreWaitedFor() throws {
        let folder = try emptyFolder()
        let descriptor = try UnlinkedScratchFile.create(at: folder + "/values.tmp")
        let bytes = [UInt8](repeating: 7, count: 1 << 20)
        #expect(bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == bytes.count)
        let before = try #require(identity(descriptor))
        #expect(before.links == 0)

        UnlinkedScratchFile.closeInBackground(descriptor)
        UnlinkedScratchFile.waitForBackgroundCloses()

        // Another test may have been given the same number since: it is then another file.
        if let after = identity(descriptor) {
            #expect(after.device != before.device || after.inode != before.inode || after.links != 0)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}
