import Foundation

/// A value one thread hands to another once, or withdraws: the ratings, trainings and
/// inspections are parsed before the members and organizations they are checked against
/// are known, and wait for them here.
final class PendingValue<Value>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: Value?
    private var withdrawn = false

    /// Hands `value` to the waiting and later readers.
    func provide(_ value: Value) {
        condition.lock()
        self.value = value
        condition.broadcast()
        condition.unlock()
    }

    /// Tells the waiting and later readers that no value comes (the run stopped).
    func withdraw() {
        condition.lock()
        withdrawn = true
        condition.broadcast()
        condition.unlock()
    }

    /// The value if it was provided already, without waiting.
    var providedValue: Value? {
        condition.lock()
        defer { condition.unlock() }
        return withdrawn ? nil : value
    }

    /// Whether the value was withdrawn (the run stopped): a reader stops at once.
    var isWithdrawn: Bool {
        condition.lock()
        defer { condition.unlock() }
        return withdrawn
    }

    /// Waits until the value is provided or withdrawn; nil when withdrawn.
    func wait() -> Value? {
        condition.lock()
        defer { condition.unlock() }
        while value == nil && !withdrawn { condition.wait() }
        return withdrawn ? nil : value
    }
}
