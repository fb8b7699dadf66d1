import PlanModel

/// Streams compact JSON into bytes, with object keys written in sorted order.
///
/// Callers write the keys of each object in ascending order of their UTF-8 bytes; debug builds
/// check it (the tests encode whole plans), so the output has sorted keys without building a
/// tree. Strings are escaped as RFC 8259 requires; nothing else is escaped.
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    /// Per open container: how many members were written and the last key (objects).
    private var stack: [(count: Int, lastKey: String?)] = []
    /// A key was just written: the next value follows its colon.
    private var afterKey = false

    public init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// Opens an object (as a value).
    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        stack.append((0, nil))
    }

    /// Closes the innermost object.
    public mutating func endObject() {
        stack.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    /// Opens an array (as a value).
    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        stack.append((0, nil))
    }

    /// Closes the innermost array.
    public mutating func endArray() {
        stack.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes a key of the innermost object; the next call writes its value.
    public mutating func key(_ key: String) {
        assert(stack.last?.lastKey.map { $0.utf8.lexicographicallyPrecedes(key.utf8) } ?? true, "JSON key '\(key)' is out of order")
        separate()
        JSONWriter.writeString(key, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        stack[stack.count - 1].lastKey = key
        afterKey = true
    }

    /// Writes a string value.
    public mutating func string(_ value: String) {
        separate()
        JSONWriter.writeString(value, into: &bytes)
    }

    /// Writes an integer value.
    public mutating func integer<I: BinaryInteger>(_ value: I) {
        separate()
        bytes.append(decimal: Int64(value))
    }

    /// Writes a number already formatted as JSON (`0.5000`, `12.5`).
    public mutating func number(_ text: String) {
        separate()
        bytes += Array(text.utf8)
    }

    /// Writes a value that another writer wrote (its whole `bytes`), as that value.
    mutating func encoded(_ value: [UInt8]) {
        separate()
        bytes += value
    }

    /// Writes a value whose bytes `body` appends straight to ``bytes`` (one whole JSON value, in
    /// the form this writer would give it): for long lists of one shape.
    mutating func value(writtenBy body: (inout [UInt8]) -> Void) {
        separate()
        body(&bytes)
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        separate()
        bytes += Array((value ? "true" : "false").utf8)
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        bytes += Array("null".utf8)
    }

    /// Ends the document with a line feed (after the top-level value).
    mutating func newline() {
        bytes.append(0x0A)
    }

    /// A comma before every member but the first of a container; none between a key and its value.
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard !stack.isEmpty else { return }
        if stack[stack.count - 1].count > 0 { bytes.append(UInt8(ascii: ",")) }
        stack[stack.count - 1].count += 1
    }
}
