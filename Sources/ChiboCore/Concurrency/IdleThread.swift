import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A thread of its own for one piece of work, scheduled to run only on an idle core
/// (`BackgroundWork.onIdleCores`). A thread of its own rather than one of Dispatch's: a
/// thread cannot always take its ordinary priority back (an unprivileged one may not leave
/// `SCHED_IDLE`), and this one ends with its work.
enum IdleThread {
    /// Linux's `SCHED_IDLE` (sched.h), which Glibc's module does not export.
    private static let idlePolicy: Int32 = 5

    /// The work handed to the new thread.
    private final class Start {
        let work: @Sendable () -> Void
        init(_ work: @escaping @Sendable () -> Void) { self.work = work }
    }

    /// Runs `work` on a new idle thread, or on Dispatch's global queue where no thread can
    /// be made.
    static func start(_ work: @escaping @Sendable () -> Void) {
        #if os(Linux)
            let context = Unmanaged.passRetained(Start(work)).toOpaque()
            var thread = pthread_t()
            let status = pthread_create(
                &thread, nil,
                { context in
                    let start = Unmanaged<Start>.fromOpaque(context!).takeRetainedValue()
                    var parameters = sched_param()
                    // Refused only by an unusual kernel: the work then runs as usual.
                    _ = pthread_setschedparam(pthread_self(), IdleThread.idlePolicy, &parameters)
                    start.work()
                    return nil
                }, context)
            if status == 0 {
                pthread_detach(thread)
                return
            }
            Unmanaged<Start>.fromOpaque(context).release()
        #endif
        DispatchQueue.global().async(execute: work)
    }
}
