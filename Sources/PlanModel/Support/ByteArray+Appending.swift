/// The two appends every byte-level writer shares (diagnostic lines, JSON, the Word parts' XML):
/// a literal's UTF-8 copied straight from the binary, and a decimal number written without an
/// intermediate `String`.
extension Array where Element == UInt8 {
    /// Appends the UTF-8 of `literal`, read from the binary without going through `String`.
    public mutating func append(literal: StaticString) {
        if literal.hasPointerRepresentation {
            append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
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

    /// Appends the decimal digits of `value`, with a leading `-` when it is negative (every
    /// value, `Int64.min` included).
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
            append(contentsOf: raw[(20 - count)...])
        }
    }
}
