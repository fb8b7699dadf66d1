import PlanModel
import PlanSyntax

/// Groups accepted chapters into ``PlacePlan`` values in the plan's place order: declared
/// countries, then sub-regions, then the regional level (when it has chapters).
struct PlaceAssembler: Sendable {
    let header: PlanHeader
    let registry: Registry
    /// Whether the places carry their chapters' narratives (text, sections, HTML). Off, each
    /// narrative names only its file: a resolve for `rrp lint` needs the chapters' places and
    /// languages, and reads their prose from the parse itself.
    var narratives = true

    func places(countries: [CountryChapter], sectors: [SectorChapter]) -> [PlacePlan] {
        var order: [ChapterPlace] = registry.countries.map { .country($0) } + registry.subRegions.map { .subRegion($0.id) }
        var seen = Set(order)
        let used = countries.map(\.header.place.value) + sectors.map(\.header.place.value)
        for place in used.sorted() where place != .regional && seen.insert(place).inserted { order.append(place) }
        if used.contains(.regional) { order.append(.regional) }
        let countryChapters = Dictionary(countries.map { ($0.header.place.value, $0) }, uniquingKeysWith: { first, _ in first })
        // Indices, not chapters: a chapter is a large value, copied by every grouping and sort.
        let sectorChapters = Dictionary(grouping: sectors.indices, by: { sectors[$0].header.place.value })
        let subRegionOf = Dictionary(registry.subRegions.flatMap { r in r.countries.map { ($0, r.id) } }, uniquingKeysWith: { first, _ in first })
        // Places are independent: their sector plans and narratives are built on every core.
        return ConcurrentMap.map(order) { place in
            let country = countryChapters[place]
            let language = country?.header.language?.value ?? header.language.value
            let period = country?.header.period?.value ?? header.period.value
            let sectorPlans = (sectorChapters[place] ?? [])
                .map { (index: $0, key: sortKey(sectors[$0].header)) }
                .sorted { $0.key < $1.key }
                .map { sectorPlan(sectors[$0.index], fallbackLanguage: language, period: period) }
            return PlacePlan(
                place: place, name: name(of: place), title: country?.header.title?.value, language: language,
                subRegion: subRegion(of: place, in: subRegionOf), headline: country?.header.headline.map(HeadlineFigures.init), period: country?.header.period?.value,
                narrative: country.map { narrative($0.source) }, sectors: sectorPlans,
                totalRequirement: Self.annual(country?.header.totalRequirement ?? [], period: period)
            )
        }
    }

    /// `period` is the country's own period, else the plan's: an amount written for the whole
    /// period belongs to its year when it has only one.
    /// Kept with the chapter's parse (``ChapterDerived``: its header comes from that parse), so
    /// that a language server's compile after an edit builds only the edited chapter's plan.
    private func sectorPlan(_ chapter: SectorChapter, fallbackLanguage: String, period: Period) -> SectorPlan {
        chapter.source.derived.value(for: SectorPlanKey(fallbackLanguage: fallbackLanguage, period: period, narratives: narratives)) {
            sectorPlan(chapter.header, source: chapter.source, fallbackLanguage: fallbackLanguage, period: period)
        }
    }

    /// The chapter's narrative; only its file's name without ``narratives``.
    private func narrative(_ source: ChapterSource) -> Narrative {
        narratives ? NarrativeBuilder.build(source) : Narrative(file: source.file.name, markdown: "", bodyStart: 0, sections: [])
    }

    private func sectorPlan(_ h: SectorHeader, source: ChapterSource, fallbackLanguage: String, period: Period) -> SectorPlan {
        return SectorPlan(
            place: h.place.value, sector: h.sector.value, subsector: h.subsector?.value,
            language: h.language?.value ?? fallbackLanguage,
            population: h.population.map(PlanningFigures.init).sorted { $0.group < $1.group },
            locations: h.locations.map(\.value), assumptions: h.assumptions.map(\.value),
            indicators: h.indicators.map(Indicator.init),
            requirements: h.requirements.map { Requirement(partner: $0.partner.value, amounts: Self.annual($0.amounts, period: period)) },
            totalRequirement: Self.annual(h.totalRequirement, period: period),
            narrative: narrative(source)
        )
    }

    /// The USD amounts by year; an undated amount belongs to the period's year when it has one.
    static func annual(_ amounts: [YearAmount], period: Period) -> [AnnualAmount] {
        amounts.compactMap { amount in
            guard amount.money.value.currency == "USD" else { return nil }
            let year = amount.year?.value ?? (period.years.count == 1 ? period.start.year : nil)
            return AnnualAmount(year: year, amount: amount.money.value.amount)
        }
    }

    /// Registry order of the sector, then the sector chapter before its sub-sectors in order.
    private func sortKey(_ h: SectorHeader) -> (Int, Int) {
        let sectorIndex = registry.sectorPosition(h.sector.value) ?? Int.max
        let sub = h.subsector.map { s in (registry.sector(h.sector.value)?.subsectors.firstIndex(of: s.value) ?? 0) + 1 } ?? 0
        return (sectorIndex, sub)
    }

    /// What a sector chapter's plan depends on besides its parse.
    private struct SectorPlanKey: Hashable, Sendable {
        var fallbackLanguage: String
        var period: Period
        var narratives: Bool
    }

    private func name(of place: ChapterPlace) -> String {
        switch place {
        case .country(let c): c.name
        case .subRegion(let id): registry.subRegion(id)?.name ?? id
        case .regional: "Regional"
        }
    }

    /// The first sub-region (in declaration order) that lists the country.
    private func subRegion(of place: ChapterPlace, in subRegionOf: [CountryCode: String]) -> String? {
        guard case .country(let c) = place else { return nil }
        return subRegionOf[c]
    }
}
