/// Identifiers. A *slug* names sectors, sub-sectors, sub-regions, section parts and the like:
/// lower-case letters and digits in words joined by single hyphens (`child-protection`). A
/// *code* names partners, indicators and outcome areas: letters and digits in words joined by
/// `-`, `_` or `.` (`UNHCR`, `PRT-01`, `OA1`, `language.agency-voice`).
enum IdentifierLiteral {
    static let id = DSLRules.invalidIdentifier

    static func slug(_ bytes: LiteralBytes) -> Parsed<String> {
        let s = bytes.trimmed
        if isSlug(s) { let text = s.text; return .value(text, canonical: text) }
        let suggestion = slugified(s.text)
        return .failure(LiteralFailure(id, s.startIndex, max(s.endIndex, s.startIndex),
                                       "Expected an identifier of lower-case letters, digits and single hyphens" + (suggestion.isEmpty ? "" : ", such as '\(suggestion.excerpt)'"),
                                       replace: suggestion.isEmpty ? nil : .init(start: s.startIndex, end: s.endIndex, text: suggestion)))
    }

    static func code(_ bytes: LiteralBytes) -> Parsed<String> {
        let s = bytes.trimmed
        if isCode(s) { let text = s.text; return .value(text, canonical: text) }
        return .failure(LiteralFailure(id, s.startIndex, max(s.endIndex, s.startIndex),
                                       "Expected a code of letters and digits, in parts joined by '-', '_' or '.' (such as 'UNHCR' or 'PRT-01')"))
    }

    static func isSlug(_ s: LiteralBytes) -> Bool {
        isWords(s, separators: [UInt8(ascii: "-")]) { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
    }

    static func isCode(_ s: LiteralBytes) -> Bool {
        isWords(s, separators: [UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ".")], LineLexer.isAlphanumeric)
    }

    private static func isWords(_ s: LiteralBytes, separators: [UInt8], _ isWordByte: (UInt8) -> Bool) -> Bool {
        guard let first = s.first, let last = s.last, isWordByte(first), isWordByte(last) else { return false }
        var previousWasSeparator = false
        for b in s {
            if separators.contains(b) {
                if previousWasSeparator { return false }
                previousWasSeparator = true
            } else if isWordByte(b) {
                previousWasSeparator = false
            } else {
                return false
            }
        }
        return true
    }

    /// `Child Protection` -> `child-protection`; empty when nothing usable remains.
    static func slugified(_ text: String) -> String {
        var words: [String] = []
        var word = ""
        for b in text.lowercased().utf8 {
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                word.append(Character(UnicodeScalar(b)))
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: "-")
    }
}
