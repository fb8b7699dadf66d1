import PlanModel

/// Sets the required part of every narrative section of a plan.
enum SectionAnnotator {
    /// The kind whose parts the plan file must hold: a regional overview, or the country parts
    /// for a single-country plan.
    static func overviewKind(_ plan: Plan) -> SectionKind {
        plan.kind == .country ? .country : .regional
    }

    static func annotate(_ plan: Plan, vocabulary: SectionVocabulary) -> Plan {
        let country = SectionMatcher.shared(vocabulary: vocabulary, kind: .country)
        let sector = SectionMatcher.shared(vocabulary: vocabulary, kind: .sector)
        var copy = plan
        copy.overview = SectionMatcher.shared(vocabulary: vocabulary, kind: overviewKind(plan)).annotate(plan.overview)
        // Each distinct heading is matched once (chapters repeat them), then places are
        // annotated on every core.
        let countryParts = country.parts(forEvery: plan.places.compactMap(\.narrative))
        let sectorParts = sector.parts(forEvery: plan.places.flatMap { $0.sectors.map(\.narrative) })
        copy.places = ConcurrentMap.map(copy.places) { place in
            var place = place
            place.narrative = place.narrative.map { country.annotate($0, known: countryParts) }
            for j in place.sectors.indices {
                place.sectors[j].narrative = sector.annotate(place.sectors[j].narrative, known: sectorParts)
            }
            return place
        }
        return copy
    }
}
