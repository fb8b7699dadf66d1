/// The project's JSON reader (RFC 8259): a cursor that walks a document value by value, so that
/// a caller reads the members it needs and skips the rest without building anything (a funding
/// file of 50,000 FTS flows), while ``JSONDocument`` builds a whole tree with it (the map
/// outlines). Strings stay byte ranges (``JSONString``) until their text is asked for.
///
/// Every value, read or skipped, is checked: a document that is not JSON is an error with the
/// byte offset where it goes wrong, never a crash; nesting is limited to ``maximumDepth`` (a
/// deeper document is an error, never a stack overflow). Numbers are the run of number
/// characters as written (`-2.5e3`), and an unknown escape stands for its character.
///
/// A cursor reads the document's bytes in place: it exists only inside
/// ``reading(_:_:)``.
@frozen
public struct JSONCursor {
    public static let maximumDepth = 256

    /// What the next value is.
    public enum Kind: Sendable { case object, array, string, number, bool, null }

    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
    @usableFromInline var position: Int
    /// How many objects and arrays are open.
    @usableFromInline var depth = 0
    /// Whether an object or array was just entered (its first member or item comes next).
    @usableFromInline var entered = false

    /// Runs `body` with a cursor before the value of the document in `bytes` (after a UTF-8
    /// byte-order mark).
    @inlinable
    public static func reading<Result>(_ bytes: [UInt8], _ body: (inout JSONCursor) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = JSONCursor(buffer)
            return body(&cursor)
        }
    }

    @inlinable
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        position = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The byte offset of the cursor: after ``kind()``, where the next value starts.
    @inlinable public var offset: Int { position }

    /// The document's bytes, for a caller that reads a value of a shape it knows byte by byte
    /// (the flows of an FTS export) and then moves the cursor past it with ``skip(to:)``.
    @inlinable public var buffer: UnsafeBufferPointer<UInt8> { bytes }

    /// Moves the cursor to `offset`, the end of the value that ``kind()`` found, which the caller
    /// read (and checked as ``skipValue()`` would) itself from ``buffer``.
    @inlinable
    public mutating func skip(to offset: Int) {
        precondition(offset >= position && offset <= bytes.count, "the cursor only moves forward, inside the document")
        position = offset
    }

    /// What the next value is; the cursor moves to its first byte.
    @inlinable @inline(__always)
    public mutating func kind() throws(JSONSyntaxError) -> Kind {
        skipSpace()
        guard depth < Self.maximumDepth else { throw fail("nesting deeper than \(Self.maximumDepth) levels") }
        guard position < bytes.count else { throw fail("the document ends where a value is expected") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        case let b where Self.isNumberByte(b): return .number
        default: throw fail("unexpected character")
        }
    }

    /// Enters the object that ``kind()`` found; ``nextMember()`` then reads its members.
    @inlinable @inline(__always)
    public mutating func enterObject() {
        enterContainer()
    }

    /// The next member's name, the cursor before its value (which the caller reads or skips);
    /// `nil` after the object's last member, the cursor after the object.
    @inlinable
    public mutating func nextMember() throws(JSONSyntaxError) -> JSONString? {
        skipSpace()
        if entered {
            entered = false
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") { return close() }
        } else {
            guard position < bytes.count else { throw fail("the document ends inside an object") }
            if bytes[position] == UInt8(ascii: "}") { return close() }
            guard bytes[position] == UInt8(ascii: ",") else { throw fail("expected ',' or '}' in an object") }
            position += 1
            skipSpace()
        }
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw fail("expected a member name in double quotes") }
        let name = try string()
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw fail("expected ':' after a member name") }
        position += 1
        return name
    }

    /// Enters the array that ``kind()`` found; ``nextItem()`` then says whether an item follows.
    @inlinable @inline(__always)
    public mutating func enterArray() {
        enterContainer()
    }

    /// Steps over the opening bracket of the object or array that ``kind()`` found.
    @usableFromInline @inline(__always)
    mutating func enterContainer() {
        position += 1
        depth += 1
        entered = true
    }

    /// Whether another item follows (the cursor before it, for the caller to read or skip);
    /// `false` after the array's last item, the cursor after the array.
    @inlinable
    public mutating func nextItem() throws(JSONSyntaxError) -> Bool {
        skipSpace()
        if entered {
            entered = false
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") { return close() != nil }
            return true
        }
        guard position < bytes.count else { throw fail("the document ends inside an array") }
        if bytes[position] == UInt8(ascii: "]") { return close() != nil }
        guard bytes[position] == UInt8(ascii: ",") else { throw fail("expected ',' or ']' in an array") }
        position += 1
        return true
    }

    /// Leaves the object or array whose closing bracket is at the cursor.
    @inlinable @inline(__always)
    mutating func close() -> JSONString? {
        position += 1
        depth -= 1
        return nil
    }

    /// The string that ``kind()`` found, as a byte range (checked, not decoded).
    @inlinable @inline(__always)
    public mutating func string() throws(JSONSyntaxError) -> JSONString {
        let start = position
        // Fast path: no escape before the closing quote, looked for eight bytes at a time.
        let end = quoteOrBackslash(from: start + 1)
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            position = end + 1
            return JSONString(start: start, end: position, escaped: false)
        }
        let escaped = try scanString(into: nil)
        return JSONString(start: start, end: position, escaped: escaped)
    }

    /// The offset of the first `"` or `\` at or after `from` (the end when there is none).
    @inlinable @inline(__always)
    public func quoteOrBackslash(from: Int) -> Int {
        var i = from
        let n = bytes.count
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while i + 8 <= n {
                let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let quotes = word ^ 0x2222_2222_2222_2222
                let slashes = word ^ 0x5C5C_5C5C_5C5C_5C5C
                // The classic "has a zero byte" test on each; the lowest flag is exact.
                let found = ((quotes &- 0x0101_0101_0101_0101) & ~quotes) | ((slashes &- 0x0101_0101_0101_0101) & ~slashes)
                let high = found & 0x8080_8080_8080_8080
                if high != 0 { return i + high.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < n, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
        return i
    }

    /// The byte range of the number that ``kind()`` found, as written.
    @inlinable @inline(__always)
    public mutating func number() -> Range<Int> {
        let start = position
        while position < bytes.count, Self.isNumberByte(bytes[position]) { position += 1 }
        return start..<position
    }

    /// The `true`, `false` or `null` that ``kind()`` found (`nil` for `null`).
    @inlinable
    public mutating func literal() throws(JSONSyntaxError) -> Bool? {
        switch bytes[position] {
        case UInt8(ascii: "t"): try word("true"); return true
        case UInt8(ascii: "f"): try word("false"); return false
        default: try word("null"); return nil
        }
    }

    /// Reads past the next value, checking it as thoroughly as reading it would.
    @inlinable
    public mutating func skipValue() throws(JSONSyntaxError) {
        switch try kind() {
        case .object:
            enterObject()
            while try nextMember() != nil { try skipValue() }
        case .array:
            enterArray()
            while try nextItem() { try skipValue() }
        case .string: _ = try string()
        case .number: _ = number()
        case .bool, .null: _ = try literal()
        }
    }

    /// Checks that nothing but spaces follows the document's value.
    public mutating func end() throws(JSONSyntaxError) {
        skipSpace()
        guard position == bytes.count else { throw fail("text after the end of the document") }
    }

    /// The text of `string`, escapes decoded.
    public func text(_ string: JSONString) -> String {
        guard string.escaped else { return text((string.start + 1)..<(string.end - 1)) }
        var copy = self
        copy.position = string.start
        var out: [UInt8] = []
        // The string was checked when it was read: decoding it again cannot fail.
        _ = try? copy.scanString(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The text of the bytes in `range` (a number as written, a string without escapes).
    public func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Whether `string`'s text is `literal` (compared as bytes when it has no escape).
    @inlinable @inline(__always)
    public func text(_ string: JSONString, is literal: StaticString) -> Bool {
        guard !string.escaped else { return text(string) == literal.description }
        let count = string.end - string.start - 2
        guard count == literal.utf8CodeUnitCount else { return false }
        // Eight bytes at a time, then the rest.
        let literalBase = UnsafeRawPointer(literal.utf8Start)
        let base = UnsafeRawPointer(bytes.baseAddress!) + string.start + 1
        var k = 0
        while k + 8 <= count {
            if base.loadUnaligned(fromByteOffset: k, as: UInt64.self) != literalBase.loadUnaligned(fromByteOffset: k, as: UInt64.self) { return false }
            k += 8
        }
        while k < count {
            if base.load(fromByteOffset: k, as: UInt8.self) != literalBase.load(fromByteOffset: k, as: UInt8.self) { return false }
            k += 1
        }
        return true
    }

    @inlinable @inline(__always)
    mutating func skipSpace() {
        while position < bytes.count, bytes[position] <= 0x20,
              bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D || bytes[position] == 0x09 {
            position += 1
        }
    }

    @usableFromInline
    func fail(_ message: String) -> JSONSyntaxError { JSONSyntaxError(offset: min(position, bytes.count), message: message) }

    /// Whether `b` is one of the characters a number is written with (the run of them is the
    /// number, as ``number()`` reads it).
    @inlinable @inline(__always)
    public static func isNumberByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".")
            || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
    }

    @usableFromInline
    mutating func word(_ w: StaticString) throws(JSONSyntaxError) {
        let count = w.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw fail("unexpected word") }
        for k in 0..<count where bytes[position + k] != w.utf8Start[k] { throw fail("unexpected word") }
        position += count
    }

    /// Reads the string whose opening quote is at the cursor, to after its closing quote;
    /// appends its decoded text to `out` when given. Whether it has an escape.
    @usableFromInline
    mutating func scanString(into out: UnsafeMutablePointer<[UInt8]>?) throws(JSONSyntaxError) -> Bool {
        position += 1
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") { position += 1 }
        guard position < bytes.count else { throw fail("the document ends inside a string") }
        if bytes[position] == UInt8(ascii: "\"") {
            position += 1
            out?.pointee.append(contentsOf: bytes[start..<(position - 1)])
            return false
        }
        out?.pointee.append(contentsOf: bytes[start..<position])
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                position += 1
                return true
            }
            if b != UInt8(ascii: "\\") {
                out?.pointee.append(b)
                position += 1
                continue
            }
            guard position + 1 < bytes.count else { break }
            let e = bytes[position + 1]
            position += 2
            switch e {
            case UInt8(ascii: "n"): out?.pointee.append(0x0A)
            case UInt8(ascii: "t"): out?.pointee.append(0x09)
            case UInt8(ascii: "r"): out?.pointee.append(0x0D)
            case UInt8(ascii: "b"): out?.pointee.append(0x08)
            case UInt8(ascii: "f"): out?.pointee.append(0x0C)
            case UInt8(ascii: "u"):
                guard var scalar = hex4() else { throw fail("expected four hex digits after \\u") }
                if (0xD800..<0xDC00).contains(scalar), position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                    position += 2
                    guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { throw fail("a high surrogate without its low surrogate") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                out?.pointee.append(contentsOf: String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
            default: out?.pointee.append(e)
            }
        }
        throw fail("the document ends inside a string")
    }

    private mutating func hex4() -> UInt32? {
        guard position + 4 <= bytes.count, let v = UInt32(text(position..<(position + 4)), radix: 16) else { return nil }
        position += 4
        return v
    }
}

/// A string in a JSON document: the byte range from its opening quote to after its closing one,
/// and whether it has an escape (its text is then not its bytes): the cursor that read it gives
/// its text.
@frozen
public struct JSONString: Sendable {
    public var start: Int
    public var end: Int
    public var escaped: Bool

    @inlinable
    public init(start: Int, end: Int, escaped: Bool) {
        self.start = start
        self.end = end
        self.escaped = escaped
    }
}

/// Why a JSON document could not be read, and where.
public struct JSONSyntaxError: Error, Sendable {
    public var offset: Int
    public var message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }
}
