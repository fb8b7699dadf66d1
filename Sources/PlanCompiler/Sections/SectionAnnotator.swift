import PlanModel
import PlanSyntax

/// Sets the required part of every narrative section of a plan.
enum SectionAnnotator {
    /// The kind whose parts the plan file must hold: a regional overview, or the country parts
    /// for a single-country plan.
    static func overviewKind(_ plan: Plan) -> SectionKind {
        plan.kind == .country ? .country : .regional
    }

    /// `plan` with its narratives annotated. `chapters` are the files the narratives were built
    /// from, by name: each chapter's annotation is kept with its parse (``ChapterDerived``), so
    /// a chapter whose text did not change since the last compile with this vocabulary is not
    /// annotated again (the language server compiles the plan after every edit).
    static func annotate(_ plan: Plan, vocabulary: SectionVocabulary, chapters: [String: ChapterSource] = [:]) -> Plan {
        let country = SectionMatcher.shared(vocabulary: vocabulary, kind: .country)
        let sector = SectionMatcher.shared(vocabulary: vocabulary, kind: .sector)
        let overview = SectionMatcher.shared(vocabulary: vocabulary, kind: overviewKind(plan))
        func isAnnotated(_ narrative: Narrative, by matcher: SectionMatcher) -> Bool {
            chapters[narrative.file]?.derived.hasValue(for: AnnotationKey(matcher: matcher.identity)) ?? false
        }
        // Each distinct heading of the chapters still to annotate is matched once (chapters
        // repeat them; the country and sector headings in one map on every core), then places
        // are annotated on every core.
        let countryNarratives = plan.places.compactMap(\.narrative).filter { !isAnnotated($0, by: country) }
        let sectorNarratives = plan.places.flatMap { $0.sectors.map(\.narrative) }.filter { !isAnnotated($0, by: sector) }
        let parts = SectionMatcher.parts(forEvery: [(country, countryNarratives), (sector, sectorNarratives)])
        let (countryParts, sectorParts) = (parts[0], parts[1])
        @Sendable func annotated(_ narrative: Narrative, by matcher: SectionMatcher, known: [String: [String]]) -> Narrative {
            guard let chapter = chapters[narrative.file] else { return matcher.annotate(narrative, known: known) }
            return chapter.derived.value(for: AnnotationKey(matcher: matcher.identity)) { matcher.annotate(narrative, known: known) }
        }
        var copy = plan
        copy.overview = annotated(plan.overview, by: overview, known: [:])
        copy.places = ConcurrentMap.map(copy.places) { place in
            var place = place
            place.narrative = place.narrative.map { annotated($0, by: country, known: countryParts) }
            for j in place.sectors.indices {
                place.sectors[j].narrative = annotated(place.sectors[j].narrative, by: sector, known: sectorParts)
            }
            return place
        }
        return copy
    }

    /// The chapters of `sources` by name, for ``annotate(_:vocabulary:chapters:)``.
    static func chapters(of sources: PlanSources) -> [String: ChapterSource] {
        Dictionary(sources.files.map { ($0.file.name, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// The key of a chapter's annotated narrative: the matcher that annotated it.
private struct AnnotationKey: Hashable, Sendable {
    var matcher: Int
}
