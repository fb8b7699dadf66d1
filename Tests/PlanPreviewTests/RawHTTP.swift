import Foundation

/// A plain TCP client for the server tests: what goes on the wire, with timeouts, and no
/// HTTP library between the test and the server.
final class RawHTTP: @unchecked Sendable {
    let fd: Int32
    private(set) var received: [UInt8] = []

    /// Connects to `ip` (IPv4) and `port`; `nil` when the connection is refused.
    init?(ip: String, port: UInt16) {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, ip, &address.sin_addr)
        let result = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        if result != 0 {
            Foundation.close(fd)
            return nil
        }
    }

    deinit { Foundation.close(fd) }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Foundation.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// A GET request for `path` with `host` as its Host header.
    func get(_ path: String, host: String, close: Bool = true) {
        send("GET \(path) HTTP/1.1\r\nHost: \(host)\r\n\(close ? "Connection: close\r\n" : "")\r\n")
    }

    /// Reads until `done` holds for what was received (as text) or the connection ends or the
    /// time is up; returns the text received. The blocking reads run on a thread of their own:
    /// on Swift's cooperative threads (two on a two-core machine, shared with every test
    /// running at the time) they could keep the server under test from answering.
    @discardableResult
    func read(timeout: Duration = .seconds(120), until done: @escaping @Sendable (String) -> Bool = { _ in false }) async -> String {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { [self] in
                continuation.resume(returning: readBlocking(timeout: timeout, until: done))
            }
        }
    }

    private func readBlocking(timeout: Duration, until done: (String) -> Bool) -> String {
        let deadline = ContinuousClock.now + timeout
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !done(text), ContinuousClock.now < deadline {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) >= 0 else { break }
            if poller.revents == 0 { continue }
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            received += buffer[0..<n]
        }
        return text
    }

    var text: String { String(decoding: received, as: UTF8.self) }

    /// The status code of the response received.
    var status: Int? {
        let parts = text.split(separator: " ", maxSplits: 2)
        return parts.count > 1 ? Int(parts[1]) : nil
    }
}
