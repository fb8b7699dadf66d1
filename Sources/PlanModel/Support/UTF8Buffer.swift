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
        var text = text
        text.withUTF8 { Self.append($0, to: &bytes) }
    }

    /// Appends a literal's UTF-8 straight from the binary: the punctuation between the parts of
    /// a diagnostic line, written tens of thousands of times, without going through `String`.
    public mutating func append(literal text: StaticString) {
        if text.hasPointerRepresentation {
            Self.append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount), to: &bytes)
        } else {
            // A literal of one scalar may be stored as the scalar itself.
            let scalar = text.unicodeScalar
            if scalar.isASCII {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                bytes.append(contentsOf: String(scalar).utf8)
            }
        }
    }

    /// Appends the UTF-8 of `text`.
    public mutating func append(_ text: Substring) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends `bytes` (UTF-8 the caller vouches for).
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        Self.append(bytes, to: &self.bytes)
    }

    /// Appends `piece` to `bytes`: a short piece (the punctuation, numbers and words of a
    /// diagnostic line) a byte at a time, which costs a tenth of `append(contentsOf:)`'s
    /// generic set-up for one or two bytes; a longer one copied at once.
    @inline(__always)
    static func append(_ piece: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        if piece.count <= 16 {
            for byte in piece { bytes.append(byte) }
        } else {
            bytes.append(contentsOf: piece)
        }
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
        Self.appendDecimal(Int64(value), to: &bytes)
    }

    /// Appends the decimal digits of `value` (a leading `-` when negative) to `bytes` without
    /// making a string: the one integer writer of the byte-level outputs (lines, JSON).
    public static func appendDecimal(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for k in (20 - count)..<20 { bytes.append(raw[k]) }
        }
    }

    /// The text written (valid UTF-8: only strings were appended).
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}
