import PlanModel

/// `funding:` in the plan file: `files:` (paths in the plan folder), and the mapping tables
/// `organisations:` (partner ID: names) and `sectors:` (sector ID: cluster names).
enum FundingSchema {
    static func read(_ entry: FrontMatterEntry, reader: inout SchemaReader) -> FundingSettings {
        guard let entries = reader.block(entry) else { return FundingSettings() }
        var settings = FundingSettings()
        for e in entries {
            switch e.key {
            case "files": settings.files = reader.uniqueList(e, expecting: "file paths in the plan folder", PlanSettingsSchema.text)
            case "organisations": settings.organisations = aliases(e, reader: &reader, idParser: IdentifierLiteral.code)
            case "sectors": settings.sectors = aliases(e, reader: &reader, idParser: IdentifierLiteral.slug)
            default: reader.unknownKey(e, known: ChapterKeys.funding, in: "'funding'")
            }
        }
        return settings
    }

    /// `ID: name` or `ID:` followed by `- name` items, one line per ID.
    private static func aliases(
        _ entry: FrontMatterEntry, reader: inout SchemaReader, idParser: (LiteralBytes) -> Parsed<String>
    ) -> [FundingAlias] {
        guard let entries = reader.block(entry) else { return [] }
        var out: [FundingAlias] = []
        for e in entries {
            let keyBytes = reader.context.file.bytes[e.keyRange.start.offset..<e.keyRange.end.offset]
            switch idParser(keyBytes) {
            case .failure(let f): reader.context.report(f)
            case .value(let id, _): out.append(FundingAlias(id: Located(id, at: e.keyRange), names: reader.textList(e)))
            }
        }
        return out
    }
}
