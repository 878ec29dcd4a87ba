import Dispatch

/// Work run on another thread while the caller goes on, its outcome waited for once.
///
/// Ingest uses it to parse independent files on the second core. The work must touch
/// nothing the caller touches until `value()` returned; the box is `@unchecked Sendable`
/// for that reason only, and `value()` makes the outcome visible (the group's wait is a
/// full memory barrier).
final class BackgroundWork<Value>: @unchecked Sendable {
    private var body: (() throws(IngestError) -> Value)?
    private var outcome: Result<Value, IngestError>?
    private let done = DispatchGroup()

    /// Starts `body` on a global queue.
    init(_ body: @escaping () throws(IngestError) -> Value) {
        self.body = body
        done.enter()
        DispatchQueue.global().async {
            do throws(IngestError) {
                self.outcome = .success(try self.body!())
            } catch {
                self.outcome = .failure(error)
            }
            self.body = nil
            self.done.leave()
        }
    }

    /// Waits for the work to finish; its value, or the error it threw.
    func value() throws(IngestError) -> Value {
        done.wait()
        return try outcome!.get()
    }

    /// Waits for the work to finish and hands over its value, or throws the error it threw;
    /// the box keeps no copy, so a value freed later (a parsed table written and released)
    /// is not held on until the box goes.
    func takeValue() throws(IngestError) -> Value {
        done.wait()
        defer { outcome = nil }
        return try outcome!.get()
    }

    /// Waits for the work to finish, ignoring its outcome: on a path that throws an
    /// earlier error, so that no thread still reads an input file after the stage returned.
    func finish() {
        done.wait()
    }
}
