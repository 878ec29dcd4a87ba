import Dispatch
import Testing

@testable import Ingest

/// The ratings, trainings and inspections wait for the accepted members in a
/// `PendingValue`: a value provided reaches a reader waiting before or after, and a
/// withdrawn one releases the reader with nothing, so that a stopped run never hangs.
@Suite struct PendingValueTests {
    @Test func aValueProvidedLaterReachesTheWaitingReader() {
        let pending = PendingValue<Int>()
        #expect(pending.providedValue == nil)
        #expect(!pending.isWithdrawn)
        let reader = DispatchGroup()
        nonisolated(unsafe) var seen: Int?
        DispatchQueue.global().async(group: reader) { seen = pending.wait() }
        pending.provide(42)
        reader.wait()
        #expect(seen == 42)
        #expect(pending.providedValue == 42)
        #expect(pending.wait() == 42)
    }

    @Test func aWithdrawnValueReleasesTheReaderWithNothing() {
        let pending = PendingValue<Int>()
        let reader = DispatchGroup()
        nonisolated(unsafe) var seen: Int? = 0
        DispatchQueue.global().async(group: reader) { seen = pending.wait() }
        pending.withdraw()
        reader.wait()
        #expect(seen == nil)
        #expect(pending.providedValue == nil)
        #expect(pending.isWithdrawn)
    }
}
