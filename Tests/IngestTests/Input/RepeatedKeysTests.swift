import Testing

@testable import Ingest

@Suite struct RepeatedKeysTests {
    static let none = RepeatedKeys.none

    @Test(arguments: [
        ("small keys", [UInt64(5), 3, 5, none, 3, 3, 7, none, 5]),
        ("keys above 32 bits", [UInt64(5) << 33, 3, 5 << 33, none, 3, 3, 7, none, 5 << 33]),
        ("a big key after small ones", [UInt64(5), 3, 5, none, 3, 3, 7 << 40, none, 5]),
    ])
    func findsEveryRowAfterTheFirstWithItsKey(_ name: String, keys: [UInt64]) {
        let later = RepeatedKeys.laterRows(count: keys.count) { keys[$0] }
        #expect(later == [2, 4, 5, 8], "\(name)")
    }

    @Test func noRowsHaveNoRepeats() {
        #expect(RepeatedKeys.laterRows(count: 0) { _ in 0 }.isEmpty)
        #expect(RepeatedKeys.laterRows(count: 3) { _ in RepeatedKeys.none }.isEmpty)
    }
}
