import Foundation

/// Brings headings to a comparable form: case and accents folded, punctuation and numbering
/// removed, spaces collapsed. "2.1 Análisis de la Situación:" becomes "analisis de la situacion".
enum HeadingNormalizer {
    static func normalize(_ heading: String) -> String {
        if let ascii = normalizeASCII(heading) { return ascii }
        let folded = heading.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words: [String] = []
        var word = ""
        for scalar in folded.unicodeScalars {
            if isAlphanumeric(scalar) {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        while let first = words.first, first.allSatisfy({ $0.isNumber }) || isRomanNumeral(first) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The same result for an ASCII heading, computed on its bytes (no per-scalar appends):
    /// `nil` when the heading holds a non-ASCII byte.
    private static func normalizeASCII(_ heading: String) -> String? {
        var copy = heading
        return copy.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var wordStart = -1
            var leading = true
            for i in 0...bytes.count {
                let b: UInt8 = i < bytes.count ? bytes[i] : 0x20
                if b >= 0x80 { return nil }
                let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                if (lower >= 0x30 && lower <= 0x39) || (lower >= 0x61 && lower <= 0x7A) {
                    if wordStart < 0 {
                        if !out.isEmpty { out.append(0x20) }
                        wordStart = out.count
                    }
                    out.append(lower)
                } else if wordStart >= 0 {
                    // Leading words are dropped while they are numbers; `out` then holds only this word.
                    if leading {
                        if isNumberOrNumeral(out[wordStart...]) { out.removeAll(keepingCapacity: true) } else { leading = false }
                    }
                    wordStart = -1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether an ASCII word (lowercase letters and digits) is all digits or a Roman numeral.
    private static func isNumberOrNumeral(_ word: ArraySlice<UInt8>) -> Bool {
        if word.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return true }
        // Only words of at most four i, v and x can be numerals from i to x.
        guard word.count <= 4, word.allSatisfy({ $0 == 0x69 || $0 == 0x76 || $0 == 0x78 }) else { return false }
        return romanNumerals.contains { $0.utf8.elementsEqual(word) }
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
        }
        return alphanumerics.contains(scalar)
    }

    private static let alphanumerics = CharacterSet.alphanumerics

    private static func isRomanNumeral(_ word: String) -> Bool {
        romanNumerals.contains(word)
    }

    private static let romanNumerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
}
