import Foundation

/// Brings headings to a comparable form: case and accents folded, punctuation and numbering
/// removed, spaces collapsed. "2.1 Análisis de la Situación:" becomes "analisis de la situacion".
enum HeadingNormalizer {
    static func normalize(_ heading: String) -> String {
        let folded = heading.utf8.allSatisfy { $0 < 0x80 }
            ? heading.lowercased()
            : heading.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
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

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
        }
        return alphanumerics.contains(scalar)
    }

    private static let alphanumerics = CharacterSet.alphanumerics

    private static func isRomanNumeral(_ word: String) -> Bool {
        ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"].contains(word)
    }
}
