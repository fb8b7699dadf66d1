import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Builds the typed plan from the sorted sources: registries resolved, chapters checked against
/// them and attached to their places, narratives split into sections. The consolidation is left
/// empty (see ``Consolidator``).
enum PlanResolver {
    /// The resolved plan and the chapters that were accepted into it.
    struct Result {
        var plan: Plan
        var registry: Registry
        var countryChapters: [CountryChapter]
        var sectorChapters: [SectorChapter]
        var diagnostics: [Diagnostic]
    }

    /// Resolves `sources` into the plan; without `narratives`, the places' narratives name only
    /// their files (``PlaceAssembler/narratives``).
    static func resolve(_ sources: PlanSources, narratives: Bool = true) -> Result? {
        guard let planFile = sources.plan else { return nil }
        let header = planFile.header
        let planPath = planFile.source.file.path
        var (registry, diagnostics) = Registry.resolve(header, file: planPath)
        let placement = ChapterPlacement(registry: registry)

        // The first chapter of each place (and sector) is kept by its position in the accepted
        // chapters: a chapter is a large value, retained and released by every copy.
        var countryChapters: [CountryChapter] = []
        var firstCountry: [ChapterPlace: Int] = [:]
        for chapter in sources.countryChapters {
            let path = chapter.source.file.path
            if let d = placement.check(chapter.header.place, file: path) { diagnostics.append(d); continue }
            if let first = firstCountry[chapter.header.place.value].map({ countryChapters[$0] }) {
                diagnostics.append(ChapterPlacement.duplicate(
                    what: chapter.header.place.value.code, file: path, range: chapter.header.place.range,
                    first: first.source.file.path, firstRange: first.header.place.range
                ))
                continue
            }
            firstCountry[chapter.header.place.value] = countryChapters.count
            countryChapters.append(chapter)
        }

        var sectorChapters: [SectorChapter] = []
        var firstSector: [String: Int] = [:]
        for chapter in sources.sectorChapters {
            let path = chapter.source.file.path
            let h = chapter.header
            if let d = placement.check(h.place, file: path) ?? placement.check(h, file: path) { diagnostics.append(d); continue }
            let what = "\(h.place.value.code) and \(h.sector.value)" + (h.subsector.map { "/\($0.value)" } ?? "")
            if let first = firstSector[what].map({ sectorChapters[$0] }) {
                diagnostics.append(ChapterPlacement.duplicate(
                    what: what, file: path, range: h.sector.range, first: first.source.file.path, firstRange: first.header.sector.range
                ))
                continue
            }
            firstSector[what] = sectorChapters.count
            sectorChapters.append(chapter)
        }

        let places = PlaceAssembler(header: header, registry: registry, narratives: narratives).places(countries: countryChapters, sectors: sectorChapters)
        var plan = Plan(
            title: header.title.value, kind: header.kind.value, period: header.period.value, version: header.version.value,
            language: header.language.value, illustrative: header.illustrative, file: planFile.source.file.name,
            headline: header.headline.map(HeadlineFigures.init), partners: registry.partners, sectors: registry.sectors,
            subRegions: registry.subRegions, countries: registry.countries, overview: NarrativeBuilder.build(planFile.source),
            places: places, consolidation: Consolidation(), titles: header.titles.mapValues(\.value),
            code: header.code?.value, revision: header.revision
        )
        plan.published = header.published
        for (index, chapter) in sources.forewords.enumerated() {
            let h = chapter.header
            guard index == 0 else {
                let first = sources.forewords[0].source.file.path
                diagnostics.append(ResolutionRules.duplicateForeword.diagnostic(
                    file: chapter.source.file.path, range: h.kindRange,
                    summary: "Plan has a second foreword",
                    notes: [DiagnosticNote("The first foreword is here", file: first, range: sources.forewords[0].header.kindRange)]
                ))
                continue
            }
            plan.foreword = Foreword(
                language: h.language?.value ?? plan.language, title: h.title?.value, signedBy: h.signedBy.map(\.value),
                narrative: NarrativeBuilder.build(chapter.source)
            )
            plan.clearance[chapter.source.file.name] = h.clearance.effectiveStatus
        }
        let translated = TranslationResolver.resolve(sources, plan: plan)
        plan.translations = translated.translations
        diagnostics += translated.diagnostics
        for chapter in sources.translations { plan.clearance[chapter.source.file.name] = chapter.header.clearance.effectiveStatus }
        plan.clearance[planFile.source.file.name] = header.clearance.effectiveStatus
        for chapter in countryChapters { plan.clearance[chapter.source.file.name] = chapter.header.clearance.effectiveStatus }
        for chapter in sectorChapters { plan.clearance[chapter.source.file.name] = chapter.header.clearance.effectiveStatus }
        return Result(plan: plan, registry: registry, countryChapters: countryChapters, sectorChapters: sectorChapters, diagnostics: diagnostics)
    }
}
