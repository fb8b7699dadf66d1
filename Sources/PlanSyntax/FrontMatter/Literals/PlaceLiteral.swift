import PlanModel

/// Where a chapter belongs: an ISO 3166-1 alpha-3 code, `regional`, or a sub-region ID (checked
/// against the plan's `sub-regions:` by the compiler).
enum PlaceLiteral {
    static func parse(_ bytes: LiteralBytes) -> Parsed<ChapterPlace> {
        let s = bytes.trimmed
        let text = s.text
        if text == "regional" { return .value(.regional, canonical: text) }
        if CountryCodeLiteral.looksLikeCode(text) || ISO3166.isAssigned(text) {
            switch CountryCodeLiteral.parse(s) {
            case .value(let code, let c): return .value(.country(code), canonical: c)
            case .failure(let f): return .failure(f)
            }
        }
        if IdentifierLiteral.isSlug(s) { return .value(.subRegion(text), canonical: text) }
        let suggestion = CountryCodeLiteral.suggestion(for: text)
        return .failure(LiteralFailure(CountryCodeLiteral.id, s.startIndex, max(s.endIndex, s.startIndex),
                                       "Expected an ISO 3166-1 alpha-3 code, a sub-region identifier or 'regional'" + (suggestion.map { "; did you mean \($0)?" } ?? ""),
                                       replace: suggestion.map { .init(start: s.startIndex, end: s.endIndex, text: $0) }))
    }
}
