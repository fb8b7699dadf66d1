import Foundation

/// How a locale writes a whole number, read once from Foundation's formatter (CLDR data) and then
/// applied without it: the digits (`0`...`9`, or `٠`...`٩`), the group separator (`,`, a narrow
/// no-break space, `’`), the primary and secondary group sizes (3 and 3; 3 and 2 in Hindi:
/// `12,34,567`), whether a four-digit number is grouped (not in Spanish: `1234`), and the minus
/// sign. A document writes tens of thousands of numbers; asking the formatter for each one costs
/// more than the rest of the rendering. `NumbersTests` checks that this writes exactly what the
/// formatter writes, over many values and locales.
struct DigitPattern: Sendable {
    let digits: [String]
    let separator: String
    let primary: Int
    let secondary: Int
    /// The fewest digits a number has for it to be grouped (4, or 5 when `1234` stays whole).
    let minimumDigits: Int
    let minus: String
    private let digitBytes: [[UInt8]]
    private let separatorBytes: [UInt8]
    private let minusBytes: [UInt8]
    /// The UTF-8 length of every digit when they all have the same (`nil` otherwise).
    private let digitWidth: Int?
    /// The ten digits' bytes one after the other (`digitWidth` each).
    private let flatDigits: [UInt8]

    init(locale: Locale) {
        let style = IntegerFormatStyle<Int64>(locale: locale)
        digits = (0...9).map { style.format(Int64($0)) }
        // The separator and group sizes from a long number: split it into runs of digits.
        let sample = Self.runs(style.format(1_234_567_890_123), digits: digits)
        separator = sample.separators.first ?? ""
        primary = sample.runs.last ?? 3
        secondary = sample.runs.count > 2 ? sample.runs[sample.runs.count - 2] : primary
        minimumDigits = Self.runs(style.format(1234), digits: digits).runs.count > 1 ? 4 : 5
        let negative = style.format(-5)
        minus = negative.hasSuffix(digits[5]) ? String(negative.dropLast(digits[5].count)) : "-"
        digitBytes = digits.map { Array($0.utf8) }
        let widths = Set(digitBytes.map(\.count))
        digitWidth = widths.count == 1 ? widths.first : nil
        flatDigits = digitBytes.flatMap { $0 }
        separatorBytes = Array(separator.utf8)
        minusBytes = Array(minus.utf8)
    }

    /// The text of `value` as the locale writes it, built as UTF-8 bytes (tables hold tens of
    /// thousands of numbers): written from the last digit back straight into the string's
    /// storage, sized first, when every digit has the same UTF-8 length (as the digits of each
    /// numbering system do).
    func format(_ value: Int64) -> String {
        guard let width = digitWidth else { return formatByPieces(value) }
        var count = 0
        var rest = value.magnitude
        repeat {
            count += 1
            rest /= 10
        } while rest > 0
        let grouped = count >= minimumDigits && !separatorBytes.isEmpty
        // A separator goes left of the last `k` digits when they close a group.
        func closesGroup(_ k: Int) -> Bool { grouped && (k == primary || (k > primary && (k - primary) % secondary == 0)) }
        var separators = 0
        for k in 1..<max(count, 1) where closesGroup(k) { separators += 1 }
        let sign = value < 0 ? minusBytes.count : 0
        let size = sign + count * width + separators * separatorBytes.count
        return String(unsafeUninitializedCapacity: size) { out in
            flatDigits.withUnsafeBufferPointer { digits in
                separatorBytes.withUnsafeBufferPointer { separator in
                    var magnitude = value.magnitude
                    var end = size
                    for k in 0..<count {
                        let digit = Int(magnitude % 10)
                        magnitude /= 10
                        end -= width
                        for b in 0..<width { out[end + b] = digits[digit * width + b] }
                        if k + 1 < count, closesGroup(k + 1) {
                            end -= separator.count
                            for b in 0..<separator.count { out[end + b] = separator[b] }
                        }
                    }
                }
            }
            for b in 0..<sign { out[b] = minusBytes[b] }
            return size
        }
    }

    /// ``format(_:)`` piece by piece, for digits of different lengths.
    private func formatByPieces(_ value: Int64) -> String {
        var magnitude = value.magnitude
        var plain: [UInt8] = []
        plain.reserveCapacity(20)
        repeat {
            plain.append(UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        let count = plain.count
        let grouped = count >= minimumDigits && !separatorBytes.isEmpty
        var out: [UInt8] = value < 0 ? minusBytes : []
        out.reserveCapacity(out.count + count * 3)
        for i in 0..<count {
            if grouped, i > 0 {
                let fromEnd = count - i
                if fromEnd == primary || (fromEnd > primary && (fromEnd - primary) % secondary == 0) { out += separatorBytes }
            }
            out += digitBytes[Int(plain[count - 1 - i])]
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The digit runs of a formatted number (their lengths) and the texts between them.
    private static func runs(_ text: String, digits: [String]) -> (runs: [Int], separators: [String]) {
        let digitSet = Set(digits.compactMap(\.first))
        var runs: [Int] = [], separators: [String] = []
        var current = 0, between = ""
        for c in text {
            if digitSet.contains(c) {
                if current == 0, !runs.isEmpty { separators.append(between) }
                current += 1
                between = ""
            } else {
                if current > 0 { runs.append(current) }
                current = 0
                between.append(c)
            }
        }
        if current > 0 { runs.append(current) }
        return (runs, separators)
    }
}
