import Foundation

/// File modes as the system reports them, for tests of what `rrp` gives the files it writes.
public enum FileModes {
    /// The permission and special bits (`0o7777`) of `path`, a link not followed.
    public static func of(_ path: String) -> Int {
        var info = stat()
        return lstat(path, &info) == 0 ? Int(info.st_mode & 0o7777) : -1
    }

    /// The mode of a file made new: `0644` minus the process's umask (read from
    /// `/proc/self/status`, without setting it).
    public static var newFile: Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") } ?? "Umask: 0022"
        let mask = Int(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8) ?? 0o022
        return 0o644 & ~mask
    }
}
