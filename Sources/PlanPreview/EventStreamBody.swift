import FlyingFox
import FlyingSocks

/// The bytes of a `text/event-stream` response: each event as it is made, so FlyingFox sends it
/// as one chunk of a chunked response at once.
struct EventStreamBody: AsyncBufferedSequence {
    typealias Element = UInt8
    let events: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator {
        Iterator(events: events.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<[UInt8]>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            guard await fill() else { return nil }
            return pending.popFirst()
        }

        /// Up to `count` bytes of the pending event, waiting for the next event when none is.
        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            guard await fill() else { return nil }
            let chunk = pending.prefix(Swift.max(count, 1))
            pending = pending.dropFirst(chunk.count)
            return Array(chunk)
        }

        /// Whether bytes are pending, after waiting for the next event if needed.
        private mutating func fill() async -> Bool {
            while pending.isEmpty {
                guard let event = await events.next() else { return false }
                pending = event[...]
            }
            return true
        }
    }
}
