import Foundation

/// The figures a chapter's prose states (numbers, amounts, percentages), read the way its
/// language writes them, so that a translation's figures can be compared with its original's:
/// `720,000`, `58.4 million` and `78%` in English are `720 000`, `58,4 millions` and `78 %` in
/// French and `720.000`, `58,4 millones` and `78 %` in Spanish.
///
/// A figure is a run of digits with the language's group and decimal separators (CLDR, through
/// Foundation's locale data; languages that write a decimal comma also accept a space, a no-break
/// space or a full stop between groups, and a separator followed by one or two digits can only be
/// a decimal mark, so `4.6 millones` and `58,4 million` read as written), followed by a scale word
/// (see ``FigureWords``: `million`, `millones`, `milliard`, `mil millones`, `M`, `bn`), a percent
/// sign or word (`%`, `per cent`, `pour cent`, `por ciento`). A number spelled out before a scale
/// or percent word is a figure too (`four million`, `tres millones`, `un million`), and so is
/// `mil 350 millones`. Digits inside a word or a code (`OA11`, `CMR-PRT-01`, `4W`, `COVID-19`)
/// are not figures; digits after a currency code are (`USD3.1 billion`), and so is each end of a
/// range (`2019-2020`).
///
/// Some figures are *soft*: a number spelled out alone (`seven years`, `sept ans`) and an
/// ordinal written in digits (`13th`, `1er`). A soft figure matches a figure of the other text
/// (`17 countries` and `diecisiete países`, `November 13th` and `13 de noviembre`) but is never
/// required, since words such as `two` and `second` are as often not figures at all.
enum ProseFigures {
    /// One figure: its value as a key that is the same however it was written, where it starts
    /// (UTF-8 offset in the text) and the text as written.
    struct Figure: Equatable, Sendable {
        var key: String
        var offset: Int
        var written: String
        /// Whether it may match a figure of the other text without being required to.
        var soft = false
        /// Its value (`58.4 million` is 58,400,000; `78%` is 78).
        var value: Decimal = 0
        /// The power of ten of its scale word (6 for `millions`, 0 without one).
        var exponent = 0
        /// The UTF-8 length of its digits as written (`58,4` in `58,4 millions`), 0 when it is
        /// written in words.
        var digitsLength = 0

        /// Whether it is a percentage.
        var isPercent: Bool { key.hasSuffix("%") }
    }

    /// The separators of `language`.
    struct Separators {
        var decimal: Unicode.Scalar
        var groups: Set<Unicode.Scalar>
        /// The other of `.` and `,`: a decimal mark when one or two digits follow it.
        var alternateDecimal: Unicode.Scalar

        init(language: String) {
            let locale = Locale(identifier: language)
            let decimal = locale.decimalSeparator?.unicodeScalars.first ?? "."
            var groups: Set<Unicode.Scalar> = []
            if let group = locale.groupingSeparator?.unicodeScalars.first { groups.insert(group) }
            if decimal == "," { groups.formUnion([" ", "\u{A0}", "\u{202F}", "."]) }
            groups.remove(decimal)
            self.decimal = decimal
            self.groups = groups
            alternateDecimal = decimal == "," ? "." : ","
        }
    }

    /// Every figure of `text`, in order.
    static func scan(_ text: String, language: String) -> [Figure] {
        var scanner = Scanner(text: text, language: language)
        return scanner.figures()
    }

    /// Reads figures from the scalars of one text.
    private struct Scanner {
        let scalars: [Unicode.Scalar]
        let offsets: [Int]
        let separators: Separators
        let words: FigureWords
        static let spaces: Set<Unicode.Scalar> = [" ", "\u{A0}", "\u{202F}"]
        static let dashes: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}", "\u{2013}"]

        init(text: String, language: String) {
            scalars = Array(text.unicodeScalars)
            var offsets: [Int] = []
            offsets.reserveCapacity(scalars.count + 1)
            var utf8 = 0
            for s in scalars {
                offsets.append(utf8)
                utf8 += String(s).utf8.count
            }
            offsets.append(utf8)
            self.offsets = offsets
            separators = Separators(language: language)
            words = FigureWords.of(language)
        }

