import Foundation

/// A gate a background reader passes every so many rows, which another thread closes for
/// a short while: the other thread's memory peak (the meetings sorted, ranked and
/// written) is then not met by the reader's table growing beside it.
final class PauseGate: @unchecked Sendable {
    private let condition = NSCondition()
    private var isClosed = false

    /// Makes readers wait at their next `pass()` until `open()`.
    func close() {
        condition.lock()
        isClosed = true
        condition.unlock()
    }

    /// Lets waiting and later readers go on.
    func open() {
        condition.lock()
        isClosed = false
        condition.broadcast()
        condition.unlock()
    }

    /// Returns at once while the gate is open; waits while it is closed.
    func pass() {
        condition.lock()
        while isClosed { condition.wait() }
        condition.unlock()
    }
}
