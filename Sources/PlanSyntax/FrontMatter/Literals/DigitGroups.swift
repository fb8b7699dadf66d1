import PlanDiagnostics
/// A decimal number as written: digits grouped by three with commas (`1,250,000`) or not
/// (`1250000`), and an optional fraction after a point (`45.2`).
struct DigitGroups: Sendable, Hashable {
    /// The integer digits without separators.
    var integer: [UInt8]
    /// The fraction digits; `nil` when no point was written.
    var fraction: [UInt8]?
    /// Offset after the number.
    var end: Int

    /// Reads a number at the start of `bytes`; stops at the first byte that cannot continue it.
    /// `id` is the diagnostic ID for misplaced separators.
    static func read(_ bytes: LiteralBytes, id: Rule, example: String) -> Result<DigitGroups, LiteralFailure> {
        var i = bytes.startIndex
        var integer: [UInt8] = []
        var groupLength = 0
        var sawComma = false
        while i < bytes.endIndex {
            let b = bytes[i]
            if isDigit(b) {
                integer.append(b)
                groupLength += 1
                i += 1
            } else if b == UInt8(ascii: ","), i + 1 < bytes.endIndex, isDigit(bytes[i + 1]), !integer.isEmpty {
                if sawComma ? groupLength != 3 : groupLength > 3 {
                    return .failure(misplaced(at: sawComma ? i - groupLength - 1 : i, id: id, example: example, bytes: bytes))
                }
                sawComma = true
                groupLength = 0
                i += 1
            } else {
                break
            }
        }
        if sawComma, groupLength != 3 {
            return .failure(misplaced(at: i - groupLength - 1, id: id, example: example, bytes: bytes))
        }
        var fraction: [UInt8]?
        if i < bytes.endIndex, bytes[i] == UInt8(ascii: "."), i + 1 < bytes.endIndex, isDigit(bytes[i + 1]), !integer.isEmpty {
            i += 1
            var digits: [UInt8] = []
            while i < bytes.endIndex, isDigit(bytes[i]) { digits.append(bytes[i]); i += 1 }
            if i < bytes.endIndex, bytes[i] == UInt8(ascii: ","), i + 1 < bytes.endIndex, isDigit(bytes[i + 1]) {
                return .failure(LiteralFailure(id, i, i + 1, "Separators go only between groups of three digits before the decimal point, as in '\(example)'"))
            }
            fraction = digits
        }
        return .success(DigitGroups(integer: integer, fraction: fraction, end: i))
    }

    /// The integer digits grouped by three with commas.
    var groupedInteger: String {
        let digits = significantDigits
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + digits.count / 3)
        for (k, d) in digits.enumerated() {
            if k > 0, (digits.count - k) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(d)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The integer digits without leading zeros and without separators (`0` for zero).
    var plainInteger: String {
        String(decoding: significantDigits, as: UTF8.self)
    }

    /// The integer digits without leading zeros; one `0` when all are zeros.
    private var significantDigits: ArraySlice<UInt8> {
        let digits = integer.drop { $0 == UInt8(ascii: "0") }
        return digits.isEmpty ? [UInt8(ascii: "0")] : digits
    }

    /// The number in canonical spelling: grouped integer and the fraction as written.
    var canonical: String {
        groupedInteger + (fraction.map { "." + String(decoding: $0, as: UTF8.self) } ?? "")
    }

    /// Whether the number read from `start` is written as its canonical spelling: no leading
    /// zeros, and the integer grouped by three with commas (`grouped`) or without separators.
    /// `read` accepts only whole groups of three after a comma, so the length decides.
    func isWrittenCanonically(from start: Int, grouped: Bool) -> Bool {
        guard integer.count == 1 || integer.first != UInt8(ascii: "0") else { return false }
        let separators = grouped ? (integer.count - 1) / 3 : 0
        return end - start == integer.count + separators + (fraction.map { $0.count + 1 } ?? 0)
    }

    /// The integer part as a value, `nil` on overflow.
    var integerValue: Int64? { DigitGroups.value(integer) }

    /// The number's value as a double. A whole number that fits in 64 bits converts directly:
    /// both ways round the exact value to the nearest double.
    var doubleValue: Double {
        if fraction == nil, let integer = integerValue { return Double(integer) }
        let digits = String(decoding: integer + (fraction.map { [UInt8(ascii: ".")] + $0 } ?? []), as: UTF8.self)
        return Double(digits) ?? 0
    }

    static func value(_ digits: [UInt8]) -> Int64? {
        var v: Int64 = 0
        for d in digits {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int64(d - 0x30))
            if o1 || o2 { return nil }
            v = s
        }
        return v
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static func misplaced(at offset: Int, id: Rule, example: String, bytes: LiteralBytes) -> LiteralFailure {
        let start = max(offset, bytes.startIndex)
        return LiteralFailure(id, start, start + 1, "Misplaced thousands separator: write digits in groups of three, as in '\(example)'")
    }
}

extension DigitGroups {
    /// Reads the number that `s` must start with; `expected` is the summary when `s` does not
    /// start with a digit.
    static func leading(_ s: LiteralBytes, id: Rule, example: String, expected: String) throws(LiteralFailure) -> DigitGroups {
        guard let first = s.first, isDigit(first) else {
            throw LiteralFailure(id, s.startIndex, max(s.endIndex, s.startIndex), expected)
        }
        return try read(s, id: id, example: example).get()
    }
}
