#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A progress line on standard error for the long loops of a stage (tens of millions of
/// rows at national scale), such as `ingest: attendance.csv 1.2 M rows, 0.9 M rows/s`.
///
/// It is drawn only when standard error is a terminal, so make logs, tests and piped
/// runs see nothing; it is redrawn at most four times a second and erased by `finish()`,
/// or when the line is discarded (a stage that fails mid-file prints its error on a clean line).
public final class ProgressLine {
    /// What is being done, such as `ingest: attendance.csv`.
    public let label: String
    /// Whether anything is drawn.
    public let isShown: Bool
    private var startNanoseconds: UInt64 = 0
    private var lastDrawNanoseconds: UInt64 = 0
    private(set) var isDrawn = false
    private var rowsCounted = 0

    /// Rows between two readings of the clock: reading it for every row would cost more
    /// than reading the row.
    @usableFromInline static let rowsBetweenClockReadings = 1 << 14
    private static let redrawInterval: UInt64 = 250_000_000

    /// A line for `label`, shown when `isShown` (by default, when standard error is a
    /// terminal).
    public init(label: String, isShown: Bool = isatty(2) != 0) {
        self.label = label
        self.isShown = isShown
    }

    deinit { finish() }

    /// Counts one more row done; cheap enough to call for every row.
    @inlinable
    public func addRow() {
        // Only a constant is read when nothing is shown: a counter kept by the caller (a
        // class) would cost an exclusivity check on every row.
        guard isShown else { return }
        countRow()
    }

    /// Reports that `rows` rows are done.
    @inlinable
    public func update(rows: Int) {
        guard isShown, rows % ProgressLine.rowsBetweenClockReadings == 0 || rows == 1 else { return }
        redraw(rows: rows)
    }

    /// Erases the line, if it was drawn.
    public func finish() {
        guard isDrawn else { return }
        ProgressLine.writeToStandardError("\r\u{1B}[K")
        isDrawn = false
    }

    @usableFromInline
    func countRow() {
        rowsCounted += 1
        update(rows: rowsCounted)
    }

    @usableFromInline
    func redraw(rows: Int) {
        let now = ProgressLine.now()
        // The clock starts at the first row: files are opened well before they are read.
        if rows == 1 {
            startNanoseconds = now
            lastDrawNanoseconds = now
            return
        }
        guard now - lastDrawNanoseconds >= ProgressLine.redrawInterval else { return }
        lastDrawNanoseconds = now
        let seconds = Double(now - startNanoseconds) / 1e9
        let rate = seconds > 0 ? Double(rows) / seconds : 0
        ProgressLine.writeToStandardError(
            "\r\u{1B}[K\(label) \(ProgressLine.abbreviated(Double(rows))) dòng, "
                + "\(ProgressLine.abbreviated(rate)) dòng/giây")
        isDrawn = true
    }

    /// `value` in thousands (`850 k`) or in millions with one decimal (`1.2 M`).
    static func abbreviated(_ value: Double) -> String {
        if value < 999_500 { return "\(Int((value / 1000).rounded())) k" }
        let tenths = Int((value / 100_000).rounded())
        return "\(tenths / 10).\(tenths % 10) M"
    }

    private static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    private static func writeToStandardError(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
    }
}
