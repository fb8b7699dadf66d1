/// The appends every byte-level writer shares (diagnostic lines, JSON, the Word parts' XML): a
/// literal's UTF-8 copied straight from the binary, a short piece of bytes without the generic
/// copy's set-up, and a decimal number written without an intermediate `String`.
extension Array where Element == UInt8 {
    /// Appends the UTF-8 of `literal`, read from the binary without going through `String`.
    @inlinable
    public mutating func append(literal: StaticString) {
        if literal.hasPointerRepresentation {
            append(piece: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
        } else {
            // A literal of one scalar may be stored as the scalar itself.
            let scalar = literal.unicodeScalar
            if scalar.isASCII {
                append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                append(contentsOf: String(scalar).utf8)
            }
        }
    }

    /// Appends `piece`: a short one (the punctuation, numbers and words of a diagnostic line, an
    /// XML tag) a byte at a time, which costs a tenth of `append(contentsOf:)`'s generic set-up
    /// for one or two bytes; a longer one copied at once.
    @inlinable
    public mutating func append(piece: UnsafeBufferPointer<UInt8>) {
        if piece.count <= 16 {
            for byte in piece { append(byte) }
        } else {
            append(contentsOf: piece)
        }
    }

    /// Appends the decimal digits of `value`, with a leading `-` when it is negative (every
    /// value, `Int64.min` included).
    @inlinable
    public mutating func append(decimal value: Int64) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        Swift.withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for k in (20 - count)..<20 { append(raw[k]) }
        }
    }
}
