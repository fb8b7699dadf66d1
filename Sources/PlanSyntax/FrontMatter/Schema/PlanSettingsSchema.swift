import PlanModel

/// `lint:` and `sections:` in the plan file (`sections:` maps part IDs to extra headings; its
/// key `order` takes `strict` or `any`).
enum PlanSettingsSchema {
    static func lint(_ entry: FrontMatterEntry, reader: inout SchemaReader) -> LintSettings {
        guard let entries = reader.block(entry) else { return LintSettings() }
        var settings = LintSettings()
        for e in entries {
            switch e.key {
            case "agencies": settings.agencies = reader.uniqueList(e, expecting: "agency names", text)
            case "allow": settings.allow = reader.textList(e)
            case "brands": settings.brands = reader.textList(e)
            case "disable": settings.disabledRules = reader.uniqueList(e, expecting: "rule IDs", IdentifierLiteral.code)
            default: reader.unknownKey(e, known: ChapterKeys.lint, in: "'lint'")
            }
        }
        return settings
    }

    static func sections(_ entry: FrontMatterEntry, reader: inout SchemaReader) -> SectionVocabularySettings {
        guard let entries = reader.block(entry) else { return SectionVocabularySettings() }
        var synonyms: [Located<String>: [Located<String>]] = [:]
        var order: Located<SectionOrder>?
        for e in entries {
            if e.key == "order" {
                order = reader.literal(e, expecting: "'strict' or 'any'") { PlanSchema.choice($0, SectionOrder.self, what: "a section order") }
                continue
            }
            let keyBytes = reader.context.file.bytes[e.keyRange.start.offset..<e.keyRange.end.offset]
            switch IdentifierLiteral.slug(keyBytes) {
            case .failure(let f): reader.context.report(f)
            case .value(let id, _): synonyms[Located(id, at: e.keyRange)] = reader.uniqueList(e, expecting: "headings", text)
            }
        }
        return SectionVocabularySettings(synonyms: synonyms, order: order)
    }

    /// Any text as a list item.
    static func text(_ bytes: LiteralBytes) -> Parsed<String> {
        let t = bytes.trimmed.text
        return .value(t, canonical: t)
    }
}
