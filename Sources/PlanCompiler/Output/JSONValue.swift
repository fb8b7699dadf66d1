/// A JSON value with a deterministic writer: object keys sorted by their UTF-8 bytes, integers
/// written exactly, no insignificant whitespace except a newline at the end of the document.
public indirect enum JSONValue: Sendable, Hashable {
    /// Members sorted by key (see ``object(_:)``), written in that order.
    case object([JSONMember])
    case array([JSONValue])
    case string(String)
    case integer(Int64)
    /// A number already formatted (fixed decimals), written as is.
    case decimal(String)
    case bool(Bool)
    case null

    /// The value as UTF-8 bytes.
    public func encoded() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(into: &out)
        out.append(0x0A)
        return out
    }

    func write(into out: inout [UInt8]) {
        switch self {
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (i, member) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.writeString(member.key, into: &out)
                out.append(UInt8(ascii: ":"))
                member.value.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .integer(let n): JSONValue.writeInteger(n, into: &out)
        case .decimal(let text): out += Array(text.utf8)
        case .bool(let b): out += Array((b ? "true" : "false").utf8)
        case .null: out += Array("null".utf8)
        }
    }

    /// Writes `s` quoted and escaped; runs of bytes that need no escape are copied at once.
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var text = s
        text.withUTF8 { bytes in
            var start = 0
            for i in 0..<bytes.count {
                let byte = bytes[i]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                escape(byte, into: &out)
                start = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
        out.append(0x22)
    }

    /// Appends the escape of `byte` without allocating.
    private static func escape(_ byte: UInt8, into out: inout [UInt8]) {
        out.append(0x5C)
        switch byte {
        case 0x22, 0x5C: out.append(byte)
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            out.append(UInt8(ascii: "u"))
            out.append(0x30)
            out.append(0x30)
            out.append(hex.utf8Start[Int(byte >> 4)])
            out.append(hex.utf8Start[Int(byte & 0xF)])
        }
    }

    /// Appends the decimal digits of `n` without allocating a string.
    static func writeInteger(_ n: Int64, into out: inout [UInt8]) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = n.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for k in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[k]) }
        }
    }
}

extension JSONValue {
    /// An object from pairs whose `nil` values are left out, keys sorted by their UTF-8 bytes
    /// (a later pair with the same key replaces an earlier one).
    public static func object(_ pairs: [(String, JSONValue?)]) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(pairs.count)
        for (key, value) in pairs { if let value { members.append(JSONMember(key: key, value: value)) } }
        members.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        var unique: [JSONMember] = []
        unique.reserveCapacity(members.count)
        for m in members {
            if unique.last?.key == m.key { unique[unique.count - 1] = m } else { unique.append(m) }
        }
        return .object(unique)
    }

    /// A fraction 0...1 with four decimals (`0.4167`).
    static func fraction(_ value: Double) -> JSONValue {
        let scaled = Int64((value * 10_000).rounded())
        let frac = String(scaled % 10_000)
        return .decimal("\(scaled / 10_000).\(String(repeating: "0", count: 4 - frac.count))\(frac)")
    }

    static func int(_ n: Int) -> JSONValue { .integer(Int64(n)) }
    static func str(_ s: String?) -> JSONValue? { s.map(JSONValue.string) }
}

/// One member of a JSON object.
public struct JSONMember: Sendable, Hashable {
    /// The member name.
    public var key: String
    /// The member value.
    public var value: JSONValue

    public init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }
}
