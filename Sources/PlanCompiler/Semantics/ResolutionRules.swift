import PlanDiagnostics

/// Rules about references between chapters and the plan's registries.
public enum ResolutionRules {
    /// `plan.undeclared-place`.
    public static let undeclaredPlace = Rule(
        id: "plan.undeclared-place", severity: .error,
        summary: "Chapter is for a country or sub-region the plan does not declare",
        explanation: "Every chapter belongs to a country listed in the plan file's `countries:` (or a sub-region under `sub-regions:`, or `regional`). Add the country to the plan file, or correct the chapter's code.",
        triggering: [RuleExample.withDefaultPlan("==> NER/country.md <==\n---\nchapter: country\ncountry: NER\n---\n")],
        nonTriggering: [RuleExample.withDefaultPlan("==> CMR/country.md <==\n---\nchapter: country\ncountry: CMR\n---\n")]
    )

    /// `plan.undeclared-sector`.
    public static let undeclaredSector = Rule(
        id: "plan.undeclared-sector", severity: .error,
        summary: "Chapter is for a sector the plan does not declare",
        explanation: "A sector chapter's `sector:` must be a key of the plan file's `sectors:`. Correct the ID, or declare the sector in the plan file.",
        triggering: [RuleExample.withDefaultPlan("==> TCD/protect.md <==\n---\nchapter: sector\ncountry: TCD\nsector: protecton\n---\n")],
        nonTriggering: [RuleExample.withDefaultPlan("==> TCD/protection.md <==\n---\nchapter: sector\ncountry: TCD\nsector: protection\n---\n")]
    )

    /// `plan.undeclared-subsector`.
    public static let undeclaredSubsector = Rule(
        id: "plan.undeclared-subsector", severity: .error,
        summary: "Chapter is for a sub-sector its sector does not declare",
        explanation: "A sub-sector chapter's `subsector:` must be listed under its sector's `subsectors:` in the plan file; its requirements roll up into that sector.",
        triggering: [RuleExample.withDefaultPlan("==> TCD/gbv.md <==\n---\nchapter: sector\ncountry: TCD\nsector: education\nsubsector: gbv\n---\n")],
        nonTriggering: [RuleExample.withDefaultPlan("==> TCD/gbv.md <==\n---\nchapter: sector\ncountry: TCD\nsector: protection\nsubsector: gbv\n---\n")]
    )

    /// `plan.duplicate-chapter`.
    public static let duplicateChapter = Rule(
        id: "plan.duplicate-chapter", severity: .error,
        summary: "Two chapters for the same place and sector",
        explanation: "A place has one country chapter and at most one chapter per sector (or sub-sector); a second one would count its requirements twice. Merge the two files.",
        triggering: [RuleExample.withDefaultPlan("==> TCD/education.md <==\n---\nchapter: sector\ncountry: TCD\nsector: education\n---\n==> TCD/education-2.md <==\n---\nchapter: sector\ncountry: TCD\nsector: education\n---\n")],
        nonTriggering: [RuleExample.withDefaultPlan("==> TCD/protection.md <==\n---\nchapter: sector\ncountry: TCD\nsector: protection\n---\n==> TCD/gbv.md <==\n---\nchapter: sector\ncountry: TCD\nsector: protection\nsubsector: gbv\n---\n")]
    )

    /// `plan.duplicate-foreword`.
    public static let duplicateForeword = Rule(
        id: "plan.duplicate-foreword", severity: .error,
        summary: "Plan has a second foreword",
        explanation: "A plan has one foreword (`chapter: foreword`), which opens the regional document; its versions in other languages are translations (`chapter: translation`, `of:` the foreword). Merge the two files, or make the second a translation.",
        triggering: [RuleExample.withDefaultPlan("==> foreword.md <==\n---\nchapter: foreword\n---\nThe plan brings partners together.\n==> message.md <==\n---\n↓chapter: foreword\n---\nA second message.\n")],
        nonTriggering: [RuleExample.withDefaultPlan("==> foreword.md <==\n---\nchapter: foreword\nsigned-by:\n  - A. Name, Regional Refugee Coordinator\n---\nThe plan brings partners together.\n==> foreword.fr.md <==\n---\nchapter: translation\nof: foreword.md\nlanguage: fr\n---\nLe plan réunit les partenaires.\n")]
    )

    /// Every rule of this family.
    public static let all = [undeclaredPlace, undeclaredSector, undeclaredSubsector, duplicateChapter, duplicateForeword]
}
