/// A percentage as written: `56%`, `12.5%`. `value` is in percent (56 for 56%); `precision` is
/// the unit of the last written digit (1 for `56%`, 0.1 for `12.5%`).
public struct Percent: Sendable, Hashable, Codable, CustomStringConvertible {
    public var value: Double
    public var precision: Double

    public init(_ value: Double, precision: Double = 1) {
        self.value = value
        self.precision = precision
    }

    public var description: String {
        let decimals = precision >= 1 ? 0 : Int((-log10Approx(precision)).rounded())
        return Percent.format(value, decimals: decimals) + "%"
    }

    static func format(_ value: Double, decimals: Int) -> String {
        if decimals == 0 { return String(Int64(value.rounded())) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int64((value * scale).rounded())
        let whole = scaled / Int64(scale)
        var frac = String(scaled.magnitude % UInt64(scale))
        while frac.count < decimals { frac = "0" + frac }
        return "\(scaled < 0 && whole == 0 ? "-" : "")\(whole).\(frac)"
    }

    private func log10Approx(_ x: Double) -> Double {
        var v = x
        var n = 0.0
        while v < 1 && n < 10 { v *= 10; n -= 1 }
        return n
    }
}
