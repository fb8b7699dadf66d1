import FlyingSocks

/// Refuses what does not come from this machine while the server listens on loopback (the
/// default): a peer that is not a loopback address, and a `Host` header that names another host
/// (a web page elsewhere that points a name of its own at 127.0.0.1, "DNS rebinding", must not
/// read the plan). With `--host` the user chose to share: everything is allowed.
public struct LoopbackGuard: Sendable {
    /// Whether only this machine may connect.
    public var loopbackOnly: Bool

    public init(loopbackOnly: Bool) {
        self.loopbackOnly = loopbackOnly
    }

    /// Whether a request with `host` (the `Host` header) from `peer` is answered.
    public func allows(host: String?, peer: Socket.Address?) -> Bool {
        guard loopbackOnly else { return true }
        if let peer {
            switch peer {
            case .ip4(let ip, _): guard Self.isLoopbackIP(ip) else { return false }
            case .ip6(let ip, _): guard Self.isLoopbackIP(ip) else { return false }
            case .unix: return false
            }
        }
        guard let host else { return true }
        return Self.isLoopbackIP(Self.hostName(host)) || Self.hostName(host).lowercased() == "localhost"
    }

    /// Whether `ip` is a loopback address: `127.x.x.x`, `::1`, or `127.x.x.x` mapped into IPv6.
    public static func isLoopbackIP(_ ip: String) -> Bool {
        let ip = ip.lowercased()
        if ip == "::1" { return true }
        let v4 = ip.hasPrefix("::ffff:") ? String(ip.dropFirst("::ffff:".count)) : ip
        let parts = v4.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// The name in a `Host` header, without its port and IPv6 brackets.
    static func hostName(_ host: String) -> String {
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            return String(host[host.index(after: host.startIndex)..<close])
        }
        if let colon = host.lastIndex(of: ":") { return String(host[..<colon]) }
        return host
    }
}
