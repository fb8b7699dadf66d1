import PlanModel

/// The consolidated typed plan as JSON (schema `rrpkit-plan`, version ``schemaVersion``; see
/// docs/json-schema.md). Keys are sorted, amounts are integer USD, optional values that are
/// absent are left out, and the same plan always gives the same bytes.
public enum PlanJSON {
    /// Incremented on any change that removes or changes the meaning of a key.
    public static let schemaVersion = 1

    /// The JSON document for `plan`.
    public static func encode(_ plan: Plan) -> [UInt8] {
        value(plan).encoded()
    }

    /// The JSON value for `plan` (for callers that embed it).
    public static func value(_ plan: Plan) -> JSONValue {
        .object([
            ("schema", .string("rrpkit-plan")),
            ("schemaVersion", .int(schemaVersion)),
            ("illustrative", .bool(plan.illustrative)),
            ("plan", header(plan)),
            ("partners", .array(plan.partners.map(partner))),
            ("sectors", .array(plan.sectors.map(sector))),
            ("subRegions", .array(plan.subRegions.map { .object([("id", .string($0.id)), ("name", .string($0.name)), ("countries", .array($0.countries.map { .string($0.code) }))]) })),
            ("countries", .array(plan.countries.map { .string($0.code) })),
            ("overview", narrative(plan.overview)),
            ("places", .array(plan.places.map(place))),
            ("consolidation", consolidation(plan.consolidation)),
        ])
    }

    static func header(_ plan: Plan) -> JSONValue {
        .object([
            ("title", .string(plan.title)), ("kind", .string(plan.kind.rawValue)), ("version", .string(plan.version)),
            ("language", .string(plan.language)), ("file", .string(plan.file)), ("emergency", .bool(plan.isEmergency)),
            ("period", .object([
                ("start", .string(plan.period.start.description)), ("end", .string(plan.period.end.description)),
                ("months", .int(plan.period.months)), ("years", .array(plan.period.years.map { .int($0) })),
            ])),
            ("headline", plan.headline.map(headline)),
        ])
    }

    static func headline(_ h: HeadlineFigures) -> JSONValue {
        .object([
            ("requirements", h.requirements.map { .object([("currency", .string($0.currency)), ("amount", .integer($0.amount)), ("precision", .integer($0.precision))]) }),
            ("partners", h.partners.map { .int($0) }),
            ("population", h.population.map { .int($0) }),
        ])
    }

    static func partner(_ p: Partner) -> JSONValue {
        .object([
            ("id", .string(p.id)), ("name", .string(p.name)), ("type", .string(p.type.rawValue)), ("typeLabel", .string(p.type.label)),
            ("local", .bool(p.local)), ("appealing", .bool(p.isAppealing)), ("implementingFor", .str(p.implementingFor)),
        ])
    }

    static func sector(_ s: Sector) -> JSONValue {
        .object([
            ("id", .string(s.id)), ("name", .string(s.name)), ("subsectors", .array(s.subsectors.map(JSONValue.string))),
            ("outcomeAreas", .array(s.outcomeAreas.map(JSONValue.string))),
        ])
    }

    static func place(_ p: PlacePlan) -> JSONValue {
        .object([
            ("place", .string(p.place.code)), ("placeKind", placeKind(p.place)), ("name", .string(p.name)), ("title", .str(p.title)),
            ("language", .string(p.language)), ("subRegion", .str(p.subRegion)), ("headline", p.headline.map(headline)),
            ("narrative", p.narrative.map(narrative)), ("sectors", .array(p.sectors.map(sectorPlan))),
        ])
    }

    static func placeKind(_ place: ChapterPlace) -> JSONValue {
        switch place {
        case .country: .string("country")
        case .subRegion: .string("sub-region")
        case .regional: .string("regional")
        }
    }

    static func sectorPlan(_ s: SectorPlan) -> JSONValue {
        .object([
            ("sector", .string(s.sector)), ("subsector", .str(s.subsector)), ("language", .string(s.language)),
            ("population", .array(s.population.map(figures))), ("locations", .array(s.locations.map(JSONValue.string))),
            ("assumptions", .array(s.assumptions.map(JSONValue.string))), ("indicators", .array(s.indicators.map(indicator))),
            ("requirements", .array(s.requirements.map { .object([("partner", .string($0.partner)), ("total", .integer($0.total)), ("byYear", years($0.amounts))]) })),
            ("total", .integer(s.total)), ("narrative", narrative(s.narrative)),
        ])
    }

    static func narrative(_ n: Narrative) -> JSONValue {
        .object([("file", .string(n.file)), ("markdown", .string(n.markdown)), ("sections", .array(n.sections.map(section)))])
    }

    static func section(_ s: NarrativeSection) -> JSONValue {
        .object([
            ("heading", .string(s.heading)), ("level", .int(s.level)), ("line", .int(s.headingRange.start.line)),
            ("part", .str(s.part)), ("children", .array(s.children.map(section))),
        ])
    }
}
