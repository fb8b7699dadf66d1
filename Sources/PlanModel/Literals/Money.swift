/// An amount of money as written in the plan: exact whole units plus the precision it was
/// written with.
///
/// `USD 3,450,000` is 3,450,000 with precision 1; `USD 45.2M` is 45,200,000 with precision
/// 100,000; `USD 49.25 million` is 49,250,000 with precision 10,000. A headline written with
/// precision P matches a computed total T when |written - T| <= P / 2.
public struct Money: Sendable, Hashable, Codable, CustomStringConvertible {
    /// ISO 4217 code as written (`USD`). Plans hold USD only; other codes are reported.
    public var currency: String
    /// Whole currency units.
    public var amount: Int64
    /// The value of one unit in the last written digit (1 for exact amounts).
    public var precision: Int64

    public init(currency: String = "USD", amount: Int64, precision: Int64 = 1) {
        self.currency = currency
        self.amount = amount
        self.precision = max(precision, 1)
    }

    /// Whether `other` lies within half of this figure's written precision. Exact for any two
    /// amounts: the difference is taken in 65 bits (a magnitude), never doubled.
    public func matches(computed other: Int64) -> Bool {
        let diff = amount > other ? amount.subtractingReportingOverflow(other) : other.subtractingReportingOverflow(amount)
        let magnitude = diff.overflow ? UInt64(bitPattern: diff.partialValue) : diff.partialValue.magnitude
        return magnitude <= precision.magnitude / 2
    }

    /// `USD 3,450,000`.
    public var description: String { "\(currency) \(Money.grouped(amount))" }

    /// Digits grouped by three with commas: 1234567 -> "1,234,567".
    public static func grouped(_ value: Int64) -> String {
        // Written right to left into a small buffer: tables format tens of thousands of amounts.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(27)
        var rest = value.magnitude
        var count = 0
        repeat {
            if count > 0, count % 3 == 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
            count += 1
        } while rest > 0
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.reverse()
        return String(decoding: bytes, as: UTF8.self)
    }
}
