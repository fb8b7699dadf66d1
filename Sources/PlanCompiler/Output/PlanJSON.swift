import PlanModel

/// The consolidated typed plan as JSON (schema `rrpkit-plan`, version ``schemaVersion``; see
/// docs/json-schema.md). Keys are sorted, amounts are integer USD, optional values that are
/// absent are left out, and the same plan always gives the same bytes.
///
/// Every function below writes the keys of its object in ascending UTF-8 order (the writer checks
/// it in debug builds).
public enum PlanJSON {
    /// Incremented on any change that removes or changes the meaning of a key.
    public static let schemaVersion = 3

    /// The JSON document for `plan`, ending with a newline.
    public static func encode(_ plan: Plan) -> [UInt8] {
        // The funding object (a cell for each place, sector and partner that received money:
        // tens of thousands for a large export) is written on a thread of its own meanwhile,
        // then put in its place: the same bytes, in about half the time on two cores.
        let fundingBytes = plan.funding.map { funding in
            OwnThread {
                var w = JSONWriter(capacity: 128 * (funding.cells.count + funding.byPartner.count) + 4096)
                Self.funding(&w, funding)
                return w.bytes
            }
        }
        var w = JSONWriter(capacity: estimatedSize(plan))
        w.beginObject()
        w.object("consolidation", plan.consolidation, consolidation)
        w.field("countries", strings: plan.countries.map(\.code))
        w.object("funding", fundingBytes) { w, written in w.encoded(written.value) }
        w.field("illustrative", plan.illustrative)
        w.object("overview", plan.overview, narrative)
        w.array("partners", plan.partners, partner)
        w.array("places", plan.places, place)
        w.object("plan", plan, header)
        w.object("progress", plan.progress, progress)
        w.field("schema", "rrpkit-plan")
        w.field("schemaVersion", schemaVersion)
        w.array("sectors", plan.sectors, sector)
        w.array("subRegions", plan.subRegions) { w, s in
            w.beginObject()
            w.field("countries", strings: s.countries.map(\.code))
            w.field("id", s.id)
            w.field("name", s.name)
            w.endObject()
        }
        w.endObject()
        w.newline()
        return w.bytes
    }

    /// Enough bytes for the whole document, so the writer never grows (each growth copies
    /// everything written so far): the Markdown of every narrative, a quarter more for escapes
    /// and sections, and room for the typed figures.
    static func estimatedSize(_ plan: Plan) -> Int {
        let markdown = plan.places.reduce(plan.overview.markdown.utf8.count) { total, place in
            place.sectors.reduce(total + (place.narrative?.markdown.utf8.count ?? 0)) { $0 + $1.narrative.markdown.utf8.count }
        }
        return markdown + markdown / 4 + (1 << 16)
    }

