import PlanModel

/// A display name given once (`name: Protection`) or once per language, as a block of
/// `LANGUAGE: text` lines:
///
/// ```yaml
/// name:
///   en: Food Security
///   fr: Sécurité alimentaire
/// ```
///
/// Used by `plan:` (the plan's title), a sector's `name:` and a sub-sector's name in the block
/// form of `subsectors:`. Each key is a language code (`dsl.language` when it is not), each
/// value text that is not empty (`dsl.missing-value`). The first name is the default, shown in a
/// document whose language the block does not list.
enum TranslatedTextSchema {
    /// The first (or only) text, and the texts by language (empty for a single text); `nil` after
    /// an error that leaves no text.
    static func read(_ entry: FrontMatterEntry, reader: inout SchemaReader, what: String) -> (text: Located<String>, byLanguage: [String: Located<String>])? {
        let node = reader.tree[entry.value]
        guard node.kind == .mapping else {
            return reader.text(entry).map { ($0, [:]) }
        }
        // Repeated keys were already reported (`dsl.duplicate-key`) and left out of the block.
        var first: Located<String>?
        var byLanguage: [String: Located<String>] = [:]
        for e in node.entries {
            switch SimpleLiterals.language(reader.context.file.bytes[e.keyRange.start.offset..<e.keyRange.end.offset]) {
            case .failure(let failure):
                reader.context.report(failure)
            case .value(let language, _):
                guard let text = reader.scalar(e, expecting: what) else { continue }
                guard !text.text.allSatisfy(\.isWhitespace) else {
                    reader.context.error(DSLRules.missingValue, text.range.start.offset, text.range.end.offset,
                                         "'\(language)' has an empty \(what): write it, or remove the line")
                    continue
                }
                let located = Located(text.text, at: text.range)
                first = first ?? located
                byLanguage[language] = located
            }
        }
        return first.map { ($0, byLanguage) }
    }
}
