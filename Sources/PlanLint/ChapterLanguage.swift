import PlanSyntax

/// The language of a chapter when no typed header is at hand: a `language: xx` line in the
/// front matter, found with a plain scan so that a lone Markdown file works.
public enum ChapterLanguage {
    /// `en`, `fr`, `es`, `zh`... from `language: fr` (also `fr-FR`, quoted values, comments);
    /// `nil` without front matter or without the key.
    ///
    /// The front matter can be long (a plan's typed header): lines are not split into
    /// characters; the UTF-8 is searched for `language:` at the start of a line (after spaces
    /// and tabs), and only such a line is read as text.
    public static func declared(in chapter: ChapterSource) -> String? {
        guard var text = chapter.frontMatterText else { return nil }
        return text.withUTF8 { bytes in
            var from = 0
            while let at = find(key, in: bytes, from: from) {
                from = at + 1
                var start = at
                while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
                guard start == 0 || newlineLength(endingAt: start, in: bytes) > 0 else { continue }
                var end = at
                while end < bytes.count, newlineLength(startingAt: end, in: bytes) == 0 { end += 1 }
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                if let value = value(ofLine: line[...]) { return value }
            }
            return nil
        }
    }

    private static let key = Array("language:".utf8)

    /// The language of a `language:` line (the value may be empty: `.some(nil)`), `nil` when the
    /// line does not start with the key once read as characters.
    private static func value(ofLine line: Substring) -> String?? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix("language:") else { return nil }
        var value = trimmed.dropFirst("language:".count).prefix { $0 != "#" }
        value = value.drop { $0 == " " || $0 == "\"" || $0 == "'" }
        return .some(normalized(String(value.prefix { $0.isLetter || $0 == "-" || $0 == "_" })))
    }

    /// Bytes of a line break (`Character.isNewline`: LF, VT, FF, CR, NEL, U+2028, U+2029) that
    /// starts at `i`, 0 if none.
    private static func newlineLength(startingAt i: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        let c = b[i]
        if c >= 0x0A && c <= 0x0D { return 1 }
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0x85 { return 2 }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { return 3 }
        return 0
    }

    /// Bytes of a line break that ends just before `i`, 0 if none.
    private static func newlineLength(endingAt i: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        if i >= 1, b[i - 1] >= 0x0A && b[i - 1] <= 0x0D { return 1 }
        if i >= 2, newlineLength(startingAt: i - 2, in: b) == 2 { return 2 }
        if i >= 3, newlineLength(startingAt: i - 3, in: b) == 3 { return 3 }
        return 0
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0] {
                var k = 1
                while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// `fr-FR` -> `fr`, `ZH_Hans` -> `zh`; `nil` for an empty code.
    public static func normalized(_ code: String) -> String? {
        let base = code.prefix { $0.isLetter }.lowercased()
        return base.isEmpty ? nil : base
    }
}
