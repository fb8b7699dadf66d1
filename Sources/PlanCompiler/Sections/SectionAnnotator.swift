import PlanModel

/// Sets the required part of every narrative section of a plan.
enum SectionAnnotator {
    /// The kind whose parts the plan file must hold: a regional overview, or the country parts
    /// for a single-country plan.
    static func overviewKind(_ plan: Plan) -> SectionKind {
        plan.kind == .country ? .country : .regional
    }

    static func annotate(_ plan: Plan, vocabulary: SectionVocabulary) -> Plan {
        let country = SectionMatcher(vocabulary: vocabulary, kind: .country)
        let sector = SectionMatcher(vocabulary: vocabulary, kind: .sector)
        var copy = plan
        copy.overview = SectionMatcher(vocabulary: vocabulary, kind: overviewKind(plan)).annotate(plan.overview)
        // Places are independent: annotated on every core.
        copy.places = ConcurrentMap.map(copy.places) { place in
            var place = place
            place.narrative = place.narrative.map(country.annotate)
            for j in place.sectors.indices {
                place.sectors[j].narrative = sector.annotate(place.sectors[j].narrative)
            }
            return place
        }
        return copy
    }
}
