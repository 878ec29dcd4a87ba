import Testing

@testable import ChiboCore

@Suite struct ProgressLineTests {
    @Test(
        "Counts read in thousands below a million, in millions with one decimal above",
        arguments: [
            (value: 0.0, text: "0 k"),
            (value: 16_384.0, text: "16 k"),  // 16.384 k rounds to 16
            (value: 999_499.0, text: "999 k"),
            (value: 999_500.0, text: "1.0 M"),  // would round to 1000 k
            (value: 1_249_999.0, text: "1.2 M"),  // 12.49999 tenths round to 12
            (value: 75_000_000.0, text: "75.0 M"),
        ])
    func abbreviated(value: Double, text: String) {
        #expect(ProgressLine.abbreviated(value) == text)
    }

    @Test("A line that is not shown never draws, so finishing it writes nothing")
    func hiddenLineStaysSilent() {
        let line = ProgressLine(label: "test", isShown: false)
        for rows in 1...(ProgressLine.rowsBetweenClockReadings * 2) { line.update(rows: rows) }
        #expect(!line.isDrawn)
    }
}
