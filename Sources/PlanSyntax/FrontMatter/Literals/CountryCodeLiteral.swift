import PlanModel

/// An ISO 3166-1 alpha-3 code from the built-in list (`TCD`), with a suggestion for the usual
/// slips: the alpha-2 code (`NO` -> `NOR`), lower case (`tcd` -> `TCD`), a typo (`TCF` -> `TCD`).
enum CountryCodeLiteral {
    static let id = DSLRules.invalidCountryCode
    private static let codes = ISO3166.names.keys.sorted()

    static func parse(_ bytes: LiteralBytes) -> Parsed<CountryCode> {
        let s = bytes.trimmed
        let text = s.text
        if ISO3166.isAssigned(text) { return .value(CountryCode(text), canonical: text) }
        let start = s.startIndex
        let end = max(s.endIndex, start)
        guard let suggestion = suggestion(for: text) else {
            return .failure(LiteralFailure(id, start, end, "Expected an ISO 3166-1 alpha-3 code such as 'TCD'; '\(text.excerpt)' is not one"))
        }
        return .failure(LiteralFailure(id, start, end, "Expected an ISO 3166-1 alpha-3 code; did you mean \(suggestion)?",
                                       replace: .init(start: start, end: end, text: suggestion), fixMessage: "Replace with '\(suggestion)' (\(ISO3166.name(of: suggestion) ?? suggestion))"))
    }

    /// The code the author most likely meant.
    static func suggestion(for text: String) -> String? {
        guard text.utf8.count <= 60 else { return nil }
        let upper = text.uppercased()
        if ISO3166.isAssigned(upper) { return upper }
        if let alpha3 = ISO3166Alpha2.alpha3[upper] { return alpha3 }
        let lowered = text.lowercased()
        if let byName = ISO3166.names.sorted(by: { $0.key < $1.key }).first(where: { $0.value.lowercased() == lowered })?.key { return byName }
        guard upper.utf8.count == 3, upper.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return nil }
        return codes.first { EditDistance.between($0, upper, limit: 1) <= 1 }
    }

    /// Whether the text looks like an attempt at a country code rather than another identifier:
    /// two or three capitals, or a lower-case assigned code.
    static func looksLikeCode(_ text: String) -> Bool {
        let u = text.utf8
        if (2...3).contains(u.count), u.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) { return true }
        return ISO3166.isAssigned(text.uppercased()) && text.utf8.count == 3
    }
}
