import PlanModel

/// Chooses the chapter kind from the top-level keys (`plan:` or `chapter: country|sector|translation|foreword`) and
/// hands the entries to that kind's schema.
enum ChapterSchema {
    static let kinds = ["country", "sector", "translation", "foreword"]

    /// How much of a chapter to read.
    enum Scope {
        /// Every key, every value checked.
        case full
        /// All but a sector chapter's plan data (``ChapterKeys/sectorData``).
        case identity
    }

    static func read(_ tree: FrontMatterTree, opening: SourceRange, scope: Scope = .full, reader: inout SchemaReader) -> ChapterHeader? {
        let entries = tree.root.entries
        if entries.contains(where: { $0.key == "plan" }) {
            return PlanSchema.read(entries, opening: opening, reader: &reader).map(ChapterHeader.plan)
        }
        guard let chapter = entries.first(where: { $0.key == "chapter" }) else {
            if tree.root.entries.isEmpty, reader.context.hasErrors { return nil }
            reader.context.error(DSLRules.missingChapterKind, opening.start.offset, opening.end.offset,
                                 "Front matter must say what it is: start with 'plan:' (the plan file) or 'chapter: country' / 'chapter: sector'")
            return nil
        }
        guard let kind = reader.literal(chapter, expecting: "'country', 'sector', 'translation' or 'foreword'", { ChoiceLiteral.parse($0, choices: kinds, what: "a chapter kind") }) else {
            return nil
        }
        switch kind.value {
        case "country": return CountrySchema.read(entries, opening: opening, reader: &reader).map(ChapterHeader.country)
        case "foreword": return ForewordSchema.read(entries, opening: opening, reader: &reader).map(ChapterHeader.foreword)
        case "translation": return TranslationSchema.read(entries, opening: opening, reader: &reader).map(ChapterHeader.translation)
        default:
            let read = scope == .full ? entries : entries.filter { !ChapterKeys.sectorData.contains($0.key) }
            return SectorSchema.read(read, opening: opening, reader: &reader).map(ChapterHeader.sector)
        }
    }
}
