/// Coordinates written with at most one decimal, computed with integer arithmetic so that the
/// same chart gives the same bytes on every run and every machine.
public enum SVGNumber {
    /// `12`, `12.5`, `-3.2`.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int64(roundingClamped: value * 10)
        let sign = tenths < 0 ? "-" : ""
        let m = tenths.magnitude
        return m % 10 == 0 ? "\(sign)\(m / 10)" : "\(sign)\(m / 10).\(m % 10)"
    }

    /// A rough width of `text` in pixels at `fontSize` (average glyph 0.56 em), for layout only.
    static func textWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.56
    }
}
