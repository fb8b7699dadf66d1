/// A JSON value read with the byte offset of every value inside it (Foundation's reader forgets
/// where values were): the tree ``JSONDocument`` builds, for the shipped map outlines
/// (Foundation's `JSONDecoder` spent about 700 instructions a byte on them). A large document
/// read for a few fields is better walked with ``JSONCursor``, which builds nothing.
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

/// A whole JSON document as a tree, read with ``JSONCursor``.
public enum JSONDocument {
    /// The document in `bytes`, or where and why it is not JSON.
    public static func parse(_ bytes: [UInt8]) -> Result<JSONNode, JSONSyntaxError> {
        JSONCursor.reading(bytes) { cursor in
            do throws(JSONSyntaxError) {
                let node = try value(&cursor)
                try cursor.end()
                return .success(node)
            } catch {
                return .failure(error)
            }
        }
    }

    private static func value(_ cursor: inout JSONCursor) throws(JSONSyntaxError) -> JSONNode {
        let kind = try cursor.kind()
        let start = cursor.offset
        let value: JSONValue
        switch kind {
        case .object:
            var members: [(key: String, value: JSONNode)] = []
            cursor.enterObject()
            while let name = try cursor.nextMember() { members.append((cursor.text(name), try Self.value(&cursor))) }
            value = .object(members)
        case .array:
            var items: [JSONNode] = []
            cursor.enterArray()
            while try cursor.nextItem() { items.append(try Self.value(&cursor)) }
            value = .array(items)
        case .string: value = .string(cursor.text(try cursor.string()))
        case .number: value = .number(cursor.text(cursor.number()))
        case .bool, .null: value = try cursor.literal().map(JSONValue.bool) ?? .null
        }
        return JSONNode(value: value, start: start, end: cursor.offset)
    }
}
