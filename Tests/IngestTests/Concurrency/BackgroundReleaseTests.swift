import Foundation
import Testing

@testable import Ingest

/// Big values are freed on the release thread, not on the thread that drops them.
@Suite struct BackgroundReleaseTests {
    /// Reports the thread it is freed on.
    final class Tracked: @unchecked Sendable {
        let frees: Frees
        init(_ frees: Frees) { self.frees = frees }
        deinit { frees.threads.append(pthread_self()) }
    }

    /// The threads the values were freed on, written by the release thread, read once it
    /// is waited for.
    final class Frees: @unchecked Sendable {
        var threads: [pthread_t] = []
    }

    /// Dropped with the caller's last reference: freed once the release thread is waited
    /// for, and there, not on the dropping thread.
    @Test func aDroppedValueIsFreedOnTheReleaseThread() {
        let frees = Frees()
        let values = [Tracked(frees), Tracked(frees)]
        BackgroundRelease.drop(consume values)
        BackgroundRelease.returnFreedMemory()
        BackgroundRelease.waitUntilFreed()
        #expect(frees.threads.count == 2)
        #expect(frees.threads.allSatisfy { pthread_equal($0, pthread_self()) == 0 })
    }
}
