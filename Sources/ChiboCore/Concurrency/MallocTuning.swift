#if canImport(Glibc)
    import Glibc
#endif

/// How glibc's malloc should hand memory back in a stage, set once per process.
///
/// Ingest grows tables of tens of millions of rows by doubling arrays, frees each table
/// once written, and does so on two threads; the report builds documents of hundreds of
/// megabytes on several threads. By default glibc raises its mmap threshold to 32 MiB
/// after the first big free, so every array up to that size then lives in a heap whose
/// freed holes stay resident, and each thread gets heaps of its own. A fixed threshold of
/// 1 MiB maps every bigger array on its own, unmapped when freed, and two arenas serve
/// the threads.
public enum MallocTuning {
    /// Applies the settings; nothing where malloc is not glibc's.
    public static func apply() {
        #if canImport(Glibc)
            // mallopt(3) is glibc's; <malloc.h> is not in the Glibc module.
            typealias Option = @convention(c) (Int32, Int32) -> Int32
            guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "mallopt") else { return }
            let mallopt = unsafeBitCast(symbol, to: Option.self)
            let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
            let arenaMaximum: Int32 = -8  // M_ARENA_MAX
            _ = mallopt(mmapThreshold, 1 << 20)
            _ = mallopt(arenaMaximum, 2)
        #endif
    }
}
