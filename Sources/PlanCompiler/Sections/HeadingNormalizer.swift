import Foundation

/// One word of a heading as the matcher compares it.
struct HeadingWord: Sendable, Hashable {
    /// The word lowercased, accents removed ("analisis").
    var folded: String
    /// ``HeadingNormalizer/stem(_:)`` of `folded`: singular and plural forms share it.
    var stem: String
    /// UTF-8 byte offsets of the word in the text it was read from.
    var range: Range<Int>
    /// Which stretch of the heading holds the word: punctuation (`,` `;` `:` `/` `&` `(`, a
    /// dash between spaces) starts a new stretch; so do connector words, counted by the matcher.
    var stretch: Int
}

/// Reads headings as words: case and accents folded, punctuation dropped, plural endings
/// removed. One pass over the text; cost grows with its length.
enum HeadingNormalizer {
    /// The words of `text`, in order.
    ///
    /// Read on the text's UTF-8 bytes: a word is a run of word scalars, so its text is the run
    /// of bytes between its first and last scalar, made into a string once (not scalar by
    /// scalar, which cost about 270 instructions a scalar); ASCII bytes are their own scalars.
    static func words(_ text: String) -> [HeadingWord] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [HeadingWord] = []
            var stretch = 0
            var start = -1
            var previousWasSpace = true
            let n = bytes.count
            func finish(at end: Int) {
                guard start >= 0 else { return }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let folded = word.allSatisfy({ $0 < 0x80 }) ? asciiLowercased(word) : fold(String(decoding: word, as: UTF8.self))
                out.append(HeadingWord(folded: folded, stem: stem(folded), range: start..<end, stretch: stretch))
                start = -1
            }
            var offset = 0
            while offset < n {
                let (scalar, width) = bytes.scalar(at: offset)
                if isWordScalar(scalar) {
                    if start < 0 { start = offset }
                    previousWasSpace = false
                } else {
                    finish(at: offset)
                    let space = isWhitespace(scalar)
                    if breaksStretch(scalar) || (scalar == "-" && (previousWasSpace || offset + width >= n || isWhitespace(bytes.scalar(at: offset + width).scalar))) {
                        stretch += 1
                    }
                    previousWasSpace = space
                }
                offset += width
            }
            finish(at: offset)
            return out
        }
    }

    /// ASCII bytes as a string with `A`-`Z` lowercased: what `lowercased()` makes of them.
    private static func asciiLowercased(_ word: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: word.count) { out in
            for i in 0..<word.count {
                let b = word[i]
                out[i] = b &- 0x41 < 26 ? b | 0x20 : b
            }
            return word.count
        }
    }

    /// Unicode's White_Space property; for ASCII, a space or a byte from tab to carriage return.
    @inline(__always)
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) : scalar.properties.isWhitespace
    }

    /// The words of `text` joined by single spaces: "2.1 Análisis de la Situación:" becomes
    /// "2 1 analisis de la situacion".
    static func normalize(_ text: String) -> String {
        words(text).map(\.folded).joined(separator: " ")
    }

    /// `word` lowercased with accents removed.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// A folded word without its plural and gender endings, so that forms of one word compare
    /// equal in English, French and Spanish: a final `s` (not `ss`, `us`, `is`), then a final
    /// `e`, then a final `ll` becomes `l` and `y` becomes `i`; `is` ends are dropped
    /// ("priorities", "priority" -> "prioriti"; "necesidades" -> "necesidad"; "analyses",
    /// "analysis" -> "analys"; "sectorielles", "sectoriel" -> "sectoriel").
    ///
    /// The endings are ASCII, so they are tested on the word's UTF-8 bytes (an ASCII byte is
    /// always its own scalar); lengths count scalars. One byte buffer per word, no scalar arrays:
    /// matchers are built from thousands of vocabulary words.
    static func stem(_ folded: String) -> String {
        var bytes = Array(folded.utf8)
        var length = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard bytes.count >= n else { return false }
            return suffix.withUTF8Buffer { s in (0..<n).allSatisfy { bytes[bytes.count - n + $0] == s[$0] } }
        }
        func dropLast(_ n: Int) {
            bytes.removeLast(n)
            length -= n
        }
        if ends("is") {
            if length >= 6 { dropLast(2) }
        } else {
            if ends("s"), !ends("ss"), !ends("us"), length > 3 { dropLast(1) }
            if ends("e"), length > 4 { dropLast(1) }
            if ends("ll") { dropLast(1) }
            if ends("y"), length > 3 { bytes[bytes.count - 1] = UInt8(ascii: "i") }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Letters, digits and combining marks.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
        }
        return alphanumerics.contains(scalar)
    }

    private static let alphanumerics = CharacterSet.alphanumerics

    /// Punctuation that separates two stretches of a heading.
    private static func breaksStretch(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", "/", "|", "&", "+", "(", ")", "[", "]", "\u{2013}", "\u{2014}", "\u{2022}", "\u{00B7}": true
        default: false
        }
    }
}
