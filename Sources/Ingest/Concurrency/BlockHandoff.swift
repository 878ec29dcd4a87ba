import Foundation

/// Blocks of work handed from one thread to another through a queue of at most
/// `capacity` blocks: the sender waits while the queue is full, the receiver while it is
/// empty, so that memory stays a few blocks whatever the length of the stream.
final class BlockHandoff<Block>: @unchecked Sendable {
    private let condition = NSCondition()
    private var blocks: [Block] = []
    private var next = 0
    private var isClosed = false
    private let capacity: Int

    /// A queue holding at most `capacity` blocks.
    init(capacity: Int) {
        precondition(capacity > 0, "a handoff holds at least one block")
        self.capacity = capacity
    }

    /// Queues `block`, waiting while the queue is full.
    func send(_ block: Block) {
        condition.lock()
        while blocks.count - next >= capacity { condition.wait() }
        blocks.append(block)
        condition.broadcast()
        condition.unlock()
    }

    /// Tells the receiver that no more blocks come.
    func close() {
        condition.lock()
        isClosed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next block, waiting for one; nil once the queue is closed and empty.
    func receive() -> Block? {
        condition.lock()
        defer { condition.unlock() }
        while next == blocks.count && !isClosed { condition.wait() }
        guard next < blocks.count else { return nil }
        let block = blocks[next]
        next += 1
        if next == blocks.count {
            blocks.removeAll(keepingCapacity: true)
            next = 0
        }
        condition.broadcast()
        return block
    }
}
