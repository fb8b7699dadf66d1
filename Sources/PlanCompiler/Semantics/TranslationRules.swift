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
        explanation: """
            Every edition shows the same numbers: the figures a translation's text states (numbers, amounts, percentages) must be those of its original. Each text is read the way its language writes figures (CLDR separators: `720 000`, `58,4 millions`, `78 %` in French are `720,000`, `58.4 million`, `78%` in English, `720.000`, `58,4 millones`, `78 %` in Spanish), and the figures are compared as values, in any order.

            A translator may: write a figure the way the language writes it (`1.350 millones` or `mil 350 millones` for `1.35 billion`, `80 por ciento` or `80 %` for `80 per cent`, `4.6 millones` with a decimal point); spell it out or not (`almost four million`, `casi 4 millones`); reorder sentences; spell out or not a small number or an ordinal (`seven years`, `7 ans`; `November 13th`, `13 de noviembre`: a number alone in words and an ordinal in digits may match a figure, but are never required). Years and days are figures: `7 February 2024` and `7 février 2024` state the same two, and `13/11/2019` matches `13 November 2019` (the day and month of a date in digits may match, the year must); `2024-25` is `2024-2025`. Digits in a web address are not figures (a translation may link to the page in its language).

            Reported, where the translation states it: a figure of another value, including one rounded differently (`58 millions` for `58.4 million`), of another scale (`58,4 milliers`, `1,35 billones`, which is a million million in Spanish) or a percentage for a count; a figure the original does not state (a date the translation writes where the original says "today"). A figure that differs comes with a fix that writes the original's value in the translation's scale and number format (`58,4` in `58 millions`). Reported at `of:`: the original's figures the translation leaves out. Correct the translation, or the original if the figure changed there (write the date in both, or in neither).
            """,
        triggering: [
            RuleExample.withDefaultPlan(country + "==> TCD/country.fr.md <==\n---\nchapter: translation\nof: country.md\nlanguage: fr\n---\n## Situation\n\nLe Tchad accueille ↓702 000 réfugiés ; 78 % sont des femmes et des enfants. Les partenaires ont besoin de 58,4 millions USD.\n"),
            RuleExample.withDefaultPlan(country + "==> TCD/country.fr.md <==\n---\nchapter: translation\nof: ↓country.md\nlanguage: fr\n---\n## Situation\n\nLe Tchad accueille 720 000 réfugiés. Les partenaires ont besoin de 58,4 millions USD.\n"),
            RuleExample.withDefaultPlan(country + "==> TCD/country.es.md <==\n---\nchapter: translation\nof: country.md\nlanguage: es\n---\n## Situación\n\nChad acoge a 720.000 personas refugiadas; el 78 % son mujeres y niños. Los socios requieren ↓58 millones USD.\n"),
        ],
        nonTriggering: [
            RuleExample.withDefaultPlan(country + "==> TCD/country.fr.md <==\n---\nchapter: translation\nof: country.md\nlanguage: fr\n---\n## Situation\n\nLe Tchad accueille 720 000 réfugiés ; 78 % sont des femmes et des enfants. Les partenaires ont besoin de 58,4 millions USD.\n"),
            RuleExample.withDefaultPlan(country + "==> TCD/country.es.md <==\n---\nchapter: translation\nof: country.md\nlanguage: es\n---\n## Situación\n\nLos socios requieren 58,4 millones USD. De las 720.000 personas refugiadas que acoge Chad, el 78 por ciento son mujeres y niños.\n"),
            RuleExample.withDefaultPlan("==> TCD/country.md <==\n---\nchapter: country\ncountry: TCD\n---\n## Situation\n\nAs of 7 February 2026, partners in four provinces require USD 1.2 billion to reach almost three million people.\n==> TCD/country.fr.md <==\n---\nchapter: translation\nof: country.md\nlanguage: fr\n---\n## Situation\n\nAu 7 février 2026, les partenaires de 4 provinces ont besoin de 1,2 milliard USD pour atteindre près de 3 millions de personnes.\n"),
        ]
    )

    /// Every rule of this family.
    public static let all = [withoutOriginal, duplicate, sameLanguage, figures]
}
