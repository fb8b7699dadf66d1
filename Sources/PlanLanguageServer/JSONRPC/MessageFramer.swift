/// Splits a byte stream into JSON-RPC message bodies framed by `Content-Length` headers (the
/// LSP base protocol: header lines ending in CRLF, an empty line, then exactly that many bytes).
///
/// Bytes are fed as they arrive; every complete frame comes out as `.message(body)`. A header
/// block without a usable `Content-Length` comes out as `.malformed(reason)` and is skipped, so
/// one bad message never stops the stream. A header block that never ends is dropped once it
/// passes ``maximumHeaderBytes``; a body longer than ``maximumBodyBytes`` is refused and its bytes
/// discarded.
public struct MessageFramer: Sendable {
    /// What one frame turned out to be.
    public enum Frame: Equatable, Sendable {
        case message([UInt8])
        case malformed(String)
    }

    public static let maximumHeaderBytes = 64 * 1024
    public static let maximumBodyBytes = 256 * 1024 * 1024

    private var buffer: [UInt8] = []
    private var start = 0
    /// Bytes of a refused body still to discard.
    private var discarding = 0

    public init() {}

    /// Adds bytes read from the stream and returns the frames they complete, in order.
    public mutating func feed(_ bytes: [UInt8]) -> [Frame] {
        buffer += bytes
        var frames: [Frame] = []
        while let frame = next() { frames.append(frame) }
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        return frames
    }

    private mutating func next() -> Frame? {
        if discarding > 0 {
            let n = min(discarding, buffer.count - start)
            start += n
            discarding -= n
            if discarding > 0 { return nil }
        }
        guard let headerEnd = Self.find([13, 10, 13, 10], in: buffer, from: start) else {
            if buffer.count - start > Self.maximumHeaderBytes {
                start = buffer.count
                return .malformed("header block longer than \(Self.maximumHeaderBytes) bytes without an empty line")
            }
            return nil
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        let bodyStart = headerEnd + 4
        var length: Int?
        for line in header.split(separator: "\r\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else {
                start = bodyStart
                return .malformed("header line without a colon: '\(line.prefix(80))'")
            }
            let name = line[..<colon].trimmingSpaces.lowercased()
            if name == "content-length" {
                let value = line[line.index(after: colon)...].trimmingSpaces
                guard let n = Int(value), n >= 0 else {
                    start = bodyStart
                    return .malformed("Content-Length is not a byte count: '\(value.prefix(40))'")
                }
                length = n
            }
        }
        guard let length else {
            start = bodyStart
            return .malformed("header block has no Content-Length")
        }
        if length > Self.maximumBodyBytes {
            start = bodyStart
            discarding = length
            return .malformed("Content-Length \(length) is more than \(Self.maximumBodyBytes) bytes")
        }
        guard buffer.count - bodyStart >= length else { return nil }
        start = bodyStart + length
        return .message(Array(buffer[bodyStart..<start]))
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard haystack.count - from >= needle.count else { return nil }
        var i = from
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0], haystack[i + 1] == needle[1], haystack[i + 2] == needle[2], haystack[i + 3] == needle[3] { return i }
            i += 1
        }
        return nil
    }

    /// `body` framed for writing: the `Content-Length` header, an empty line, the body.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}

private extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
