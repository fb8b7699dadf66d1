#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a ``LanguageServer`` over standard input and output until `exit` or the end of input.
public enum StandardIOTransport {
    /// Serves until `exit` (returns 0 after `shutdown`, else 1) or the end of input (1).
    public static func run(_ server: LanguageServer = LanguageServer()) -> Int32 {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while server.exitStatus == nil {
            let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return 1 }
            write(server.receive(Array(buffer[..<n])))
        }
        return server.exitStatus ?? 1
    }

    private static func write(_ bytes: [UInt8]) {
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return }
            written += n
        }
    }
}
