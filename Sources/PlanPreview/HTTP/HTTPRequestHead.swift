/// The head of an HTTP/1.x request as the preview reads it: the request line and the headers
/// (the preview answers only `GET` and `HEAD`, whose requests have no body).
struct HTTPRequestHead: Sendable, Equatable {
    /// `GET`, `HEAD`... as sent.
    var method: String
    /// The target's path, before any `?` or `#`, with `.` and `..` segments resolved (still
    /// percent-encoded, as sent).
    var path: String
    /// `HTTP/1.1` or `HTTP/1.0`.
    var version: String
    /// The header fields in the order sent (names as sent).
    var headers: [(name: String, value: String)]

    /// The largest head read: a longer one is refused (the preview's requests are a few hundred
    /// bytes).
    static let limit = 64 * 1024

    static func == (a: HTTPRequestHead, b: HTTPRequestHead) -> Bool {
        a.method == b.method && a.path == b.path && a.version == b.version
            && a.headers.map(\.name) == b.headers.map(\.name) && a.headers.map(\.value) == b.headers.map(\.value)
    }

    /// The value of the first header named `name` (names compared without case).
    subscript(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Whether the connection stays open after the answer: HTTP/1.1 unless `Connection: close`,
    /// HTTP/1.0 only with `Connection: keep-alive`.
    var keepsAlive: Bool {
        let connection = self["Connection"]?.lowercased()
        return version == "HTTP/1.0" ? connection == "keep-alive" : connection != "close"
    }

    /// Where the head in `bytes` ends (after its blank line: `\r\n\r\n`, or bare line feeds),
    /// or `nil` when it is not complete.
    static func end(in bytes: [UInt8]) -> Int? {
        var i = 1
        while i < bytes.count {
            if bytes[i] == 0x0A {
                if bytes[i - 1] == 0x0A { return i + 1 }
                if bytes[i - 1] == 0x0D, i >= 2, bytes[i - 2] == 0x0A { return i + 1 }
            }
            i += 1
        }
        return nil
    }

    /// The head in `bytes` (up to and with its blank line); `nil` when the request line or a
    /// header line is malformed.
    init?(_ bytes: ArraySlice<UInt8>) {
        // Lines split on the bytes: as `Character`s, `\r\n` is one.
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            Substring(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let requestLine = lines.first else { return nil }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1."), !parts[0].isEmpty else { return nil }
        method = String(parts[0])
        version = String(parts[2])
        let target = parts[1]
        let beforeQuery = target.prefix { $0 != "?" && $0 != "#" }
        guard let resolved = Self.resolveDotSegments(String(beforeQuery)) else { return nil }
        path = resolved
        headers = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon]
            guard !name.isEmpty, !name.contains(" ") else { return nil }
            let value = line[line.index(after: colon)...].trimmingSpaces()
            headers.append((String(name), String(value)))
        }
    }

    /// `path` with `.` and `..` segments removed (RFC 3986, 5.2.4); a `..` above the root stays
    /// at the root. `nil` when the path does not start with `/` (the preview takes no absolute
    /// or authority form targets).
    static func resolveDotSegments(_ path: String) -> String? {
        guard path.hasPrefix("/") else { return nil }
        var kept: [Substring] = []
        let segments = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let last = index == segments.count - 1
            switch segment {
            case ".":
                if last { kept.append("") }
            case "..":
                if !kept.isEmpty { kept.removeLast() }
                if last { kept.append("") }
            default:
                kept.append(segment)
            }
        }
        return "/" + kept.joined(separator: "/")
    }
}

private extension Substring {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> Substring {
        let start = firstIndex { $0 != " " && $0 != "\t" } ?? endIndex
        let end = lastIndex { $0 != " " && $0 != "\t" }.map(index(after:)) ?? start
        return self[start..<Swift.max(start, end)]
    }
}
