import Testing

/// Readings added with the collection rounds 53-56 (docs/lint.md, "The agency-voice model"),
/// each with constructed sentences it flags and hard negatives it leaves alone.
struct FiftyThirdRoundReadingTests: SentenceReading {
    /// Spanish drops the subject pronoun: `hemos` (the auxiliary of the perfect, first person
    /// plural) says "we" as `nosotros` does, with any participle after it.
    @Test func theSpanishPerfectsAuxiliaryIsFirstPerson() {
        #expect(flagged("Este año hemos rehabilitado tres escuelas en Tumbes.", "es"))
        #expect(flagged("Hasta marzo habíamos atendido a 4.000 familias en la frontera.", "es"))
        #expect(flagged("Para diciembre habremos instalado diez puntos de agua en el albergue.", "es"))
        // The third person of the same auxiliary is no one's voice.
        #expect(!flagged("Las autoridades han rehabilitado tres escuelas en Tumbes.", "es"))
        #expect(!flagged("Hasta marzo se habían atendido 4.000 familias en la frontera.", "es"))
    }

    /// `the NGO`, `the charity`, `该非政府组织` after an agency named earlier in the paragraph refer
    /// to it, as `the organization` does; with no agency before it, or in the plural, no NGO is
    /// anyone in particular, and `the NGO and UNHCR` act together.
    @Test func theNGOReferredToIsTheAgencyNamedBefore() {
        // The first sentence cites the agency as a source (no finding); the second is its act.
        #expect(!flagged("According to Save the Children, 40 per cent of children in the camps are out of school.", "en"))
        #expect(flagged("According to Save the Children, 40 per cent of children in the camps are out of school. The NGO will open 40 learning centres in the camps.", "en"))
        #expect(flagged("Oxfam estimates that 300,000 people lack safe water. The charity will truck water to the new sites.", "en"))
        #expect(!flagged("据救助儿童会统计,营地四成儿童失学。", "zh"))
        #expect(flagged("据救助儿童会统计,营地四成儿童失学。该非政府组织将在营地分发学习用品。", "zh"))
        #expect(!flagged("Many NGOs will open learning centres in the camps.", "en"))
        #expect(!flagged("The NGO and UNHCR delivered school kits.", "en"))
        #expect(!flagged("The charity will truck water to the new sites.", "en"))
    }
}
