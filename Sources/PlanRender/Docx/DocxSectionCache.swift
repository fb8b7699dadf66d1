import PlanModel

/// Sector chapters written to Word XML once per compile: a country's sector chapters (heading,
/// text, planning figures, requirements, indicators, locations, assumptions) are in the regional
/// document and in the country's own, from the same template values, and each is written once
/// as a fragment (``DocxBody/fragment(language:like:)``) and appended to every document that
/// shows it, with that document's IDs (``DocxBody/append(_:)``). A chapter whose values,
/// labels, language or page differ in another document is written again for it.
final class DocxSectionCache: Sendable {
    struct Key: Hashable, Sendable {
        /// The sector's template values.
        var sector: TemplateValue
        /// The document's labels.
        var labels: TemplateValue
        var language: String
        var defaultLanguage: String?
        var page: DocxPageSetup

        /// The sector's anchor and the languages: comparing the values is left to equality.
        func hash(into hasher: inout Hasher) {
            hasher.combine(sector.text("anchor"))
            hasher.combine(language)
            hasher.combine(defaultLanguage)
        }
    }

    private let sections = OnceCache<Key, DocxBody>()

    /// The fragment `key` names, written by `write` the first time.
    func fragment(_ key: Key, write: () -> DocxBody) -> DocxBody {
        sections.value(for: key, make: write)
    }
}
