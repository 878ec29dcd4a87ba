import ChiboTestSupport
import Foundation

extension Pipeline {
    /// Whether GNU make is installed; the make tests say so when it is not.
    static var hasMake: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/make") }

    /// Runs the package's Makefile with `arguments` (`quarter`, `QUARTER=2019-Q4`, …).
    ///
    /// The executables of this test build stand in for the release ones (`SWIFT=true`
    /// makes a rebuild a no-op, `BIN` points at the debug products), so that the test does
    /// not build twice.
    static func make(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/make")
        process.arguments =
            [
                "--no-print-directory", "-C", Folder.packageRoot.path, "SWIFT=true",
                "BIN=\(productsFolder.path)",
            ] + arguments
        return try capture(process)
    }
}
