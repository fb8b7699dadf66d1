import Testing

/// Readings from the development rounds 42-46 (docs/lint.md, "The agency-voice model"), each
/// with constructed sentences it flags and hard negatives it leaves alone.
struct FortySecondRoundReadingTests: SentenceReading {
    /// The agent of a participle after a data noun is a source of data when the main clause
    /// reports data (`Les analyses conduites par Action contre la Faim montrent que`), as the
    /// subject of a relative clause on a data noun is; an act done by the agency is its act.
    @Test func theAgentOfAStudyIsASource() {
        #expect(!flagged("Les analyses bactériologiques conduites par Action contre la Faim montrent que l'eau n'est pas saine.", "fr"))
        #expect(!flagged("The assessments carried out by UNHCR show that half of the households lack income.", "en"))
        #expect(!flagged("The survey conducted by IOM in March found that most migrants intend to stay.", "en"))
        #expect(!flagged("Las evaluaciones realizadas por ACNUR muestran que la mitad de los hogares no tiene ingresos.", "es"))
        // Not a data noun, or no data predicate after it: the agency acts.
        #expect(flagged("Les distributions alimentaires conduites par le PAM atteignent 5 000 familles.", "fr"))
        #expect(flagged("The distributions carried out by UNHCR reached 5,000 families.", "en"))
        #expect(flagged("Las distribuciones realizadas por ACNUR llegaron a 5.000 familias.", "es"))
    }
}
