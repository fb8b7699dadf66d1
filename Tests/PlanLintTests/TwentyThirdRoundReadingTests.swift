import Testing
@testable import PlanLint

/// Readings added in the session of the twenty-third round (plan chapters' own prose; docs/lint.md,
/// "Causes after the twenty-third round"), each with constructed sentences it flags and hard
/// negatives it leaves alone, in each language where the construction exists.
struct TwentyThirdRoundReadingTests: SentenceReading {
    private let situation = "Situation analysis"

    /// `has registered 460,000 refugees`, `a enregistré`, `ha registrado`: `have` before a participle
    /// is a perfect tense, read by its participle (a registered count is data), not a possession
    /// counted as staffing.
    @Test func perfectTenseIsNoPossession() {
        #expect(!flagged("UNHCR has registered 460,000 refugees in the country.", "en", section: situation))
        #expect(!flagged("Le HCR a enregistré 46 000 réfugiés dans le pays.", "fr", section: situation))
        #expect(!flagged("ACNUR ha registrado 46.000 refugiados en el país.", "es", section: situation))
        // Hard negatives: a possession of staff, and a perfect tense whose participle is an act.
        #expect(findings("UNHCR has 40 staff in the country.", "en", section: situation) == ["language.agency-staffing"])
        #expect(findings("UNHCR has deployed 40 staff in the country.", "en", section: situation) == ["language.agency-as-actor"])
        #expect(findings("Le HCR a déployé 40 agents dans le pays.", "fr", section: situation) == ["language.agency-as-actor"])
    }
}
