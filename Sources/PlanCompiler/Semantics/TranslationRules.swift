import PlanDiagnostics

/// Rules about translated chapters (`chapter: translation`): each names an original of the plan,
/// in another language, once per language, and states the original's figures.
public enum TranslationRules {
    static let country = "==> TCD/country.md <==\n---\nchapter: country\ncountry: TCD\n---\n## Situation\n\nChad hosts 720,000 refugees; 78% are women and children. Partners require USD 58.4 million.\n"

    /// `plan.translation-without-original`.
    public static let withoutOriginal = Rule(
        id: "plan.translation-without-original", severity: .error,
        summary: "Translation names no chapter of the plan",
        explanation: "A translation's `of:` is the path of the chapter it translates, relative to the translation's folder (`of: country.md` beside `TCD/country.md`; `of: ../plan.md` for the plan file). Correct the path; without an original the text would appear in no document.",
        triggering: [RuleExample.withDefaultPlan(country + "==> TCD/country.fr.md <==\n---\nchapter: translation\nof: ↓contry.md\nlanguage: fr\n---\n## Situation\n\nLe Tchad accueille 720 000 réfugiés.\n")],
        nonTriggering: [RuleExample.withDefaultPlan(country + "==> TCD/country.fr.md <==\n---\nchapter: translation\nof: country.md\nlanguage: fr\n---\n## Situation\n\nLe Tchad accueille 720 000 réfugiés ; 78 % sont des femmes et des enfants. Les partenaires ont besoin de 58,4 millions USD.\n")]
    )

    /// `plan.duplicate-translation`.
    public static let duplicate = Rule(
        id: "plan.duplicate-translation", severity: .error,
        summary: "Second translation of a chapter into the same language",
        explanation: "A chapter has at most one translation per language: an edition could not choose between two. Merge the two files, or correct one's `language:`.",
        triggering: [RuleExample.withDefaultPlan(country + "==> TCD/country.fr.md <==\n---\nchapter: translation\nof: country.md\nlanguage: fr\n---\n==> TCD/pays.md <==\n---\nchapter: translation\nof: country.md\nlanguage: ↓fr\n---\n")],
        nonTriggering: [RuleExample.withDefaultPlan(country + "==> TCD/country.fr.md <==\n---\nchapter: translation\nof: country.md\nlanguage: fr\n---\n==> TCD/country.es.md <==\n---\nchapter: translation\nof: country.md\nlanguage: es\n---\n")]
    )

    /// `plan.translation-same-language`.
    public static let sameLanguage = Rule(
        id: "plan.translation-same-language", severity: .error,
        summary: "Translation is in its original's language",
        explanation: "A translation gives a chapter's text in another language; one in the original's own language would replace the original's text in its own documents. Correct `language:`, or edit the original.",
        triggering: [RuleExample.withDefaultPlan(country + "==> TCD/country.en.md <==\n---\nchapter: translation\nof: country.md\nlanguage: ↓en\n---\n")],
        nonTriggering: [RuleExample.withDefaultPlan(country + "==> TCD/country.fr.md <==\n---\nchapter: translation\nof: country.md\nlanguage: fr\n---\n")]
    )

    /// `plan.translation-figures`.
    public static let figures = Rule(
        id: "plan.translation-figures", severity: .warning,
        summary: "Translation states a figure its original does not",
        explanation: "Every edition shows the same numbers: the figures a translation's text states (numbers, amounts, percentages, read the way its language writes them: `720 000`, `58,4 millions`, `78 %` in French) must be those of its original (`720,000`, `58.4 million`, `78%`). A figure found in one and not the other is reported where it stands, or at `of:` when the translation leaves out a figure of its original. Correct the translation, or the original if the figure changed there.",
        triggering: [
            RuleExample.withDefaultPlan(country + "==> TCD/country.fr.md <==\n---\nchapter: translation\nof: country.md\nlanguage: fr\n---\n## Situation\n\nLe Tchad accueille ↓702 000 réfugiés ; 78 % sont des femmes et des enfants. Les partenaires ont besoin de 58,4 millions USD.\n"),
            RuleExample.withDefaultPlan(country + "==> TCD/country.fr.md <==\n---\nchapter: translation\nof: ↓country.md\nlanguage: fr\n---\n## Situation\n\nLe Tchad accueille 720 000 réfugiés. Les partenaires ont besoin de 58,4 millions USD.\n"),
        ],
        nonTriggering: [RuleExample.withDefaultPlan(country + "==> TCD/country.fr.md <==\n---\nchapter: translation\nof: country.md\nlanguage: fr\n---\n## Situation\n\nLe Tchad accueille 720 000 réfugiés ; 78 % sont des femmes et des enfants. Les partenaires ont besoin de 58,4 millions USD.\n")]
    )

    /// Every rule of this family.
    public static let all = [withoutOriginal, duplicate, sameLanguage, figures]
}
