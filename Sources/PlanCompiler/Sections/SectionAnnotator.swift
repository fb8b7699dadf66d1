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
        for i in copy.places.indices {
            copy.places[i].narrative = copy.places[i].narrative.map(country.annotate)
            for j in copy.places[i].sectors.indices {
                copy.places[i].sectors[j].narrative = sector.annotate(copy.places[i].sectors[j].narrative)
            }
        }
        return copy
    }
}
