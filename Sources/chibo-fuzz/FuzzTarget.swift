import CSV
import Foundation
import Ingest

/// Runs one input through the CSV reader the way ingest does: every record, every
/// field touched and offered to the legacy-font repair. Any crash, trap or hang is a
/// bug; thrown `CSVError`s are the expected answer to bad bytes.
func exercise(_ bytes: [UInt8]) {
    guard let reader = try? CSVReader(bytes: bytes, fileName: "fuzz.csv") else { return }
    var checksum = 0
    do {
        while let row = try reader.nextRow() {
            for index in 0..<row.count {
                checksum &+= row[index].count
                // The legacy-font detector indexes into words, runs and tables: fuzz it on every
                // cell, alone and as in a file typed in each font.
                let text = row.string(at: index)
                for preferred in [nil] + LegacyVietnameseEncoding.allCases.map(Optional.some) {
                    switch LegacyVietnamese.assess(text, preferring: preferred) {
                    case .repaired(let repaired, _): checksum &+= repaired.utf8.count
                    case .suspected: checksum &+= 1
                    case .ordinary: break
                    }
                }
            }
            checksum &+= row.line
        }
    } catch {
        checksum &+= error.line
    }
    precondition(checksum >= Int.min)
}

#if FUZZING
    // SwiftPM links executables with their own `main`, so instead of libFuzzer's `main`
    // the driver is started explicitly.
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argumentCount: UnsafeMutablePointer<Int32>,
        _ arguments: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    /// The entry point libFuzzer's runtime links against.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        guard let data else { return 0 }
        exercise(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }

    /// libFuzzer over the CSV reader (built with `-sanitize=fuzzer -DFUZZING`).
    @main
    struct Fuzz {
        static func main() {
            var argumentCount = CommandLine.argc
            var arguments = CommandLine.unsafeArgv
            let status = runFuzzerDriver(&argumentCount, &arguments, fuzzOneInput)
            exit(status)
        }
    }
#else
    /// Without libFuzzer: replays the files named on the command line (a corpus or
    /// crash reproducers), so a finding can be checked with an ordinary build.
    @main
    struct Replay {
        static func main() {
            let arguments = CommandLine.arguments.dropFirst()
            if arguments.contains("--help") || arguments.contains("-h") {
                print(
                    "usage: chibo-fuzz FILE_OR_DIRECTORY... (replays inputs; `make fuzz` builds the fuzzer)")
                return
            }
            var count = 0
            for path in arguments {
                let url = URL(fileURLWithPath: path)
                let files =
                    (try? FileManager.default.contentsOfDirectory(atPath: path))?.sorted().map {
                        url.appendingPathComponent($0).path
                    } ?? [path]
                for file in files {
                    guard let data = FileManager.default.contents(atPath: file) else { continue }
                    exercise([UInt8](data))
                    count += 1
                }
            }
            print("replayed \(count) inputs")
        }
    }
#endif