        func isDigit(_ i: Int) -> Bool { i >= 0 && i < scalars.count && ("0"..."9").contains(scalars[i]) }
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < scalars.count && scalars[i].properties.isAlphabetic }

        /// The word starting at `i` (letters, with hyphens between letters), lower-cased, and
        /// where it ends.
        func word(at i: Int) -> (text: String, end: Int) {
            var j = i
            var text = ""
            while j < scalars.count {
                if isLetter(j) || scalars[j] == "º" || scalars[j] == "ª" {
                    text.unicodeScalars.append(scalars[j])
                    j += 1
                } else if Self.dashes.contains(scalars[j]), j > i, isLetter(j + 1) {
                    text.unicodeScalars.append("-")
                    j += 1
                } else {
                    break
                }
            }
            return (text.lowercased(), j)
        }

        func skipSpaces(_ i: Int) -> Int {
            var j = i
            while j < scalars.count, Self.spaces.contains(scalars[j]) { j += 1 }
            return j
        }

        /// Whether digits at `i` start a figure (not inside a word, a code or a number).
        func startsNumber(_ i: Int) -> Bool {
            guard i > 0 else { return true }
            let before = scalars[i - 1]
            if before == "." || before == "," || before == "_" { return false }
            if Self.dashes.contains(before) { return !isLetter(i - 2) }
            if isLetter(i - 1) {
                var k = i - 1
                while isLetter(k - 1) { k -= 1 }
                let run = String(String.UnicodeScalarView(scalars[k..<i])).lowercased()
                return FigureWords.currencyPrefixes.contains(run) && !isLetter(k - 1) && !isDigit(k - 1)
            }
            return true
        }

        /// A figure of `value` written from `start` to `stop`.
        func figure(_ value: Decimal, percent: Bool, from start: Int, to stop: Int, soft: Bool = false, exponent: Int = 0, digitsEnd: Int? = nil) -> Figure {
            Figure(key: ProseFigures.key(value, percent: percent), offset: offsets[start],
                   written: String(String.UnicodeScalarView(scalars[start..<stop])), soft: soft,
                   value: value, exponent: exponent, digitsLength: digitsEnd.map { offsets[$0] - offsets[start] } ?? 0)
        }

        /// After a number ending at `end`: a percent sign or word, or a scale word, with the
        /// figure's end and the power of ten; `nil` when a letter makes the digits part of a word.
        func suffix(after end: Int) -> (percent: Bool, exponent: Int, plus: Decimal, stop: Int, ordinal: Bool)? {
            if isLetter(end) || (end < scalars.count && (scalars[end] == "º" || scalars[end] == "ª")) {
                let (attached, wordEnd) = word(at: end)
                if let exponent = FigureWords.scales[attached] { return (false, exponent, 0, wordEnd, false) }
                if FigureWords.ordinalEndings.contains(attached) { return (false, 0, 0, wordEnd, true) }
                return nil
            }
            let j = skipSpaces(end)
            if j < scalars.count, scalars[j] == "%" { return (true, 0, 0, j + 1, false) }
            guard isLetter(j) else { return (false, 0, 0, end, false) }
            let (next, nextEnd) = word(at: j)
            if FigureWords.percentWords.contains(next) { return (true, 0, 0, nextEnd, false) }
            let k = skipSpaces(nextEnd)
            let (after, afterEnd) = isLetter(k) && k > nextEnd ? word(at: k) : ("", k)
            if FigureWords.percentPairs.contains(next + " " + after) { return (true, 0, 0, afterEnd, false) }
            if next == "mil" {
                // `1,4 mil millones` is 1.4 billion; `5 mil 500` is 5,500; `500 mil` is 500,000.
                if FigureWords.scales[after] == 6 { return (false, 9, 0, afterEnd, false) }
                if k > nextEnd, isDigit(k), isDigit(k + 1), isDigit(k + 2), !isDigit(k + 3), !isLetter(k + 3) {
                    let digits = String(String.UnicodeScalarView(scalars[k..<(k + 3)]))
                    return (false, 3, Decimal(string: digits) ?? 0, k + 3, false)
                }
                return (false, 3, 0, nextEnd, false)
            }
            if let exponent = FigureWords.scales[next], !FigureWords.attachedOnly.contains(next) { return (false, exponent, 0, nextEnd, false) }
            return (false, 0, 0, end, false)
        }

        /// The number written in digits at `start`, and where the scan goes on.
        func number(at start: Int) -> (figure: Figure?, next: Int) {
            var i = start
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
                } else if !inFraction, s == separators.alternateDecimal, isDigit(i + 1), !isDigit(i + 3) || !isDigit(i + 2) {
                    inFraction = true
                    i += 1
                } else {
                    break
                }
            }
            let end = i
            guard let (percent, exponent, plus, stop, ordinal) = suffix(after: end).map({ ($0.percent, $0.exponent, $0.plus, $0.stop, $0.ordinal) }) else {
                return (nil, word(at: end).end)
            }
            if exponent == 0, !percent, fraction.isEmpty, let year = shortYear(start: start, end: end) {
                // `2024-25`: the second year of a range, written short.
                return (figure(year, percent: false, from: start, to: end, digitsEnd: end), end)
            }
            let digits = Decimal(string: integer + (fraction.isEmpty ? "" : "." + fraction), locale: Locale(identifier: "en_US_POSIX")) ?? 0
            let value = exponent == 3 && plus != 0 ? digits * 1000 + plus : digits * Self.power(exponent)
            return (figure(value, percent: percent, from: start, to: stop, soft: ordinal || inNumericDate(start: start, end: end),
                           exponent: exponent, digitsEnd: plus == 0 ? end : nil), max(stop, start + 1))
        }

        /// The year a two-digit number after a year and a dash stands for (`2024-25`, `2024–25`).
        func shortYear(start: Int, end: Int) -> Decimal? {
            guard end - start == 2, start >= 5, Self.dashes.contains(scalars[start - 1]),
                  isDigit(start - 2), isDigit(start - 3), isDigit(start - 4), isDigit(start - 5), !isDigit(start - 6),
                  let first = Int(String(String.UnicodeScalarView(scalars[(start - 5)..<(start - 1)]))), (1900...2099).contains(first),
                  let short = Int(String(String.UnicodeScalarView(scalars[start..<end]))) else { return nil }
            let year = first / 100 * 100 + short
            return year > first ? Decimal(year) : nil
        }

        /// Whether the one- or two-digit number from `start` to `end` is the day or month of a
        /// date written in digits (`13/11/2019`, `13/11`): soft, since the other text may name
        /// the month (`13 November 2019`).
        func inNumericDate(start: Int, end: Int) -> Bool {
            guard end - start <= 2 else { return false }
            let slashAfter = end < scalars.count && scalars[end] == "/" && isDigit(end + 1)
            let slashBefore = start > 0 && scalars[start - 1] == "/" && isDigit(start - 2)
            return slashAfter || slashBefore
        }

        /// The figure a word at `start` begins (`four million`, `mil 350 millones`, `seven`).
        func spelled(at start: Int) -> (figure: Figure?, next: Int) {
            let (text, end) = word(at: start)
            // The next word counts only after a space (`four million`, not `four-million`).
            let spaced = skipSpaces(end)
            let k = spaced > end ? spaced : scalars.count
            if text == "mil" {
                // `mil 350 millones` (Mexican press style) is 1,350 million; `mil millones` a billion.
                if let run = digitRun(at: k), run.end - k <= 3 {
                    let close = run.end
                    let j = skipSpaces(close)
                    let (scale, scaleEnd) = isLetter(j) && j > close ? word(at: j) : ("", j)
                    if FigureWords.scales[scale] == 6, let n = Decimal(string: run.digits) {
                        return (figure((1000 + n) * Self.power(6), percent: false, from: start, to: scaleEnd), scaleEnd)
                    }
                }
                let (next, nextEnd) = isLetter(k) ? word(at: k) : ("", k)
                if FigureWords.scales[next] == 6 { return (figure(Self.power(9), percent: false, from: start, to: nextEnd), nextEnd) }
                return (nil, end)
            }
            let isOne = FigureWords.one.contains(text)
            guard let n = words.numbers[text] ?? (isOne ? 1 : nil) else { return (nil, end) }
            let (next, nextEnd) = isLetter(k) ? word(at: k) : ("", k)
            if let exponent = FigureWords.scales[next], next.count > 1 {
                if next == "mil" {
                    let j = skipSpaces(nextEnd)
                    let (after, afterEnd) = isLetter(j) && j > nextEnd ? word(at: j) : ("", j)
                    if FigureWords.scales[after] == 6 { return (figure(Decimal(n) * Self.power(9), percent: false, from: start, to: afterEnd), afterEnd) }
                }
                return (figure(Decimal(n) * Self.power(exponent), percent: false, from: start, to: nextEnd), nextEnd)
            }
            let j = skipSpaces(nextEnd)
            let (after, afterEnd) = isLetter(j) && j > nextEnd ? word(at: j) : ("", j)
            if FigureWords.percentWords.contains(next) { return (figure(Decimal(n), percent: true, from: start, to: nextEnd), nextEnd) }
            if FigureWords.percentPairs.contains(next + " " + after) { return (figure(Decimal(n), percent: true, from: start, to: afterEnd), afterEnd) }
            if isOne { return (nil, end) }
            return (figure(Decimal(n), percent: false, from: start, to: end, soft: true), end)
        }

        /// Where a web address starting at `i` ends (`https://…`, `www.…`): its digits are not
        /// figures, since a translation may link to the page in its own language.
        func addressEnd(at i: Int) -> Int? {
            let head = String(String.UnicodeScalarView(scalars[i..<min(i + 8, scalars.count)])).lowercased()
            guard head.hasPrefix("http://") || head.hasPrefix("https://") || head.hasPrefix("www.") else { return nil }
            var j = i
            while j < scalars.count, !Self.spaces.contains(scalars[j]), !["\n", "\t", ")", ">", "]", "\"", "<"].contains(scalars[j]) { j += 1 }
            return j
        }

        /// The digits from `i` (no separators), with where they end.
        func digitRun(at i: Int) -> (digits: String, end: Int)? {
            var j = i
            while isDigit(j) { j += 1 }
            return j > i ? (String(String.UnicodeScalarView(scalars[i..<j])), j) : nil
        }

        static func power(_ exponent: Int) -> Decimal {
            var result: Decimal = 1
            for _ in 0..<max(exponent, 0) { result *= 10 }
            return result
        }

        mutating func figures() -> [Figure] {
            var figures: [Figure] = []
            var i = 0
            while i < scalars.count {
                if isDigit(i) {
                    guard startsNumber(i) else {
                        while isDigit(i) || isLetter(i) { i += 1 }
                        continue
                    }
                    let (figure, next) = number(at: i)
                    if let figure { figures.append(figure) }
                    i = next
                } else if isLetter(i), !isLetter(i - 1), !isDigit(i - 1) {
                    if let end = addressEnd(at: i) {
                        i = end
                        continue
                    }
                    let (figure, next) = spelled(at: i)
                    if let figure { figures.append(figure) }
                    i = max(next, i + 1)
                } else {
                    i += 1
                }
            }
            return figures
        }
    }

    /// The value's significant digits and power of ten (`72e4`, `584e5`, `15e-1`), `%` for a
    /// percentage: the same key however the figure was written.
    static func key(_ value: Decimal, percent: Bool) -> String {
        let text = "\(value)"
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        let integer = parts.first ?? "0", fraction = parts.count > 1 ? parts[1] : ""
        var digits = Array((integer + fraction).drop { $0 == "0" })
        var exp = -fraction.count
        while digits.last == "0" { digits.removeLast(); exp += 1 }
        if digits.isEmpty { return percent ? "0%" : "0" }
        return String(digits) + "e" + String(exp) + (percent ? "%" : "")
    }
}
