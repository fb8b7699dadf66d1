import Foundation

/// What the input tests put on disk besides plain files: links, pipes, names that are not UTF-8.
extension TemporaryDirectory {
    /// A symbolic link at `relative` (folders created) whose text is `target`; returns its path.
    @discardableResult
    public func link(_ relative: String, to target: String) throws -> String {
        let full = (path as NSString).appendingPathComponent(relative)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: full, withDestinationPath: target)
        return full
    }

    /// A named pipe at `relative`; returns its path.
    @discardableResult
    public func fifo(_ relative: String) throws -> String {
        let full = (path as NSString).appendingPathComponent(relative)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard mkfifo(full, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
        return full
    }

    /// A file named by raw bytes (`name`, which need not be UTF-8) inside the folder `folder`.
    public func write(in folder: String, rawName name: [UInt8], _ text: String) throws {
        let dir = (path as NSString).appendingPathComponent(folder)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let full = Array(dir.utf8) + [0x2F] + name + [0]
        let fd = full.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) } }
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Foundation.write(fd, $0.baseAddress, $0.count) }) == bytes.count else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Sets the permission bits of `relative` (`0o000` makes it unreadable, except to root).
    public func chmod(_ relative: String, _ mode: mode_t) throws {
        let full = (path as NSString).appendingPathComponent(relative)
        guard Foundation.chmod(full, mode) == 0 else { throw CocoaError(.fileWriteNoPermission) }
    }
}
