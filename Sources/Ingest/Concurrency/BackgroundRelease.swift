import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

/// Frees big values on a thread of its own, so that the thread done with them goes on.
///
/// Freeing a written table (millions of cells, hundreds of thousands of diagnostics) or
/// the rejects workbook takes tenths of a second on one core, on ingest's critical path:
/// the attendance readers waited for the members' rows to be freed, and the end of the
/// run for the workbook's cells. One serial queue frees them in the order given, then hands
/// the pages back to the system when asked (`returnFreedMemory()`), after every value
/// dropped before.
enum BackgroundRelease {
    private static let queue = DispatchQueue(label: "chibo.background-release", qos: .utility)

    /// Frees `value` on the release thread: the caller passes its last reference
    /// (`consume`), or the value is only freed when the caller's copy goes.
    static func drop<Value>(_ value: consuming Value) {
        let box = Box(value)
        queue.async { box.value = nil }
    }

    /// Hands the pages of the values freed so far back to the system, on the release
    /// thread once they are freed: malloc keeps them otherwise, and attendance, read next,
    /// would be counted on top of tables no longer held.
    static func returnFreedMemory() {
        queue.async { trimMemory() }
    }

    /// Waits until every value dropped so far is freed (tests).
    static func waitUntilFreed() {
        queue.sync {}
    }

    /// malloc_trim(3), glibc's; nothing elsewhere.
    private static func trimMemory() {
        #if canImport(Glibc)
            // <malloc.h> is not in the Glibc module.
            typealias Trim = @convention(c) (Int) -> Int32
            if let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "malloc_trim") {
                _ = unsafeBitCast(symbol, to: Trim.self)(0)
            }
        #endif
    }

    /// The value, handed from the dropping thread to the release thread.
    private final class Box<Value>: @unchecked Sendable {
        var value: Value?
        init(_ value: consuming Value) { self.value = value }
    }
}
