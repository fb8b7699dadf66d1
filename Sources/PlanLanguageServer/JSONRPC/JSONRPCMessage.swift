import Foundation

/// A JSON-RPC request ID: a number or a string.
public enum RequestID: Codable, Hashable, Sendable {
    case number(Int)
    case string(String)

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Int.self) { self = .number(n) } else { self = .string(try c.decode(String.self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let n): try c.encode(n)
        case .string(let s): try c.encode(s)
        }
    }
}

/// The error codes the server answers with (JSON-RPC 2.0 and LSP 3.17).
public enum ErrorCode: Int, Codable, Sendable {
    case parseError = -32700
    case invalidRequest = -32600
    case methodNotFound = -32601
    case invalidParams = -32602
    case internalError = -32603
    case serverNotInitialized = -32002
    case invalidRequestAfterShutdown = -32000
}

/// The error of a failed request.
public struct ResponseError: Codable, Hashable, Sendable, Error {
    public var code: Int
    public var message: String

    public init(_ code: ErrorCode, _ message: String) {
        self.code = code.rawValue
        self.message = message
    }
}

/// One message from the client as read from a frame: a request (ID and method), a
/// notification (method only) or a response to the server (ID only, ignored). The body is kept
/// to decode the params into their typed form.
public struct IncomingMessage: Sendable {
    public var id: RequestID?
    public var method: String?
    public var body: [UInt8]

    private struct Envelope: Decodable {
        var jsonrpc: String?
        var id: RequestID?
        var method: String?
    }

    private struct Params<P: Decodable>: Decodable {
        var params: P
    }

    /// Decodes a frame's body. Invalid UTF-8 or JSON is a parse error; JSON that is not a
    /// JSON-RPC 2.0 message is an invalid request (with the ID when one could be read).
    public static func decode(_ body: [UInt8]) -> Result<IncomingMessage, FailedMessage> {
        guard String(validating: body, as: UTF8.self) != nil else {
            return .failure(FailedMessage(id: nil, error: ResponseError(.parseError, "message body is not valid UTF-8")))
        }
        let data = Data(body)
        guard (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil else {
            return .failure(FailedMessage(id: nil, error: ResponseError(.parseError, "message body is not valid JSON")))
        }
        guard let envelope = try? JSONDecoder().decode(Envelope.self, from: data) else {
            return .failure(FailedMessage(id: nil, error: ResponseError(.invalidRequest, "message is not a JSON-RPC object with a string method and a number or string id")))
        }
        guard envelope.jsonrpc == "2.0" else {
            return .failure(FailedMessage(id: envelope.id, error: ResponseError(.invalidRequest, "message is not JSON-RPC 2.0 (\"jsonrpc\": \"2.0\" missing)")))
        }
        return .success(IncomingMessage(id: envelope.id, method: envelope.method, body: body))
    }

    /// The message's `params` decoded as `P`; an invalid-params error when they do not fit.
    public func params<P: Decodable>(_ type: P.Type) throws(ResponseError) -> P {
        do {
            return try JSONDecoder().decode(Params<P>.self, from: Data(body)).params
        } catch {
            throw ResponseError(.invalidParams, "params of \(method ?? "the message") do not fit: \(error)")
        }
    }
}

/// A message that could not be read, and the error to answer it with.
public struct FailedMessage: Error, Sendable {
    public var id: RequestID?
    public var error: ResponseError
}

/// A response: exactly one of `result` (which may be JSON `null`) and `error`.
public struct ResponseMessage<Result: Encodable>: Encodable {
    public var id: RequestID?
    public var result: Result?
    public var error: ResponseError?

    private enum CodingKeys: String, CodingKey { case jsonrpc, id, result, error }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode("2.0", forKey: .jsonrpc)
        if let id { try c.encode(id, forKey: .id) } else { try c.encodeNil(forKey: .id) }
        if let error { try c.encode(error, forKey: .error) } else if let result { try c.encode(result, forKey: .result) } else { try c.encodeNil(forKey: .result) }
    }
}

/// A notification from the server (`textDocument/publishDiagnostics`).
public struct NotificationMessage<Params: Encodable>: Encodable {
    public var jsonrpc = "2.0"
    public var method: String
    public var params: Params

    public init(method: String, params: Params) {
        self.method = method
        self.params = params
    }
}
