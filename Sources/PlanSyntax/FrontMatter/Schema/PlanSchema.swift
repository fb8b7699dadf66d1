import PlanModel

/// The plan file (`plan.md`): title, kind, period, registry of sectors and partners, settings.
enum PlanSchema {
    static let place = "a plan file"

    static func read(_ entries: [FrontMatterEntry], opening: SourceRange, reader: inout SchemaReader) -> PlanHeader? {
        var title: Located<String>?
        var titles: [String: Located<String>] = [:]
        var kind: Located<PlanKind>?
        var period: Located<Period>?
        var version: Located<String>?
        var language: Located<String>?
        var countries: [Located<CountryCode>] = []
        var subRegions: [SubRegionDeclaration] = []
        var sectors: [SectorDeclaration] = []
        var partners: [PartnerDeclaration] = []
        var headline: Headline?
        var illustrative = false
        var lint = LintSettings()
        var sections = SectionVocabularySettings()
        var clearance = Clearance()
        var funding = FundingSettings()
        var progress = ProgressSettings()
        var code: Located<String>?
        var revision: RevisionInfo?
        var published: Located<PlanDate>?
        for entry in entries where !ClearanceSchema.read(entry, into: &clearance, reader: &reader) {
            switch entry.key {
            case "plan":
                let read = TranslatedTextSchema.read(entry, reader: &reader, what: "title")
                (title, titles) = (read?.text, read?.byLanguage ?? [:])
            case "type":
                kind = reader.literal(entry, expecting: "a plan type") { choice($0, PlanKind.self, what: "a plan type") }
            case "period": period = reader.literal(entry, expecting: "a period", PeriodLiteral.parse)
            case "version": version = reader.literal(entry, expecting: "a version", IdentifierLiteral.slug)
            case "language": language = reader.literal(entry, expecting: "a language code", SimpleLiterals.language)
            case "countries": countries = reader.uniqueList(entry, expecting: "country codes", CountryCodeLiteral.parse)
            case "sub-regions": subRegions = PlanRegistrySchema.subRegions(entry, reader: &reader)
            case "sectors": sectors = PlanRegistrySchema.sectors(entry, reader: &reader)
            case "partners": partners = PlanRegistrySchema.partners(entry, reader: &reader)
            case "headline": headline = HeadlineSchema.read(entry, reader: &reader)
            case "illustrative": illustrative = reader.literal(entry, expecting: "'yes' or 'no'", FlagLiteral.parse)?.value ?? false
            case "lint": lint = PlanSettingsSchema.lint(entry, reader: &reader)
            case "sections": sections = PlanSettingsSchema.sections(entry, reader: &reader)
            case "funding": funding = FundingSchema.read(entry, reader: &reader)
            case "progress": progress = ProgressSchema.read(entry, reader: &reader)
            case "revision": revision = RevisionSchema.read(entry, reader: &reader)
            case "published": published = reader.literal(entry, expecting: "a date", DateLiteral.parse)
            case "code": code = reader.literal(entry, expecting: "a plan code", IdentifierLiteral.code)
            default: reader.unknownKey(entry, known: ChapterKeys.plan, in: place, elsewhere: ChapterKeys.elsewhere(entry.key, notIn: place))
            }
        }
        var required = ChapterKeys.planRequired
        if !entries.contains(where: { $0.key == "sub-regions" }) { required.append("countries") }
        reader.require(required, in: entries, at: opening, what: "A plan file")
        guard let title, let kind, let period, let version, let language else { return nil }
        var header = PlanHeader(title: title, kind: kind, period: period, version: version, language: language, countries: countries,
                                subRegions: subRegions, sectors: sectors, partners: partners, headline: headline, illustrative: illustrative,
                                lint: lint, sectionVocabulary: sections, funding: funding, code: code, revision: revision)
        header.clearance = clearance
        header.progress = progress
        header.titles = titles
        header.published = published?.value
        return header
    }

    /// A value of a `String`-backed enumeration.
    static func choice<T: RawRepresentable & CaseIterable>(_ bytes: LiteralBytes, _ type: T.Type, what: String) -> Parsed<T> where T.RawValue == String {
        switch ChoiceLiteral.parse(bytes, choices: T.allCases.map(\.rawValue), what: what) {
        case .value(let raw, let canonical): .value(T(rawValue: raw)!, canonical: canonical)
        case .failure(let f): .failure(f)
        }
    }
}
