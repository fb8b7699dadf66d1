import PlanDiagnostics

/// Rules about the files of a plan folder. Examples use the ``RuleExample`` format.
public enum LoadingRules {
    /// `plan.no-plan-file`.
    public static let noPlanFile = Rule(
        id: "plan.no-plan-file", severity: .error,
        summary: "Plan folder has no plan file",
        explanation: "A plan folder holds exactly one plan file: a Markdown file whose front matter starts with `plan:` (by convention `plan.md` at the folder's root). It declares the countries, sectors and partners every chapter refers to. Create it with `rrp init` or copy one from Samples/.",
        triggering: ["==> TCD/country.md <==\n---\nchapter: country\ncountry: TCD\n---\n## Situation analysis\n"],
        nonTriggering: ["==> TCD/country.md <==\n---\nchapter: country\ncountry: TCD\n---\n## Situation analysis\n"].map { RuleExample.withDefaultPlan($0) }
    )

    /// `plan.duplicate-plan-file`.
    public static let duplicatePlanFile = Rule(
        id: "plan.duplicate-plan-file", severity: .error,
        summary: "Plan folder has a second plan file",
        explanation: "A plan folder holds exactly one plan file (front matter starting with `plan:`). Two plan files usually mean two plans were copied into one folder, or an old version was kept beside the new one: move one out of the folder.",
        triggering: [RuleExample.withDefaultPlan("==> previous/plan.md <==\n" + RuleExample.defaultPlan)],
        nonTriggering: [RuleExample.withDefaultPlan("==> TCD/country.md <==\n---\nchapter: country\ncountry: TCD\n---\n")]
    )

    /// `plan.not-a-chapter`.
    public static let notAChapter = Rule(
        id: "plan.not-a-chapter", severity: .warning,
        summary: "Markdown file is not a chapter: it has no front matter",
        explanation: "Every `.md` file in a plan folder is read as a chapter, and a chapter starts with a front-matter block (`---`, `chapter: country` or `chapter: sector`, `---`). A file without one is left out of the plan. This is a warning, not an error, so that a README or notes can stay in the folder; move such files out of the plan folder, or into a hidden folder (`.notes/`), to silence it.",
        triggering: [RuleExample.withDefaultPlan("==> notes.md <==\n# Meeting notes\n")],
        nonTriggering: [RuleExample.withDefaultPlan("==> TCD/country.md <==\n---\nchapter: country\ncountry: TCD\n---\n# Pays\n")]
    )

    /// Every rule of this family.
    public static let all = [noPlanFile, duplicatePlanFile, notAChapter]

    static func noPlanFile(folder: String) -> Diagnostic {
        noPlanFile.diagnostic(file: folder, range: nil, summary: noPlanFile.summary)
    }
}
