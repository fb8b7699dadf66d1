/// An answer of the preview's HTTP server: the status, header fields, and a body sent whole (with
/// its `Content-Length`) or as a stream of chunks (`Transfer-Encoding: chunked`).
struct HTTPAnswer: Sendable {
    enum Body: Sendable {
        /// The whole body; `sendsBody` false for `HEAD` (the length is still sent).
        case bytes([UInt8], sendsBody: Bool)
        /// Each element sent as one chunk as soon as it is made; the end of the stream ends the
        /// body (the server-sent events).
        case stream(AsyncStream<[UInt8]>)
    }

    var status: Int
    /// Header fields in the order they are sent (the length, the transfer coding and
    /// `Connection` are added when the answer is sent).
    var headers: [(name: String, value: String)]
    var body: Body

    /// A plain-text answer.
    static func text(_ status: Int, _ message: String) -> HTTPAnswer {
        HTTPAnswer(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: .bytes(Array(message.utf8), sendsBody: true))
    }

    /// The reason phrase of the statuses the preview sends.
    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        default: "Error"
        }
    }

    /// The status line and header fields, with `extra` fields after the answer's own, and the
    /// blank line that ends them.
    func head(_ extra: [(name: String, value: String)]) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(Self.phrase(status))\r\n"
        for (name, value) in headers + extra {
            text += "\(name): \(value)\r\n"
        }
        text += "\r\n"
        return Array(text.utf8)
    }

    /// One chunk of a chunked body: its length in hexadecimal, the bytes, a line end.
    static func chunk(_ bytes: [UInt8]) -> [UInt8] {
        Array((String(bytes.count, radix: 16) + "\r\n").utf8) + bytes + [0x0D, 0x0A]
    }

    /// The last chunk of a chunked body (no trailer fields).
    static let lastChunk: [UInt8] = Array("0\r\n\r\n".utf8)
}
