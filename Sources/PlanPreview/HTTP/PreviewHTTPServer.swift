import Foundation
import FlyingSocks

/// The preview's HTTP/1.1 server, on FlyingSocks' non-blocking sockets: reads each request's
/// head, answers it with the handler (within a time limit), keeps the connection for the next
/// request unless either side closes it, and streams an answer of chunks as they come.
///
/// It is all `rrp preview` needs of a web server, and no more: FlyingFox's server, used before,
/// links FoundationNetworking (for a proxy handler the preview never used) and through it libcurl
/// and about thirty other shared libraries that every `rrp` command then loaded at start-up
/// (about 5 ms before `main`).
public actor PreviewHTTPServer {
    /// Answers a request from `peer`.
    typealias Handler = @Sendable (HTTPRequestHead, Socket.Address?) async -> HTTPAnswer

    private let address: any SocketAddress
    private let timeout: Duration
    private let handler: Handler
    private let pool: SocketPool<ePoll>
    private var state: (socket: Socket, task: Task<Void, any Error>)?

    /// A server for `address` (not listening yet: ``run()``); a handler that takes longer than
    /// `timeout` is answered with 500.
    init(address: any SocketAddress, timeout: Duration, handler: @escaping Handler) {
        self.address = address
        self.timeout = timeout
        self.handler = handler
        pool = .ePoll()
    }

    /// Whether the server listens.
    public var isListening: Bool { state != nil }

    /// The address it listens on (with the port the system chose for port 0).
    public var listeningAddress: Socket.Address? {
        try? state?.socket.sockname()
    }

    /// Listens and serves until ``stop(timeout:)`` or cancellation; throws `SocketError` when it
    /// cannot listen.
    func run() async throws {
        guard state == nil else { throw SocketError.failed(type: "run", errno: 0, message: "already running") }
        try await pool.prepare()
        let socket = try Socket(domain: Int32(type(of: address).family))
        do {
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: address)
            try socket.listen()
        } catch {
            try? socket.close()
            throw error
        }
        let task = Task { try await serve(on: socket) }
        state = (socket, task)
        defer { state = nil }
        try await withTaskCancellationHandler {
            try await task.value
        } onCancel: {
            task.cancel()
        }
    }

    /// Stops listening and lets the connections end, for at most `timeout` seconds (then they
    /// are cancelled: an open event stream ends).
    public func stop(timeout: TimeInterval = 0) async {
        guard let (socket, task) = state else { return }
        state = nil
        try? socket.close()
        let deadline = Task {
            try? await Task.sleep(for: .seconds(timeout))
            task.cancel()
        }
        _ = try? await task.value
        deadline.cancel()
    }

    /// Runs the socket pool and accepts connections, each served by a task of its own.
    private func serve(on socket: Socket) async throws {
        let listening = try AsyncSocket(socket: socket, pool: pool)
        let (handler, timeout, pool) = (handler, timeout, pool)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pool.run() }
            group.addTask {
                try await withThrowingDiscardingTaskGroup { connections in
                    for try await client in listening.sockets {
                        connections.addTask { await Self.converse(with: client, handler: handler, timeout: timeout) }
                    }
                }
                throw SocketError.disconnected
            }
            try await group.next()
        }
    }

    /// Reads requests from `client` and answers each until the connection ends.
    private static func converse(with client: AsyncSocket, handler: @escaping Handler, timeout: Duration) async {
        defer { try? client.close() }
        let peer = try? client.socket.remotePeer()
        var pending: [UInt8] = []
        do {
            while true {
                var end = HTTPRequestHead.end(in: pending)
                while end == nil {
                    guard pending.count <= HTTPRequestHead.limit else {
                        try await send(.text(431, "the request's header fields are too large\n"), keepAlive: false, to: client)
                        return
                    }
                    pending += try await client.read(atMost: 4096)
                    end = HTTPRequestHead.end(in: pending)
                }
                guard let length = end, let head = HTTPRequestHead(pending[..<length]) else {
                    try await send(.text(400, "malformed request\n"), keepAlive: false, to: client)
                    return
                }
                pending.removeFirst(length)
                // A body (the preview's methods send none) is skipped; one of unknown length
                // ends the connection after the answer.
                var keepAlive = head.keepsAlive && head["Transfer-Encoding"] == nil
                if let declared = head["Content-Length"] {
                    guard let bodyLength = Int(declared), bodyLength >= 0 else {
                        try await send(.text(400, "malformed request\n"), keepAlive: false, to: client)
                        return
                    }
                    if bodyLength <= pending.count { pending.removeFirst(bodyLength) } else {
                        pending.removeAll()
                        keepAlive = false
                    }
                }
                let answer = await answering(head, from: peer, handler: handler, timeout: timeout)
                if case .stream = answer.body { keepAlive = false }
                try await send(answer, keepAlive: keepAlive, to: client)
                guard keepAlive else { return }
            }
        } catch {
            return
        }
    }

    /// The handler's answer, or 500 when it takes longer than `timeout`.
    private static func answering(_ head: HTTPRequestHead, from peer: Socket.Address?, handler: @escaping Handler, timeout: Duration) async -> HTTPAnswer {
        await withTaskGroup(of: HTTPAnswer?.self) { group in
            group.addTask { await handler(head, peer) }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? .text(500, "the preview did not answer in time\n")
        }
    }

    /// Writes `answer` to `client`: a whole body with its length, a stream chunk by chunk.
    private static func send(_ answer: HTTPAnswer, keepAlive: Bool, to client: AsyncSocket) async throws {
        let connection: [(name: String, value: String)] = keepAlive ? [] : [("Connection", "close")]
        switch answer.body {
        case .bytes(let body, let sendsBody):
            var bytes = answer.head([("Content-Length", String(body.count))] + connection)
            if sendsBody { bytes += body }
            try await client.write(Data(bytes))
        case .stream(let chunks):
            try await client.write(Data(answer.head([("Transfer-Encoding", "chunked")] + connection)))
            for await chunk in chunks where !chunk.isEmpty {
                try await client.write(Data(HTTPAnswer.chunk(chunk)))
            }
            try await client.write(Data(HTTPAnswer.lastChunk))
        }
    }
}
