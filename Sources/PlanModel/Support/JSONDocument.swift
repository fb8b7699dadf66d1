/// A JSON document read with the byte offset of every value, so that a finding in a funding
/// file points at its record (Foundation's reader forgets where values were); also the reader of
/// the shipped map outlines (Foundation's `JSONDecoder` spent about 700 instructions a byte on them).
///
/// RFC 8259, nesting limited to ``maximumDepth`` (a deeper document is an error, never a stack
/// overflow).
public indirect enum JSONValue: Sendable {
    case object([(key: String, value: JSONNode)])
    case array([JSONNode])
    case string(String)
    /// A number as written.
    case number(String)
    case bool(Bool)
    case null
}

/// A value and the byte range it was written in.
public struct JSONNode: Sendable {
    public var value: JSONValue
    public var start: Int
    public var end: Int

    /// The member `key` of an object (the first one when written twice).
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The items of an array; empty for anything else.
    public var items: [JSONNode] {
        if case .array(let items) = value { return items }
        return []
    }

    /// A string's text, or a number as written.
    public var text: String? {
        switch value {
        case .string(let s), .number(let s): s
        default: nil
        }
    }
}

/// Why a JSON document could not be read, and where.
public struct JSONSyntaxError: Error, Sendable {
    public var offset: Int
    public var message: String
}

/// The reader.
public struct JSONDocument {
    public static let maximumDepth = 256

    private let bytes: [UInt8]
    private var i = 0
    /// With ``parse(_:streaming:each:)``: the member names that lead to the streamed array.
    private var path: [String] = []
    private var each: ((JSONNode) -> Void)?

    /// The document in `bytes`, or where and why it is not JSON.
    public static func parse(_ bytes: [UInt8]) -> Result<JSONNode, JSONSyntaxError> {
        parse(bytes, streaming: [], each: nil)
    }

    /// The document in `bytes`, except that the items of the array reached through the member
    /// names `path` (`["data", "flows"]`) are handed to `each` one by one, in order, and not kept
    /// (that array is empty in the returned tree): a large list is read without holding it all.
    public static func parse(_ bytes: [UInt8], streaming path: [String], each: ((JSONNode) -> Void)?) -> Result<JSONNode, JSONSyntaxError> {
        var reader = JSONDocument(bytes: bytes)
        reader.path = path
        reader.each = each
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { reader.i = 3 }
        do {
            let node = try reader.value(depth: 0, matched: path.isEmpty ? nil : 0)
            reader.skipSpace()
            guard reader.i == bytes.count else { throw JSONSyntaxError(offset: reader.i, message: "text after the end of the document") }
            return .success(node)
        } catch let error as JSONSyntaxError {
            return .failure(error)
        } catch {
            return .failure(JSONSyntaxError(offset: 0, message: "\(error)"))
        }
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private func fail(_ message: String) -> JSONSyntaxError { JSONSyntaxError(offset: min(i, bytes.count), message: message) }

    /// `matched`: how many names of `path` lead here (`nil`: off the path).
    private mutating func value(depth: Int, matched: Int? = nil) throws -> JSONNode {
        skipSpace()
        guard depth < Self.maximumDepth else { throw fail("nesting deeper than \(Self.maximumDepth) levels") }
        guard i < bytes.count else { throw fail("the document ends where a value is expected") }
        let start = i
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var members: [(key: String, value: JSONNode)] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
                return JSONNode(value: .object(members), start: start, end: i)
            }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a member name in double quotes") }
                let key = try string()
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':' after a member name") }
                i += 1
                let next = matched.flatMap { $0 < path.count && path[$0] == key ? $0 + 1 : nil }
                members.append((key, try value(depth: depth + 1, matched: next)))
                skipSpace()
                guard i < bytes.count else { throw fail("the document ends inside an object") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                guard bytes[i] == UInt8(ascii: "}") else { throw fail("expected ',' or '}' in an object") }
                i += 1
                return JSONNode(value: .object(members), start: start, end: i)
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [JSONNode] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
                i += 1
                return JSONNode(value: .array(items), start: start, end: i)
            }
            let streams = matched == path.count && each != nil
            while true {
                let item = try value(depth: depth + 1)
                if streams { each?(item) } else { items.append(item) }
                skipSpace()
                guard i < bytes.count else { throw fail("the document ends inside an array") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                guard bytes[i] == UInt8(ascii: "]") else { throw fail("expected ',' or ']' in an array") }
                i += 1
                return JSONNode(value: .array(items), start: start, end: i)
            }
        case UInt8(ascii: "\""):
            let s = try string()
            return JSONNode(value: .string(s), start: start, end: i)
        case UInt8(ascii: "t"): return try word("true", .bool(true), start)
        case UInt8(ascii: "f"): return try word("false", .bool(false), start)
        case UInt8(ascii: "n"): return try word("null", .null, start)
        default:
            while i < bytes.count, Self.isNumberByte(bytes[i]) { i += 1 }
            guard i > start else { throw fail("unexpected character") }
            return JSONNode(value: .number(String(decoding: bytes[start..<i], as: UTF8.self)), start: start, end: i)
        }
    }

    private static func isNumberByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".")
            || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
    }

    private mutating func word(_ w: String, _ value: JSONValue, _ start: Int) throws -> JSONNode {
        let count = w.utf8.count
        guard i + count <= bytes.count, bytes[i..<(i + count)].elementsEqual(w.utf8) else { throw fail("unexpected word") }
        i += count
        return JSONNode(value: value, start: start, end: i)
    }

    /// A string starting at the opening quote at `i`; `i` ends after the closing quote.
    private mutating func string() throws -> String {
        i += 1
        let start = i
        // Fast path: no escapes.
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
        guard i < bytes.count else { throw fail("the document ends inside a string") }
        if bytes[i] == UInt8(ascii: "\"") {
            i += 1
            return String(decoding: bytes[start..<(i - 1)], as: UTF8.self)
        }
        var out = Array(bytes[start..<i])
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b != UInt8(ascii: "\\") {
                out.append(b)
                i += 1
                continue
            }
            guard i + 1 < bytes.count else { break }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard var scalar = hex4() else { throw fail("expected four hex digits after \\u") }
                if (0xD800..<0xDC00).contains(scalar), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                    i += 2
                    guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { throw fail("a high surrogate without its low surrogate") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                out += Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
            default: out.append(e)
            }
        }
        throw fail("the document ends inside a string")
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else { return nil }
        i += 4
        return v
    }
}
