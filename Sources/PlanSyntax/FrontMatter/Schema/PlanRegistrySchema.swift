import PlanModel

/// The plan's registries: `sectors:`, `partners:` and `sub-regions:`, each a block keyed by ID.
enum PlanRegistrySchema {
    static func sectors(_ entry: FrontMatterEntry, reader: inout SchemaReader) -> [SectorDeclaration] {
        keyedBlocks(entry, reader: &reader, idParser: IdentifierLiteral.slug) { id, entries, reader in
            var name: Located<String>?
            var names: [String: Located<String>] = [:]
            var subsectors: SubsectorSchema.Subsectors = ([], [:], [:])
            var outcomeAreas: [Located<String>] = []
            for e in entries {
                switch e.key {
                case "name":
                    let read = TranslatedTextSchema.read(e, reader: &reader, what: "name")
                    (name, names) = (read?.text, read?.byLanguage ?? [:])
                case "subsectors": subsectors = SubsectorSchema.read(e, reader: &reader)
                case "outcome-areas": outcomeAreas = reader.uniqueList(e, expecting: "outcome areas", IdentifierLiteral.code)
                default: reader.unknownKey(e, known: ChapterKeys.sectorDeclaration, in: "sector '\(id.value)'")
                }
            }
            reader.require(["name"], in: entries, at: id.range, what: "Sector '\(id.value)'")
            return name.map {
                SectorDeclaration(
                    id: id, name: $0, subsectors: subsectors.ids, outcomeAreas: outcomeAreas, subsectorNames: subsectors.names,
                    names: names, subsectorNamesByLanguage: subsectors.byLanguage
                )
            }
        }
    }

    static func partners(_ entry: FrontMatterEntry, reader: inout SchemaReader) -> [PartnerDeclaration] {
        keyedBlocks(entry, reader: &reader, idParser: IdentifierLiteral.code) { id, entries, reader in
            var name: Located<String>?
            var type: Located<PartnerType>?
            var local = false
            var implementingFor: Located<String>?
            for e in entries {
                switch e.key {
                case "name": name = reader.text(e)
                case "type": type = reader.literal(e, expecting: "a partner type") { PlanSchema.choice($0, PartnerType.self, what: "a partner type") }
                case "local": local = reader.literal(e, expecting: "'yes' or 'no'", FlagLiteral.parse)?.value ?? false
                case "implementing-for": implementingFor = reader.literal(e, expecting: "a partner code", IdentifierLiteral.code)
                default: reader.unknownKey(e, known: ChapterKeys.partner, in: "partner '\(id.value)'")
                }
            }
            reader.require(["name", "type"], in: entries, at: id.range, what: "Partner '\(id.value)'")
            guard let name, let type else { return nil }
            return PartnerDeclaration(id: id, name: name, type: type, local: local, implementingFor: implementingFor)
        }
    }

    static func subRegions(_ entry: FrontMatterEntry, reader: inout SchemaReader) -> [SubRegionDeclaration] {
        keyedBlocks(entry, reader: &reader, idParser: IdentifierLiteral.slug) { id, entries, reader in
            var name: Located<String>?
            var countries: [Located<CountryCode>] = []
            for e in entries {
                switch e.key {
                case "name": name = reader.text(e)
                case "countries": countries = reader.uniqueList(e, expecting: "country codes", CountryCodeLiteral.parse)
                default: reader.unknownKey(e, known: ChapterKeys.subRegion, in: "sub-region '\(id.value)'")
                }
            }
            reader.require(["name", "countries"], in: entries, at: id.range, what: "Sub-region '\(id.value)'")
            return name.map { SubRegionDeclaration(id: id, name: $0, countries: countries) }
        }
    }

    /// A block whose keys are IDs and whose values are blocks: validates each ID and reads each
    /// block with `read`.
    static func keyedBlocks<T>(
        _ entry: FrontMatterEntry, reader: inout SchemaReader, idParser: (LiteralBytes) -> Parsed<String>,
        _ read: (Located<String>, [FrontMatterEntry], inout SchemaReader) -> T?
    ) -> [T] {
        guard let entries = reader.block(entry) else { return [] }
        var out: [T] = []
        for e in entries {
            let keyBytes = reader.context.file.bytes[e.keyRange.start.offset..<e.keyRange.end.offset]
            guard case .value(let id, _) = idParser(keyBytes) else {
                if case .failure(let f) = idParser(keyBytes) { reader.context.report(f) }
                continue
            }
            guard let block = reader.block(e) else { continue }
            if let value = read(Located(id, at: e.keyRange), block, &reader) { out.append(value) }
        }
        return out
    }
}
