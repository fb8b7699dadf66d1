import Foundation
import PlanModel

/// The words of country names in the languages a heading may be written in, as the heading
/// matcher folds them: "Tchad", "Camerún", "République centrafricaine" are read like "Chad"
/// around a part's name ("Tchad : aperçu de la situation").
///
/// English names come from ``ISO3166``; the others from the locale data (CLDR) Foundation
/// carries, for every ISO 3166 region code. Computed once per language and cached.
enum CountryNameWords {
    /// The folded words of every country name in `languages` (codes such as `fr`, `es`).
    static func words(languages: [String]) -> Set<String> {
        var out = english
        for language in languages.sorted() where language != "en" { out.formUnion(words(language: language)) }
        return out
    }

    private static let english = Set(ISO3166.names.values.flatMap { HeadingNormalizer.words($0).map(\.folded) })

    private static let cache = OnceCache<String, Set<String>>()

    private static func words(language: String) -> Set<String> {
        cache.value(for: language) {
            let locale = Locale(identifier: language)
            var out = Set<String>()
            for code in regionCodes {
                guard let name = locale.localizedString(forRegionCode: code) else { continue }
                out.formUnion(HeadingNormalizer.words(name).map(\.folded))
            }
            return out
        }
    }

    /// Two-letter codes of countries and territories: not the private-use (`Q…`, `X…`, `ZZ`)
    /// or grouping codes (`EU`, `EZ`, `UN`), whose names ("outlying Oceania") are not places a
    /// heading names.
    private static let regionCodes: [String] = Locale.Region.isoRegions.map(\.identifier).filter { code in
        code.count == 2 && code.allSatisfy(\.isLetter) && !code.hasPrefix("Q") && !code.hasPrefix("X")
            && !["ZZ", "EU", "EZ", "UN"].contains(code)
    }.sorted()
}
