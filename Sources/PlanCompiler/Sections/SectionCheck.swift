import PlanDiagnostics
import PlanModel

/// Checks that every chapter has its required parts (in the vocabulary's order when the plan
/// asks for `order: strict`). The findings are located by the narratives' file names, printed
/// as the chapters' paths.
enum SectionCheck: PlanCheck {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        context.printed(findings(context))
    }

    private static func findings(_ context: CheckContext) -> [Diagnostic] {
        let plan = context.plan
        let vocabulary = context.vocabulary
        let strict = context.header.sectionVocabulary.order?.value == .strict
        let country = SectionMatcher.shared(vocabulary: vocabulary, kind: .country)
        let sector = SectionMatcher.shared(vocabulary: vocabulary, kind: .sector)
        @Sendable func required(_ matcher: SectionMatcher, _ data: DataPresence, _ language: String) -> RequiredParts {
            RequiredParts(matcher: matcher, vocabulary: vocabulary, data: data, language: language, strictOrder: strict)
        }
        var out: [Diagnostic] = []
        let all = plan.places.flatMap(\.sectors)
        let regionalData = DataPresence(sectors: all, hasCountryChapters: plan.places.contains { $0.narrative != nil || !$0.sectors.isEmpty })
        if plan.kind == .country {
            let countryNarratives = plan.places.compactMap(\.narrative)
            let target = countryNarratives.first ?? plan.overview
            let language = plan.places.first { $0.narrative != nil }?.language ?? plan.language
            out += required(country, regionalData, language).check([plan.overview] + countryNarratives, reportIn: target)
        } else {
            out += findings(plan.overview, required(SectionMatcher.shared(vocabulary: vocabulary, kind: .regional), regionalData, plan.language), in: context)
            for place in plan.places {
                guard let narrative = place.narrative else { continue }
                var data = DataPresence(sectors: place.sectors, hasCountryChapters: true)
                if !place.totalRequirement.isEmpty { data.insert("requirements") }
                out += findings(narrative, required(country, data, place.language), in: context)
            }
        }
        // Sector chapters are checked on every core, reported in their order.
        out += ConcurrentMap.map(all) { chapter in
            findings(chapter.narrative, required(sector, DataPresence(sectors: [chapter], hasCountryChapters: true), chapter.language), in: context)
        }.flatMap { $0 }
        return out
    }

    /// The findings of `parts` for one chapter's narrative alone, kept with the chapter's parse
    /// under everything else they depend on (``RequiredParts/Key``), so that a language server's
    /// compile after an edit checks only the chapters the edit changed.
    private static func findings(_ narrative: Narrative, _ parts: RequiredParts, in context: CheckContext) -> [Diagnostic] {
        guard let chapter = context.chapters[narrative.file] else { return parts.check([narrative], reportIn: narrative) }
        return chapter.derived.value(for: parts.key) { parts.check([narrative], reportIn: narrative) }
    }
}

/// Which data parts the front matter satisfies.
struct DataPresence: Hashable, Sendable {
    /// The data parts present, each once, in a fixed order (a few names: a list is cheaper to
    /// hash than a set, and it is hashed for every chapter of every compile, ``RequiredParts/Key``).
    private(set) var present: [String] = []

    init(sectors: [SectorPlan], hasCountryChapters: Bool) {
        if sectors.contains(where: { !$0.population.isEmpty }) { insert("population") }
        if sectors.contains(where: { !$0.locations.isEmpty }) { insert("locations") }
        if sectors.contains(where: { !$0.assumptions.isEmpty }) { insert("assumptions") }
        if sectors.contains(where: { !$0.indicators.isEmpty }) { insert("indicators") }
        if sectors.contains(where: { !$0.requirements.isEmpty || !$0.totalRequirement.isEmpty }) { insert("requirements") }
        if !sectors.isEmpty { insert("sector-chapters") }
        if hasCountryChapters { insert("country-chapters") }
    }

    /// Whether the data part `name` is present.
    func contains(_ name: String) -> Bool { present.contains(name) }

    /// Marks the data part `name` present.
    mutating func insert(_ name: String) {
        if !present.contains(name) { present.append(name) }
    }
}
