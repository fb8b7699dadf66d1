import PlanModel

/// The values of funding records' fields: amounts, dates, statuses and boundaries, each read
/// strictly (a value that cannot be read is reported, never guessed).
enum FundingValues {
    /// `paid`, `commitment`, `pledge` (FTS also writes `Paid contribution`).
    enum Status { case paid, commitment, pledge }

    /// `incoming`, `outgoing`, `internal`.
    enum Boundary: String { case incoming, outgoing, `internal` }

    /// Whole USD from `250000`, `250,000`, `250000.50` (halves rounded up) or a JSON number
    /// with an exponent; the reason when it is not an amount.
    static func amount(_ text: String) -> Result<Int64, FundingValueError> {
        if let plain = plainAmount(text) { return .success(plain) }
        let t = trimmed(text)
        if t.hasPrefix("-") { return .failure(FundingValueError("amount '\(t)' is negative: net a refund or correction into the record it corrects")) }
        var whole: Int64 = 0
        var digits = 0
        var roundUp = false
        var state = 0 // 0 integer part, 1 decimals
        var decimals = 0
        var lastWasComma = false
        var hasExponent = false
        for b in t.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                lastWasComma = false
                if state == 0 {
                    if digits > 0 || b != UInt8(ascii: "0") { digits += 1 }
                    guard digits <= 16 else { return .failure(FundingValueError("amount '\(t)' is larger than USD 10^15")) }
                    whole = whole * 10 + Int64(b - UInt8(ascii: "0"))
                } else {
                    if decimals == 0 { roundUp = b >= UInt8(ascii: "5") }
                    decimals += 1
                }
            case UInt8(ascii: ","):
                guard state == 0, !lastWasComma, !t.utf8.isEmpty else { return .failure(notAnAmount(t)) }
                lastWasComma = true
            case UInt8(ascii: "."):
                guard state == 0, !lastWasComma else { return .failure(notAnAmount(t)) }
                state = 1
            case UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"):
                hasExponent = true
            default:
                return .failure(notAnAmount(t))
            }
        }
        if hasExponent {
            guard let value = Double(t), value.isFinite, value >= 0, value <= Double(FigureLimits.maximumAmount) else { return .failure(notAnAmount(t)) }
            return .success(Int64(value.rounded(.toNearestOrAwayFromZero)))
        }
        guard t.utf8.first.map({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) == true, !lastWasComma else { return .failure(notAnAmount(t)) }
        let rounded = whole + (roundUp ? 1 : 0)
        guard rounded <= FigureLimits.maximumAmount else { return .failure(FundingValueError("amount '\(t)' is larger than USD 10^15")) }
        return .success(rounded)
    }

    /// The amount of a text of digits alone, as FTS writes its amounts (`3114000`), read from
    /// its bytes; `nil` for any other text (and above the largest amount), left to ``amount(_:)``.
    private static func plainAmount(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { bytes -> Int64? in
            guard !bytes.isEmpty, bytes.count <= 16 else { return nil }
            var value: Int64 = 0
            for b in bytes {
                guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int64(b - UInt8(ascii: "0"))
            }
            return value <= FigureLimits.maximumAmount ? value : nil
        }
    }

    private static func notAnAmount(_ t: String) -> FundingValueError {
        FundingValueError("'\(t)' is not an amount in USD: write digits, such as 250000 or 250000.50")
    }

    /// `2026-03-01`, `2026-03-01T00:00:00Z` or `2026-03`.
    static func date(_ text: String) -> Result<PlanDate, FundingValueError> {
        // Read from the text's bytes, without a copy (tens of thousands of records have a date);
        // the message is written only for a date that cannot be read.
        var text = text
        let parsed: PlanDate? = text.withUTF8 { all in
            var lower = 0, upper = all.count
            while lower < upper, all[lower] == 0x20 || all[lower] == 0x09 { lower += 1 }
            while upper > lower, all[upper - 1] == 0x20 || all[upper - 1] == 0x09 { upper -= 1 }
            let b = UnsafeBufferPointer(rebasing: all[lower..<upper])
            func number(_ r: Range<Int>) -> Int? {
                guard r.upperBound <= b.count else { return nil }
                var value = 0
                for i in r {
                    guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
                    value = value * 10 + Int(b[i] - UInt8(ascii: "0"))
                }
                return value
            }
            guard b.count >= 7, let year = number(0..<4), b[4] == UInt8(ascii: "-"), let month = number(5..<7), (1...12).contains(month) else { return nil }
            if b.count == 7 { return PlanDate(year: year, month: month) }
            guard b.count >= 10, b[7] == UInt8(ascii: "-"), let day = number(8..<10), (1...PlanDate.daysIn(month: month, year: year)).contains(day),
                  b.count == 10 || b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " ")
            else { return nil }
            return PlanDate(year: year, month: month, day: day)
        }
        guard let parsed else { return .failure(FundingValueError("date '\(text.trimmingSpaces)' is not written YYYY-MM-DD")) }
        return .success(parsed)
    }

    static func status(_ text: String) -> Result<Status, FundingValueError> {
        // FTS's API writes these exactly: no folding needed.
        switch text {
        case "paid": return .success(.paid)
        case "commitment": return .success(.commitment)
        case "pledge": return .success(.pledge)
        default: break
        }
        let t = text.trimmingSpaces.lowercased()
        if t.contains("pledge") { return .success(.pledge) }
        if t.contains("commit") { return .success(.commitment) }
        if t.contains("paid") { return .success(.paid) }
        return .failure(FundingValueError("status '\(text.trimmingSpaces)' is not paid, commitment or pledge"))
    }

    static func boundary(_ text: String) -> Result<Boundary, FundingValueError> {
        // FTS's API writes these exactly: no folding needed.
        switch text {
        case "incoming": return .success(.incoming)
        case "outgoing": return .success(.outgoing)
        case "internal": return .success(.internal)
        default: break
        }
        guard let b = Boundary(rawValue: text.trimmingSpaces.lowercased()) else {
            return .failure(FundingValueError("boundary '\(text.trimmingSpaces)' is not incoming, outgoing or internal"))
        }
        return .success(b)
    }
}

extension FundingValues {
    /// Whether `text` has anything but spaces and tabs (a value that is there).
    static func hasText(_ text: String) -> Bool {
        text.utf8.contains { $0 != 0x20 && $0 != 0x09 }
    }

    /// `text` without spaces and tabs around it; `text` itself, without a copy, when it has none
    /// (as FTS writes every value).
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
        return isSpace(first) || isSpace(last) ? text.trimmingSpaces : text
    }
}

/// Why a field's value cannot be read.
struct FundingValueError: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}