    static func header(_ w: inout JSONWriter, _ plan: Plan) {
        w.beginObject()
        w.key("clearance")
        w.beginObject()
        for file in plan.clearance.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) { w.field(file, plan.clearance[file]!.rawValue) }
        w.endObject()
        w.field("code", plan.code)
        w.field("emergency", plan.isEmergency)
        w.field("file", plan.file)
        w.object("headline", plan.headline, headline)
        w.field("kind", plan.kind.rawValue)
        w.field("language", plan.language)
        w.object("period", plan.period, period)
        w.field("published", plan.published?.description)
        w.object("revision", plan.revision) { w, r in
            w.beginObject()
            w.field("date", r.date?.description)
            w.field("name", r.name)
            w.field("previous", r.previous)
            w.endObject()
        }
        w.field("title", plan.title)
        if !plan.titles.isEmpty { translations(&w, "titles", plan.titles) }
        w.field("version", plan.version)
        w.endObject()
    }

    static func period(_ w: inout JSONWriter, _ p: Period) {
        w.beginObject()
        w.field("end", p.end.description)
        w.field("months", p.months)
        w.field("start", p.start.description)
        w.array("years", p.years) { w, y in w.integer(y) }
        w.endObject()
    }

    static func headline(_ w: inout JSONWriter, _ h: HeadlineFigures) {
        w.beginObject()
        w.field("partners", h.partners)
        w.field("population", h.population)
        w.array("requirements", h.requirements) { w, a in money(&w, a.money, year: a.year) }
        w.object("unallocated", h.unallocated) { w, r in money(&w, r.money, year: r.year, reason: r.reason) }
        w.endObject()
    }

    /// A written amount with its precision, its year (`null`: the whole period) and, for a
    /// declared remainder, its reason.
    static func money(_ w: inout JSONWriter, _ m: Money, year: Int?, reason: String? = nil) {
        w.beginObject()
        w.field("amount", m.amount)
        w.field("currency", m.currency)
        w.field("precision", m.precision)
        w.field("reason", reason)
        w.key("year")
        if let year { w.integer(year) } else { w.null() }
        w.endObject()
    }

    static func partner(_ w: inout JSONWriter, _ p: Partner) {
        w.beginObject()
        w.field("appealing", p.isAppealing)
        w.field("id", p.id)
        w.field("implementingFor", p.implementingFor)
        w.field("local", p.local)
        w.field("name", p.name)
        w.field("type", p.type.rawValue)
        w.field("typeLabel", p.type.label)
        w.endObject()
    }

    static func sector(_ w: inout JSONWriter, _ s: Sector) {
        w.beginObject()
        w.field("id", s.id)
        w.field("name", s.name)
        if !s.names.isEmpty { translations(&w, "names", s.names) }
        w.field("outcomeAreas", strings: s.outcomeAreas)
        if !s.subsectorNames.isEmpty {
            w.key("subsectorNames")
            w.beginObject()
            for id in s.subsectorNames.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) { w.field(id, s.subsectorNames[id]!) }
            w.endObject()
        }
        if !s.subsectorNamesByLanguage.isEmpty {
            w.key("subsectorNamesByLanguage")
            w.beginObject()
            for id in s.subsectorNamesByLanguage.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                translations(&w, id, s.subsectorNamesByLanguage[id]!)
            }
            w.endObject()
        }
        w.field("subsectors", strings: s.subsectors)
        w.endObject()
    }

    /// `"key": {"en": "...", "fr": "..."}`, languages in byte order.
    static func translations(_ w: inout JSONWriter, _ key: String, _ byLanguage: [String: String]) {
        w.key(key)
        w.beginObject()
        for language in byLanguage.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) { w.field(language, byLanguage[language]!) }
        w.endObject()
    }

    static func place(_ w: inout JSONWriter, _ p: PlacePlan) {
        w.beginObject()
        w.object("headline", p.headline, headline)
        w.field("language", p.language)
        w.field("name", p.name)
        w.object("narrative", p.narrative, narrative)
        w.object("period", p.period, period)
        w.field("place", p.place.code)
        w.field("placeKind", placeKind(p.place))
        w.array("sectors", p.sectors, sectorPlan)
        w.field("subRegion", p.subRegion)
        w.field("title", p.title)
        totalRequirement(&w, p.totalRequirement)
        w.endObject()
    }

    /// A chapter's `total-requirement:` (left out when not written).
    static func totalRequirement(_ w: inout JSONWriter, _ amounts: [AnnualAmount]) {
        guard !amounts.isEmpty else { return }
        w.object("totalRequirement", amounts) { w, amounts in
            w.beginObject()
            years(&w, amounts)
            w.field("total", amounts.clampedSum(\.amount))
            w.endObject()
        }
    }

    static func placeKind(_ place: ChapterPlace) -> String {
        switch place {
        case .country: "country"
        case .subRegion: "sub-region"
        case .regional: "regional"
        }
    }

    static func sectorPlan(_ w: inout JSONWriter, _ s: SectorPlan) {
        w.beginObject()
        w.field("assumptions", strings: s.assumptions)
        w.array("indicators", s.indicators, indicator)
        w.field("language", s.language)
        w.field("locations", strings: s.locations)
        w.object("narrative", s.narrative, narrative)
        w.array("population", s.population, figures)
        w.array("requirements", s.requirements) { w, r in
            w.beginObject()
            years(&w, r.amounts)
            w.field("partner", r.partner)
            w.field("total", r.total)
            w.endObject()
        }
        w.field("sector", s.sector)
        w.field("subsector", s.subsector)
        w.field("total", s.total)
        totalRequirement(&w, s.totalRequirement)
        w.endObject()
    }

    static func narrative(_ w: inout JSONWriter, _ n: Narrative) {
        w.beginObject()
        w.field("file", n.file)
        w.field("markdown", n.markdown)
        w.array("sections", n.sections, section)
        w.endObject()
    }

    static func section(_ w: inout JSONWriter, _ s: NarrativeSection) {
        w.beginObject()
        w.array("children", s.children, section)
        w.field("heading", s.heading)
        w.field("level", s.level)
        w.field("line", s.headingRange.start.line)
        w.field("part", s.part)
        w.field("parts", strings: s.parts)
        w.endObject()
    }
}
