import Dispatch

/// Work run on the other core while the caller goes on, its outcome waited for once.
///
/// The work must touch nothing the caller touches until `value()` returned; the box is
/// `@unchecked Sendable` for that reason only, and `value()` makes the outcome visible
/// (the group's wait is a full memory barrier). (Ingest has its own copy of this type.)
final class BackgroundWork<Value>: @unchecked Sendable {
    private var body: (() throws(IndicatorsError) -> Value)?
    private var outcome: Result<Value, IndicatorsError>?
    private let done = DispatchGroup()

    /// Starts `body` on a global queue.
    init(_ body: @escaping () throws(IndicatorsError) -> Value) {
        self.body = body
        done.enter()
        DispatchQueue.global().async {
            do throws(IndicatorsError) {
                self.outcome = .success(try self.body!())
            } catch {
                self.outcome = .failure(error)
            }
            self.body = nil
            self.done.leave()
        }
    }

    /// Waits for the work to finish and hands over its value, or throws the error it threw.
    func value() throws(IndicatorsError) -> Value {
        done.wait()
        defer { outcome = nil }
        return try outcome!.get()
    }

    /// Waits for the work to finish and hands over its outcome.
    func result() -> Result<Value, IndicatorsError> {
        done.wait()
        defer { outcome = nil }
        return outcome!
    }
}

/// Hands a value that is not `Sendable` (a reader positioned by the caller) to the other
/// thread, which is then its only user.
struct Handover<Value>: @unchecked Sendable {
    let value: Value
}
