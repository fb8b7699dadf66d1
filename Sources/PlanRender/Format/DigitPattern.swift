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
    private let separatorBytes: [UInt8]
    private let minusBytes: [UInt8]
    /// The ten digits' UTF-8 one after the other: digit `d` is `digitOffsets[d]..<digitOffsets[d + 1]`.
    private let flatDigits: [UInt8]
    private let digitOffsets: [Int]

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
        let digitBytes = digits.map { Array($0.utf8) }
        flatDigits = digitBytes.flatMap { $0 }
        digitOffsets = digitBytes.reduce(into: [0]) { offsets, bytes in offsets.append(offsets.last! + bytes.count) }
        separatorBytes = Array(separator.utf8)
        minusBytes = Array(minus.utf8)
    }

    /// The text of `value` as the locale writes it, built as UTF-8 bytes (tables hold tens of
    /// thousands of numbers): sized first, then written from the last digit back straight into
    /// the string's storage (one allocation, no array per digit).
    func format(_ value: Int64) -> String {
        var count = 0, digitsSize = 0
        var rest = value.magnitude
        repeat {
            let digit = Int(rest % 10)
            digitsSize += digitOffsets[digit + 1] - digitOffsets[digit]
            count += 1
            rest /= 10
        } while rest > 0
        let grouped = count >= minimumDigits && !separatorBytes.isEmpty
        // A separator goes left of the last `k` digits when they close a group.
        func closesGroup(_ k: Int) -> Bool { grouped && (k == primary || (k > primary && (k - primary) % secondary == 0)) }
        var separators = 0
        for k in 1..<count where closesGroup(k) { separators += 1 }
        let sign = value < 0 ? minusBytes.count : 0
        let size = sign + digitsSize + separators * separatorBytes.count
        return String(unsafeUninitializedCapacity: size) { out in
            flatDigits.withUnsafeBufferPointer { digits in
                separatorBytes.withUnsafeBufferPointer { separator in
                    var magnitude = value.magnitude
                    var end = size
                    for k in 0..<count {
                        let digit = Int(magnitude % 10)
                        magnitude /= 10
                        let from = digitOffsets[digit], width = digitOffsets[digit + 1] - from
                        end -= width
                        for b in 0..<width { out[end + b] = digits[from + b] }
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
