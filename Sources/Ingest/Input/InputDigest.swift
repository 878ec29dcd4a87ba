import ChiboCore
import Dispatch

/// The SHA-256 of the input files (`input_sha256`), computed on another thread while the
/// rows are parsed: with the CPU's SHA extensions the hash costs about 5 % of ingest's own
/// CPU time (about 15 % in portable Swift), which a second core then hides.
final class InputDigest: @unchecked Sendable {
    /// Written once by the hashing thread before `done` is left, read after waiting on it.
    private var result: Result<String, IngestError>?
    private let done = DispatchGroup()

    /// Starts hashing the files at `paths` (path and the file name for diagnostics), in
    /// the order given.
    init(paths: [(path: String, fileName: String)]) {
        done.enter()
        DispatchQueue.global().async {
            var hash = SHA256()
            var outcome: Result<String, IngestError>?
            for (path, fileName) in paths {
                do throws(FileError) {
                    try hash.update(fileAt: path)
                } catch {
                    outcome = .failure(.unreadable(.unreadable(file: fileName, reason: error.description)))
                    break
                }
            }
            self.result = outcome ?? .success(hash.hexadecimalDigest())
            self.done.leave()
        }
    }

    /// The paths and names of the opened files of `files` in `Entity.inputOrder`.
    static func paths(of files: [Entity: InputFile]) -> [(path: String, fileName: String)] {
        Entity.inputOrder.compactMap { files[$0].map { ($0.path, $0.fileName) } }
    }

    /// The digest in lowercase hexadecimal, once the hashing thread has finished.
    func value() throws(IngestError) -> String {
        done.wait()
        return try result!.get()
    }
}
