/// A JSON value with a deterministic writer: object keys sorted by their UTF-8 bytes, integers
/// written exactly, no insignificant whitespace except a newline at the end of the document.
public indirect enum JSONValue: Sendable, Hashable {
    case object([String: JSONValue])
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
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (i, key) in keys.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                members[key]!.write(into: &out)
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
        case .integer(let n): out += Array(String(n).utf8)
        case .decimal(let text): out += Array(text.utf8)
        case .bool(let b): out += Array((b ? "true" : "false").utf8)
        case .null: out += Array("null".utf8)
        }
    }

    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        for byte in s.utf8 {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }
}

extension JSONValue {
    /// An object from pairs whose `nil` values are left out.
    static func object(_ pairs: [(String, JSONValue?)]) -> JSONValue {
        var members: [String: JSONValue] = [:]
        for (key, value) in pairs { if let value { members[key] = value } }
        return .object(members)
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
