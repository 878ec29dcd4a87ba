import Dispatch

/// Work run on another thread while the caller goes on, its value waited for once.
///
/// Every stage uses it to keep both cores busy (ingest parses independent files, indicators
/// reads the second half of a sorted file, report builds the Office files). A body that can
/// fail returns a `Result`, so that its error reaches the caller at the point where the
/// files read one after the other would have met it.
///
/// The work must touch nothing the caller touches until `value()` returned; the box is
/// `@unchecked Sendable` for that reason only, and waiting makes the value visible (the
/// group's wait is a full memory barrier).
public final class BackgroundWork<Value>: @unchecked Sendable {
    private var body: (() -> Value)?
    private var outcome: Value?
    private let done = DispatchGroup()

    /// Starts `body` on a global queue.
    public convenience init(_ body: @escaping () -> Value) {
        self.init(body, on: DispatchQueue.global())
    }

    /// Starts `body` at once on a serial queue of its own, which Dispatch serves from its
    /// overcommitting threads: for work that must run beside other background work. The
    /// global queue runs only as many items at a time as there are cores, so an item
    /// queued behind busy ones waits until one of them ends or blocks (ingest's second
    /// attendance reader started that way once the first had read its whole half).
    public static func startingNow(_ body: @escaping () -> Value) -> BackgroundWork {
        BackgroundWork(body, on: DispatchQueue(label: "chibo.background-work"))
    }

    /// Starts `body` at once on a thread of its own that runs only when a core has nothing
    /// else to run (Linux's `SCHED_IDLE`; an ordinary thread elsewhere): for work done early
    /// only so that the end of the run is shorter, which must not take a core from the work
    /// that leads to that end. Ingest makes the first rejects this way while attendance is
    /// checked: on an equal footing they delayed attendance by as much as they saved.
    public static func onIdleCores(_ body: @escaping () -> Value) -> BackgroundWork {
        BackgroundWork(body, launch: IdleThread.start)
    }

    private convenience init(_ body: @escaping () -> Value, on queue: DispatchQueue) {
        self.init(body) { queue.async(execute: $0) }
    }

    private init(_ body: @escaping () -> Value, launch: (@escaping @Sendable () -> Void) -> Void) {
        self.body = body
        done.enter()
        launch {
            self.outcome = self.body!()
            self.body = nil
            self.done.leave()
        }
    }

    /// Waits for the work to finish and returns its value; the box keeps a copy.
    public func value() -> Value {
        done.wait()
        return outcome!
    }

    /// Waits for the work to finish and hands over its value; the box keeps no copy, so a
    /// value freed later (a parsed table written and released) is not held until the box goes.
    public func takeValue() -> Value {
        done.wait()
        defer { outcome = nil }
        return outcome!
    }

    /// Waits for the work to finish, dropping its value: on a path that throws an earlier
    /// error, so that no thread still reads an input file after the stage returned.
    public func finish() {
        done.wait()
        outcome = nil
    }
}
