/// Why `rrp preview` could not start listening.
public enum StartFailure: Error, CustomStringConvertible, Equatable {
    /// Another program (another `rrp preview`?) listens on the port.
    case portInUse(host: String, port: UInt16)
    /// Any other failure to listen, with the system's reason.
    case cannotListen(host: String, port: UInt16, reason: String)
    /// `--host` is not an IP address.
    case notAnAddress(String)

    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            "cannot listen on \(PreviewListener.authority(host, port)): the port is in use (another rrp preview?); choose another with --port"
        case .cannotListen(let host, let port, let reason):
            "cannot listen on \(PreviewListener.authority(host, port)): \(reason)"
        case .notAnAddress(let host):
            "--host: '\(host)' is not an IP address (use 127.0.0.1, ::1, or an address of this machine)"
        }
    }
}
