import Testing

@testable import Ingest

@Suite struct ColumnByteCacheTests {
    static func look(_ cache: inout ColumnByteCache<Int>, _ column: Int, _ text: String) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { cache.value(column: column, bytes: $0) }
    }

    static func insert(_ cache: inout ColumnByteCache<Int>, _ value: Int, _ column: Int, _ text: String) {
        Array(text.utf8).withUnsafeBufferPointer { cache.insert(value, column: column, bytes: $0) }
    }

    @Test func remembersPerColumnAndBytes() {
        var cache = ColumnByteCache<Int>(columnCount: 2)
        Self.insert(&cache, 7, 0, "01/02/1980")
        Self.insert(&cache, 8, 1, "01/02/1980")
        Self.insert(&cache, 9, 0, "")
        #expect(Self.look(&cache, 0, "01/02/1980") == 7)
        #expect(Self.look(&cache, 1, "01/02/1980") == 8)
        #expect(Self.look(&cache, 0, "") == 9)
        #expect(Self.look(&cache, 1, "") == nil)
        #expect(Self.look(&cache, 0, "01/02/198") == nil)
        #expect(cache.count == 3)
    }

    @Test func growsAndFindsEveryEntry() {
        var cache = ColumnByteCache<Int>(columnCount: 3)
        for number in 0..<3000 { Self.insert(&cache, number, number % 3, "v\(number)") }
        #expect(cache.count == 3000)
        #expect((0..<3000).allSatisfy { Self.look(&cache, $0 % 3, "v\($0)") == $0 })
        #expect((0..<3000).allSatisfy { Self.look(&cache, ($0 + 1) % 3, "v\($0)") == nil })
    }

    @Test func aFullColumnRemembersNoMore() {
        var cache = ColumnByteCache<Int>(
            columnCount: 2, entriesPerColumn: 2, bytesPerColumn: 100, window: 100)
        Self.insert(&cache, 1, 0, "a")
        Self.insert(&cache, 2, 0, "b")
        Self.insert(&cache, 3, 0, "c")
        Self.insert(&cache, 4, 1, "c")
        #expect(cache.isFull(0) && !cache.isFull(1))
        #expect(Self.look(&cache, 0, "c") == nil && Self.look(&cache, 0, "b") == 2)
        #expect(Self.look(&cache, 1, "c") == 4)
        // Bytes count too: 5 bytes allowed, the first key takes 6.
        var byBytes = ColumnByteCache<Int>(
            columnCount: 1, entriesPerColumn: 10, bytesPerColumn: 5, window: 100)
        Self.insert(&byBytes, 1, 0, "abcdef")
        Self.insert(&byBytes, 2, 0, "g")
        #expect(byBytes.count == 1 && Self.look(&byBytes, 0, "g") == nil)
    }

    /// A full column with a window of 4: 1 hit in 4 lookups (under half) stops its lookups; 2 hits in
    /// 4 (half) keep them.
    @Test func aFullColumnThatMostlyMissesIsNoLongerLookedUp() {
        var cache = ColumnByteCache<Int>(columnCount: 2, entriesPerColumn: 1, bytesPerColumn: 100, window: 4)
        Self.insert(&cache, 1, 0, "a")
        Self.insert(&cache, 2, 1, "a")
        for text in ["b", "c", "d"] { #expect(Self.look(&cache, 0, text) == nil) }
        #expect(cache.isLookingUp(0))
        #expect(Self.look(&cache, 0, "a") == 1)
        #expect(!cache.isLookingUp(0))
        #expect(Self.look(&cache, 0, "a") == nil)
        for text in ["a", "b", "a", "c"] { _ = Self.look(&cache, 1, text) }
        #expect(cache.isLookingUp(1) && Self.look(&cache, 1, "a") == 2)
    }
}
