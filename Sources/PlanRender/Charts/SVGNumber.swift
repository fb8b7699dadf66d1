/// Coordinates written with at most one decimal, computed with integer arithmetic so that the
/// same chart gives the same bytes on every run and every machine.
public enum SVGNumber {
    /// `12`, `12.5`, `-3.2`.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int64(roundingClamped: value * 10)
        // Written right to left into a small buffer: a chart has thousands of coordinates, and
        // string interpolation of integers cost more than the rest of the chart.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var at = buffer.count
            func put(_ byte: UInt8) {
                at -= 1
                buffer[at] = byte
            }
            var m = tenths.magnitude
            if m % 10 != 0 {
                put(UInt8(ascii: "0") + UInt8(m % 10))
                put(UInt8(ascii: "."))
            }
            m /= 10
            repeat {
                put(UInt8(ascii: "0") + UInt8(m % 10))
                m /= 10
            } while m > 0
            if tenths < 0 { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[at...]), as: UTF8.self)
        }
    }

    /// A rough width of `text` in pixels at `fontSize` (average glyph 0.56 em), for layout only.
    static func textWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.56
    }
}
