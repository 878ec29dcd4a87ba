import Testing

@testable import Ingest

@Suite struct ColumnByteCacheTests {
    static func look(_ cache: inout ColumnByteCache, _ column: Int, _ text: String) -> UInt64? {
        Array(text.utf8).withUnsafeBufferPointer { cache.value(column: column, bytes: $0) }
    }

    static func insert(_ cache: inout ColumnByteCache, _ value: UInt64, _ column: Int, _ text: String) {
        Array(text.utf8).withUnsafeBufferPointer { cache.insert(value, column: column, bytes: $0) }
    }

    @Test func remembersPerColumnAndBytes() {
        var cache = ColumnByteCache(columnCount: 2)
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
        var cache = ColumnByteCache(columnCount: 3)
        for number in 0..<3000 { Self.insert(&cache, UInt64(number), number % 3, "v\(number)") }
        #expect(cache.count == 3000)
        #expect((0..<3000).allSatisfy { Self.look(&cache, $0 % 3, "v\($0)") == UInt64($0) })
        #expect((0..<3000).allSatisfy { Self.look(&cache, ($0 + 1) % 3, "v\($0)") == nil })
    }

    /// Keys of every length up to 40 bytes that differ only in their last byte, or only in
    /// length by trailing zero bytes: the inline head and tail and the bytes kept apart
    /// for keys over 16 bytes tell each apart.
    @Test func tellsApartKeysOfEveryLengthByEveryByte() {
        var cache = ColumnByteCache(columnCount: 1)
        var keys: [[UInt8]] = []
        for length in 0...40 {
            let base = (0..<length).map { UInt8(truncatingIfNeeded: 0x41 + $0) }
            keys.append(base)
            if length > 0 { keys.append(Array(base.dropLast()) + [0x7A]) }
            keys.append(base + [0])
        }
        var unique: [[UInt8]] = []
        for key in keys where !unique.contains(key) { unique.append(key) }
        for (number, key) in unique.enumerated() {
            #expect(key.withUnsafeBufferPointer { cache.value(column: 0, bytes: $0) } == nil)
            key.withUnsafeBufferPointer { cache.insert(UInt64(number), column: 0, bytes: $0) }
        }
        for (number, key) in unique.enumerated() {
            #expect(key.withUnsafeBufferPointer { cache.value(column: 0, bytes: $0) } == UInt64(number))
        }
    }

    /// The words of a key are its bytes little-endian, zero-padded, read inside it only.
    @Test func readsTheWordsOfAKeyInsideIt() {
        let bytes = (1...20).map { UInt8($0) }
        for length in 0...20 {
            let words = bytes.withUnsafeBufferPointer {
                ColumnByteCache.words(UnsafeBufferPointer(rebasing: $0[0..<length]))
            }
            var head: UInt64 = 0
            var tail: UInt64 = 0
            for index in 0..<min(length, 8) { head |= UInt64(bytes[index]) << UInt64(8 * index) }
            for index in 8..<max(8, min(length, 16)) {
                tail |= UInt64(bytes[index]) << UInt64(8 * (index - 8))
            }
            #expect(words.head == head && words.tail == tail, "length \(length)")
        }
    }

    @Test func aFullColumnRemembersNoMore() {
        var cache = ColumnByteCache(
            columnCount: 2, entriesPerColumn: 2, bytesPerColumn: 100, window: 100)
        Self.insert(&cache, 1, 0, "a")
        Self.insert(&cache, 2, 0, "b")
        Self.insert(&cache, 3, 0, "c")
        Self.insert(&cache, 4, 1, "c")
        #expect(cache.isFull(0) && !cache.isFull(1))
        #expect(Self.look(&cache, 0, "c") == nil && Self.look(&cache, 0, "b") == 2)
        #expect(Self.look(&cache, 1, "c") == 4)
        // Bytes count too: 5 bytes allowed, the first key takes 6.
        var byBytes = ColumnByteCache(
            columnCount: 1, entriesPerColumn: 10, bytesPerColumn: 5, window: 100)
        Self.insert(&byBytes, 1, 0, "abcdef")
        Self.insert(&byBytes, 2, 0, "g")
        #expect(byBytes.count == 1 && Self.look(&byBytes, 0, "g") == nil)
    }

    /// A full column with a window of 4: 1 hit in 4 lookups (under half) stops its lookups; 2 hits in
    /// 4 (half) keep them.
    @Test func aFullColumnThatMostlyMissesIsNoLongerLookedUp() {
        var cache = ColumnByteCache(columnCount: 2, entriesPerColumn: 1, bytesPerColumn: 100, window: 4)
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
