/// What the server shows now, and the pages listening to `/events`. A build that changes what
/// is shown replaces the content and sends its version to every listener. Until the first
/// build is in, a request waits for it.
public actor PreviewSite {
    private var current: PreviewContent?
    private var waiting: [CheckedContinuation<PreviewContent, Never>] = []
    private var listeners: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextListener = 0
    private var isClosed = false

    /// A site without content yet (see ``update(_:)``).
    public init() {}

    /// A site showing `build`.
    public init(_ build: PreviewBuild) {
        current = PreviewContent(build)
    }

    /// What is shown now (after the first build: waits for it).
    public var content: PreviewContent {
        get async {
            if let current { return current }
            return await withCheckedContinuation { waiting.append($0) }
        }
    }

    /// Takes the build; returns whether what is shown changed (and listeners were told).
    @discardableResult
    public func update(_ build: PreviewBuild) -> Bool {
        update(PreviewContent(build))
    }

    /// Takes content made beforehand (off the actor: hashing and preparing the pages of a large
    /// plan takes a while); returns whether what is shown changed (and listeners were told).
    @discardableResult
    public func update(_ new: PreviewContent) -> Bool {
        guard new.version != current?.version else { return false }
        current = new
        for waiter in waiting { waiter.resume(returning: new) }
        waiting = []
        for listener in listeners.values { listener.yield(Self.event(new.version)) }
        return true
    }

    /// A new listener's events: the current version at once (with the reconnection delay), then
    /// each new version; keep-alive comments between. Ends when the site closes.
    public func listen() -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream.makeStream(of: [UInt8].self, bufferingPolicy: .bufferingNewest(8))
        guard !isClosed else {
            continuation.finish()
            return stream
        }
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        continuation.yield(Array("retry: 1000\n".utf8) + (current.map { Self.event($0.version) } ?? Array("\n".utf8)))
        return stream
    }

    /// How many pages are listening.
    public var listenerCount: Int { listeners.count }

    /// A comment to every listener: a closed connection shows up on the write and is dropped.
    public func keepAlive() {
        for listener in listeners.values { listener.yield(Array(": keep-alive\n\n".utf8)) }
    }

    /// Ends every listener's stream (shutting down); later listeners get an ended stream.
    public func close() {
        isClosed = true
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }

    private func remove(_ id: Int) {
        listeners[id] = nil
    }

    /// One server-sent event carrying `version`.
    static func event(_ version: String) -> [UInt8] {
        Array("data: \(version)\n\n".utf8)
    }
}
