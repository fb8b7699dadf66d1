import Foundation
import FlyingSocks

/// The listening side of the preview: the address to bind, and a started ``PreviewHTTPServer``.
public enum PreviewListener {
    /// The socket address of `host` (an IPv4 or IPv6 literal) and `port`.
    static func address(host: String, port: UInt16) throws -> any SocketAddress {
        if let v4 = try? sockaddr_in.inet(ip4: host, port: port) { return v4 }
        if let v6 = try? sockaddr_in6.inet6(ip6: host, port: port) { return v6 }
        throw StartFailure.notAnAddress(host)
    }

    /// Whether `host` is an IPv4 or IPv6 address the preview can listen on.
    public static func isAddress(_ host: String) -> Bool {
        (try? address(host: host, port: 0)) != nil
    }

    /// `host:port` as in a URL (an IPv6 address in brackets).
    public static func authority(_ host: String, _ port: UInt16) -> String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// A server listening on `host` and `port` (port 0: one the system chooses) that serves
    /// `site` (only to this machine when `host` is a loopback address), and the port it
    /// listens on. Throws ``StartFailure``.
    public static func start(host: String, port: UInt16, site: PreviewSite) async throws -> Started {
        let handler = PreviewHandler(site: site, loopback: LoopbackGuard(loopbackOnly: LoopbackGuard.isLoopbackIP(host)))
        // The timeout bounds a handler, not a connection: a page opened during the first build of
        // a large plan waits for it (an event stream's handler returns at once).
        let server = PreviewHTTPServer(address: try address(host: host, port: port), timeout: .seconds(300)) { request, peer in
            await handler.answer(request, from: peer)
        }
        let failure = Locked<SocketError?>(nil)
        let stopped = AsyncStream.makeStream(of: String.self)
        let running = Task {
            do {
                try await server.run()
                stopped.continuation.yield("the listening socket closed")
            } catch {
                failure.value = (error as? SocketError) ?? .failed(type: "run", errno: 0, message: "\(error)")
                stopped.continuation.yield("\(error)")
            }
            stopped.continuation.finish()
        }
        while !(await server.isListening) {
            if let error = failure.value {
                if case .failed(_, let code, _) = error, code == EADDRINUSE { throw StartFailure.portInUse(host: host, port: port) }
                if case .failed(_, _, let message) = error { throw StartFailure.cannotListen(host: host, port: port, reason: message) }
                throw StartFailure.cannotListen(host: host, port: port, reason: "\(error)")
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
        var listening = port
        switch await server.listeningAddress {
        case .ip4(_, let p)?, .ip6(_, let p)?: listening = p
        default: break
        }
        return Started(server: server, port: listening, running: running, stopped: stopped.stream)
    }

    /// A server that listens.
    public struct Started: Sendable {
        public let server: PreviewHTTPServer
        /// The port it listens on.
        public let port: UInt16
        let running: Task<Void, Never>
        /// Yields why the server stopped on its own (it should not).
        let stopped: AsyncStream<String>

        /// Stops listening, lets the connections end (at most `timeout` seconds).
        public func stop(timeout: TimeInterval = 2) async {
            await server.stop(timeout: timeout)
            running.cancel()
        }
    }
}
