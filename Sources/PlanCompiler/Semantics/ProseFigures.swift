import Foundation

/// The figures a chapter's prose states (numbers, amounts, percentages), read the way its
/// language writes them, so that a translation's figures can be compared with its original's:
/// `720,000`, `58.4 million` and `78%` in English are `720 000`, `58,4 millions` and `78 %` in
/// French and `720.000`, `58,4 millones` and `78 %` in Spanish.
///
/// A figure is a run of digits with the language's group and decimal separators (CLDR, through
/// Foundation's locale data; languages that write a decimal comma also accept a space, a no-break
/// space or a full stop between groups), followed by a scale word (million, millions, millón,
/// millones, M; billion, milliard, milliards; bn) or a percent sign. Digits inside a word or a
/// code (`OA11`, `CMR-PRT-01`, `4W`) are not figures.
enum ProseFigures {
    /// One figure: its value as a key that is the same however it was written, where it starts
    /// (UTF-8 offset in the text) and the text as written.
    struct Figure: Equatable {
        var key: String
        var offset: Int
        var written: String
    }

    /// The separators of `language`.
    struct Separators {
        var decimal: Unicode.Scalar
        var groups: Set<Unicode.Scalar>

        init(language: String) {
            let locale = Locale(identifier: language)
            let decimal = locale.decimalSeparator?.unicodeScalars.first ?? "."
            var groups: Set<Unicode.Scalar> = []
            if let group = locale.groupingSeparator?.unicodeScalars.first { groups.insert(group) }
            if decimal == "," { groups.formUnion([" ", "\u{A0}", "\u{202F}", "."]) }
            groups.remove(decimal)
            self.decimal = decimal
            self.groups = groups
        }
    }

    private static let millions: Set<String> = ["million", "millions", "millón", "millon", "millones", "m", "mn", "mio"]
    private static let billions: Set<String> = ["billion", "billions", "milliard", "milliards", "bn"]
    private static let spaces: Set<Unicode.Scalar> = [" ", "\u{A0}", "\u{202F}"]

    /// Every figure of `text`, in order.
    static func scan(_ text: String, language: String) -> [Figure] {
        let separators = Separators(language: language)
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var utf8 = 0
        for s in scalars {
            offsets.append(utf8)
            utf8 += String(s).utf8.count
        }
        offsets.append(utf8)
        func isDigit(_ i: Int) -> Bool { i < scalars.count && ("0"..."9").contains(scalars[i]) }
        func isWordScalar(_ i: Int) -> Bool {
            guard i >= 0, i < scalars.count else { return false }
            let s = scalars[i]
            return s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "_"
        }
        var figures: [Figure] = []
        var i = 0
        while i < scalars.count {
            guard isDigit(i), !isWordScalar(i - 1), !(i > 0 && (scalars[i - 1] == "." || scalars[i - 1] == ",")) else {
                i += 1
                continue
            }
            let start = i
            var integer = "", fraction = ""
            var inFraction = false
            while i < scalars.count {
                let s = scalars[i]
                if isDigit(i) {
                    if inFraction { fraction.unicodeScalars.append(s) } else { integer.unicodeScalars.append(s) }
                    i += 1
                } else if !inFraction, separators.groups.contains(s), isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i + 4) {
                    i += 1
                } else if !inFraction, s == separators.decimal, isDigit(i + 1) {
                    inFraction = true
                    i += 1
                } else {
                    break
                }
            }
            let end = i
            // What follows: a percent sign or a scale word (after optional spaces), else a letter
            // that makes the digits part of a word (`4W`, `2nd`).
            var j = i
            while j < scalars.count, spaces.contains(scalars[j]) { j += 1 }
            var exponent = 0
            var percent = false
            var stop = end
            if j < scalars.count, scalars[j] == "%" {
                percent = true
                stop = j + 1
            } else {
                var k = j
                var word = ""
                while k < scalars.count, scalars[k].properties.isAlphabetic { word.unicodeScalars.append(scalars[k]); k += 1 }
                let lower = word.lowercased()
                if millions.contains(lower) { exponent = 6; stop = k }
                else if billions.contains(lower) { exponent = 9; stop = k }
                else if j == end, !word.isEmpty { i = k; continue }
            }
            figures.append(Figure(key: key(integer: integer, fraction: fraction, exponent: exponent, percent: percent), offset: offsets[start],
                                  written: String(String.UnicodeScalarView(scalars[start..<stop]))))
            i = max(end, start + 1)
        }
        return figures
    }

    /// `digits e exponent` with leading and trailing zeros removed, `%` for a percentage.
    private static func key(integer: String, fraction: String, exponent: Int, percent: Bool) -> String {
        var digits = Array((integer + fraction).drop { $0 == "0" })
        var exp = exponent - fraction.count
        while digits.last == "0" { digits.removeLast(); exp += 1 }
        if digits.isEmpty { return percent ? "0%" : "0" }
        return String(digits) + "e" + String(exp) + (percent ? "%" : "")
    }
}
