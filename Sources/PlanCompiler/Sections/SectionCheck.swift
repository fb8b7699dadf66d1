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
            out += required(SectionMatcher.shared(vocabulary: vocabulary, kind: .regional), regionalData, plan.language).check([plan.overview], reportIn: plan.overview)
            for place in plan.places {
                guard let narrative = place.narrative else { continue }
                var data = DataPresence(sectors: place.sectors, hasCountryChapters: true)
                if !place.totalRequirement.isEmpty { data.present.insert("requirements") }
                out += required(country, data, place.language).check([narrative], reportIn: narrative)
            }
        }
        // Sector chapters are checked on every core, reported in their order.
        out += ConcurrentMap.map(all) { chapter in
            required(sector, DataPresence(sectors: [chapter], hasCountryChapters: true), chapter.language)
                .check([chapter.narrative], reportIn: chapter.narrative)
        }.flatMap { $0 }
        return out
    }
}

/// Which data parts the front matter satisfies.
struct DataPresence {
    var present: Set<String> = []

    init(sectors: [SectorPlan], hasCountryChapters: Bool) {
        if sectors.contains(where: { !$0.population.isEmpty }) { present.insert("population") }
        if sectors.contains(where: { !$0.locations.isEmpty }) { present.insert("locations") }
        if sectors.contains(where: { !$0.assumptions.isEmpty }) { present.insert("assumptions") }
        if sectors.contains(where: { !$0.indicators.isEmpty }) { present.insert("indicators") }
        if sectors.contains(where: { !$0.requirements.isEmpty || !$0.totalRequirement.isEmpty }) { present.insert("requirements") }
        if !sectors.isEmpty { present.insert("sector-chapters") }
        if hasCountryChapters { present.insert("country-chapters") }
    }
}
