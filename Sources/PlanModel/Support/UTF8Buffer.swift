/// A growing UTF-8 byte buffer for writing large text output: pieces are copied in as bytes
/// and decimal numbers written without an intermediate `String`, and the text is decoded once
/// at the end.
public struct UTF8Buffer: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// A buffer for about `capacity` bytes.
    public init(capacity: Int = 0) {
        bytes.reserveCapacity(max(0, capacity))
    }

    /// Appends the UTF-8 of `text`.
    public mutating func append(_ text: String) {
        // A native string lends its bytes in place, without the copy `withUTF8` needs.
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(piece: $0) }) != nil { return }
        var text = text
        text.withUTF8 { bytes.append(piece: $0) }
    }

    /// Appends a literal's UTF-8 straight from the binary: the punctuation between the parts of
    /// a diagnostic line, written tens of thousands of times, without going through `String`.
    public mutating func append(literal text: StaticString) {
        bytes.append(literal: text)
    }

    /// Appends the UTF-8 of `text`.
    public mutating func append(_ text: Substring) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends `bytes` (UTF-8 the caller vouches for).
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes.append(piece: bytes)
    }

    /// Appends `count` spaces.
    public mutating func append(spaces count: Int) {
        append(character: 0x20, count: count)
    }

    /// Appends the ASCII `character` `count` times.
    public mutating func append(character: UInt8, count: Int) {
        guard count > 0 else { return }
        bytes.append(contentsOf: repeatElement(character, count: count))
    }

    /// Appends `value` in decimal digits (a leading `-` when negative).
    public mutating func append(_ value: Int) {
        bytes.append(decimal: Int64(value))
    }

    /// The text written (valid UTF-8: only strings were appended).
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}
