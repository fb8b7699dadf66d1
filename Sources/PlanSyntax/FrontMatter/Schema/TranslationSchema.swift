import PlanModel

/// A translated chapter (`chapter: translation`): `of` (the original's path), `language`, and
/// optionally `title` and the clearance keys. Plan data keys belong in the original.
enum TranslationSchema {
    static let place = "a translation"

    static func read(_ entries: [FrontMatterEntry], opening: SourceRange, reader: inout SchemaReader) -> TranslationHeader? {
        var original: Located<String>?
        var language: Located<String>?
        var title: Located<String>?
        var clearance = Clearance()
        for entry in entries where !ClearanceSchema.read(entry, into: &clearance, reader: &reader) {
            switch entry.key {
            case "chapter": continue
            case "of": original = reader.text(entry)
            case "language": language = reader.literal(entry, expecting: "a language code", SimpleLiterals.language)
            case "title": title = reader.text(entry)
            default: reader.unknownKey(entry, known: ChapterKeys.translation, in: Self.place, elsewhere: ChapterKeys.elsewhere(entry.key, notIn: Self.place))
            }
        }
        reader.require(ChapterKeys.translationRequired, in: entries, at: opening, what: "A translation")
        guard let original, let language else { return nil }
        var header = TranslationHeader(original: original, language: language, title: title)
        header.clearance = clearance
        return header
    }
}
