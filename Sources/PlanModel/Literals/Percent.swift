/// A percentage as written: `56%`, `12.5%`. `value` is in percent (56 for 56%); `precision` is
/// the unit of the last written digit (1 for `56%`, 0.1 for `12.5%`).
public struct Percent: Sendable, Hashable, Codable, CustomStringConvertible {
    public var value: Double
    public var precision: Double

    public init(_ value: Double, precision: Double = 1) {
        self.value = value
        self.precision = precision
    }

    /// The number with the decimals it was written with, and `%`. Never `inf` or `nan`.
    public var description: String {
        Percent.format(value, decimals: decimals) + "%"
    }

    /// The decimals `precision` stands for: 0 for 1 or more, 1 for 0.1, 2 for 0.01... at most
    /// ``FigureLimits/maximumDigits`` (what a written percentage can have).
    public var decimals: Int {
        guard precision.isFinite, precision > 0 else { return 0 }
        var unit = precision
        var count = 0
        while unit < 0.999_999, count < FigureLimits.maximumDigits {
            unit *= 10
            count += 1
        }
        return count
    }

    /// `value` with `decimals` decimals, half away from zero. Decimals that would not fit in 64
    /// bits are dropped, and a value too large for 64 bits is written as the double it is
    /// (`1e+20`): no written percentage is either. A value that is not finite is 0.
    static func format(_ value: Double, decimals requested: Int) -> String {
        guard value.isFinite else { return "0" }
        var decimals = min(max(requested, 0), FigureLimits.maximumDigits)
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        while decimals > 0, (value * scale).magnitude >= 9e18 {
            decimals -= 1
            scale /= 10
        }
        guard (value * scale).magnitude < 9e18 else { return "\(value)" }
        let scaled = Int64(roundingClamped: value * scale)
        guard decimals > 0 else { return String(scaled) }
        let unit = Int64(scale.rounded())
        let whole = scaled / unit
        var frac = String(scaled.magnitude % UInt64(unit))
        while frac.count < decimals { frac = "0" + frac }
        return "\(scaled < 0 && whole == 0 ? "-" : "")\(whole).\(frac)"
    }
}
