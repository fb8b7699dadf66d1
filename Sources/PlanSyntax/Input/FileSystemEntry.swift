import Foundation

/// The few file-system questions the input walk asks, answered with the system's own calls so
/// that names stay bytes (a name that is not UTF-8 is seen, not dropped) and every failure keeps
/// its reason.
enum FileSystemEntry {
    /// What a path is.
    enum Kind: Sendable, Equatable {
        case folder
        case regularFile
        case link
        /// A named pipe, socket or device.
        case other
    }

    /// One entry of a folder: its name's bytes and, when the listing says it, its kind.
    struct Listed: Sendable {
        var name: [UInt8]
        var kind: Kind?
    }

    /// The kind of `path`; with `following`, of what its links lead to. The failure is `errno`.
    static func kind(of path: String, following: Bool) -> Result<Kind, SystemError> {
        var info = stat()
        let status = following ? stat(path, &info) : lstat(path, &info)
        guard status == 0 else { return .failure(SystemError()) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .success(.folder)
        case S_IFREG: return .success(.regularFile)
        case S_IFLNK: return .success(.link)
        default: return .success(.other)
        }
    }

    /// The absolute path of `path` with every link, `.` and `..` resolved.
    static func resolved(_ path: String) -> Result<String, SystemError> {
        guard let pointer = realpath(path, nil) else { return .failure(SystemError()) }
        defer { free(pointer) }
        return .success(String(cString: pointer))
    }

    /// The text of the link at `path` (what it points at, as written), `nil` if it is not one.
    static func linkText(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The entries of the folder at `path`, `.` and `..` left out, in no particular order.
    static func entries(of path: String) -> Result<[Listed], SystemError> {
        guard let folder = opendir(path) else { return .failure(SystemError()) }
        defer { closedir(folder) }
        var out: [Listed] = []
        while true {
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 { return .failure(SystemError()) }
                return .success(out)
            }
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: Int(NAME_MAX) + 1) { bytes in
                    Array(UnsafeBufferPointer(start: bytes, count: strlen(UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self))))
                }
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            out.append(Listed(name: name, kind: kind(ofType: entry.pointee.d_type)))
        }
    }

    private static func kind(ofType type: UInt8) -> Kind? {
        switch Int32(type) {
        case Int32(DT_DIR): .folder
        case Int32(DT_REG): .regularFile
        case Int32(DT_LNK): .link
        case Int32(DT_UNKNOWN): nil
        default: .other
        }
    }

    /// `name` inside `folder`, with one `/` between them.
    static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}

/// A failed system call's `errno`, and the system's sentence for it.
struct SystemError: Error, Sendable, Equatable {
    var code: Int32
    var reason: String

    /// The failure of the call that just returned (reads `errno`).
    init() {
        code = errno
        reason = String(cString: strerror(code))
    }
}
