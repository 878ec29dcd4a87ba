import Dispatch

/// A value built on another thread while the caller goes on, waited for once.
///
/// The report builds the Office documents on the second core while it writes the text
/// files. The work must touch nothing the caller changes; the box is `@unchecked Sendable`
/// for that reason only, and `value()` makes the outcome visible (the group's wait is a
/// full memory barrier). Ingest's `BackgroundWork` is the same pattern with its error type.
final class BackgroundBuild<Value>: @unchecked Sendable {
    private var body: (() -> Value)?
    private var outcome: Value?
    private let done = DispatchGroup()

    /// Starts `body` on a global queue.
    init(_ body: @escaping () -> Value) {
        self.body = body
        done.enter()
        DispatchQueue.global().async {
            self.outcome = self.body!()
            self.body = nil
            self.done.leave()
        }
    }

    /// Waits for the work to finish and returns its value.
    func value() -> Value {
        done.wait()
        return outcome!
    }
}
