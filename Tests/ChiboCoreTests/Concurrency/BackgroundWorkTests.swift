import ChiboCore
import Foundation
import Testing

/// Work started on an idle core gives its value like any background work, on a thread of
/// its own that runs only when a core is idle.
@Suite struct BackgroundWorkTests {
    /// What the work saw of the thread it ran on.
    struct Seen: Sendable {
        var isCallerThread: Bool
        var policy: Int32
    }

    @Test func workOnIdleCoresRunsOnAnIdleThreadOfItsOwn() {
        let caller = pthread_self()
        let work = BackgroundWork.onIdleCores {
            Seen(isCallerThread: pthread_equal(pthread_self(), caller) != 0, policy: sched_getscheduler(0))
        }
        let seen = work.value()
        #expect(!seen.isCallerThread)
        #if os(Linux)
            // SCHED_IDLE (sched.h): 5.
            #expect(seen.policy == 5)
        #endif
        // The caller's own thread is left as it was.
        #expect(sched_getscheduler(0) != 5)
    }

    @Test func workOnIdleCoresGivesItsValueOnce() {
        let values = (0..<8).map { index in BackgroundWork.onIdleCores { index * index } }
        #expect(values.map { $0.takeValue() } == [0, 1, 4, 9, 16, 25, 36, 49])
    }
}
