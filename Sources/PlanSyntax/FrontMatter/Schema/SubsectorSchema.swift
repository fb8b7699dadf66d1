import PlanModel

/// `subsectors:` of a declared sector: a list of slugs (`gbv, child-protection`, or one `- `
/// item per line), whose display names renderers derive from the slugs; or a block mapping each
/// slug to its display name (`gbv: Gender-based violence`), or to a block of names by language
/// (`gbv:` then `en: Gender-based violence`, `fr: Violences basées sur le genre`).
enum SubsectorSchema {
    /// The sub-sector IDs in written order, the display names of the block form by ID (the first
    /// when given per language), and the names by ID and language.
    typealias Subsectors = (ids: [Located<String>], names: [String: Located<String>], byLanguage: [String: [String: Located<String>]])

    static func read(_ entry: FrontMatterEntry, reader: inout SchemaReader) -> Subsectors {
        let node = reader.tree[entry.value]
        guard node.kind == .mapping else {
            return (reader.uniqueList(entry, expecting: "sub-sector identifiers", IdentifierLiteral.slug), [:], [:])
        }
        // Repeated keys were already reported (`dsl.duplicate-key`) and left out of the block.
        var ids: [Located<String>] = []
        var names: [String: Located<String>] = [:]
        var byLanguage: [String: [String: Located<String>]] = [:]
        for e in node.entries {
            switch IdentifierLiteral.slug(reader.context.file.bytes[e.keyRange.start.offset..<e.keyRange.end.offset]) {
            case .failure(let failure):
                reader.context.report(failure)
            case .value(let id, _):
                // A sub-sector without a usable name is still declared, so that its chapters do
                // not report it as undeclared on top of this error.
                ids.append(Located(id, at: e.keyRange))
                if reader.tree[e.value].kind == .mapping {
                    guard let read = TranslatedTextSchema.read(e, reader: &reader, what: "name") else { continue }
                    names[id] = read.text
                    byLanguage[id] = read.byLanguage
                    continue
                }
                guard let name = reader.scalar(e, expecting: "the sub-sector's display name") else { continue }
                if name.text.allSatisfy(\.isWhitespace) {
                    reader.context.error(DSLRules.missingValue, name.range.start.offset, name.range.end.offset,
                                         "'\(id)' has an empty name: write the sub-sector's display name, or remove the key")
                } else {
                    names[id] = Located(name.text, at: name.range)
                }
            }
        }
        return (ids, names, byLanguage)
    }
}
