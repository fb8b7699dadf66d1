import Foundation
import PlanDiagnostics

/// Rules about the required parts of chapters.
public enum SectionRules {
    static let completeSector = """
    ==> TCD/education.md <==
    ---
    chapter: sector
    country: TCD
    sector: education
    population:
      refugees:
        planned: 10,000
    locations: Ouaddaï
    assumptions:
      - Schools in the camps stay open.
    indicators:
      - id: EDU-01
        name: Refugee children enrolled in primary school
        outcome-area: OA11
        unit: percent
        baseline: 48%
        target: 65%
    requirements:
      UNHCR: USD 1,000,000
    ---
    ## Situation analysis

    ## Needs and vulnerabilities

    """

    /// The default plan file asking for the vocabulary's order (`sections: order: strict`).
    static let strictOrderPlan = "==> plan.md <==\n" + RuleExample.defaultPlan.replacingOccurrences(
        of: "---\n# Regional overview", with: "sections:\n  order: strict\n---\n# Regional overview")

    /// `section.missing`.
    public static let missing = Rule(
        id: "section.missing", severity: .error,
        summary: "Chapter is missing a required part",
        explanation: "Each kind of chapter has required parts (a country chapter: situation analysis, planning figures, needs and vulnerabilities, protection and solutions priorities, sector responses, monitoring framework, budget, coordination; a sector chapter: situation analysis, needs and vulnerabilities, planning figures, intervention locations, key assumptions, monitoring framework, requirements by partner; a regional overview: planning figures, strategic objectives, country chapters, working groups, budget, coordination). A heading names a part by its meaning words, in English, French or Spanish, whatever their case, accents, order and the words around them: 'Key humanitarian needs & vulnerabilities', '3. Chad: Context', 'Part II: Response strategy', 'Modalités de coordination' and 'Antecedentes' all name their part, and 'Needs analysis and response strategy' names two. A regional overview may describe its working groups in the text of its coordination section. A plan adds headings under `sections:`. Data parts are satisfied by the front matter. The fix-it inserts the heading where the part belongs; when a heading comes close to naming the part (a misspelt word, a word left out), the finding stands at that heading and the fix-it corrects it.",
        triggering: [
            RuleExample.withDefaultPlan(completeSector.replacingOccurrences(of: "## Needs and vulnerabilities\n", with: "")),
            RuleExample.withDefaultPlan(completeSector.replacingOccurrences(of: "## Situation analysis", with: "## Situaton analysis")),
        ],
        nonTriggering: [
            RuleExample.withDefaultPlan(completeSector),
            RuleExample.withDefaultPlan(completeSector.replacingOccurrences(of: "## Situation analysis", with: "## 1. Contexte")),
            RuleExample.withDefaultPlan(completeSector.replacingOccurrences(of: "## Situation analysis\n\n## Needs and vulnerabilities", with: "## Context and key needs of refugees in Chad")),
        ]
    )

    /// `section.order`.
    public static let order = Rule(
        id: "section.order", severity: .warning,
        summary: "Required part is out of order",
        explanation: "Published plans order their parts differently (coordination before the planned response or the budget, needs before the context), so by default any order is accepted. A plan that wants every chapter to follow the vocabulary's order (the list of required parts) writes `order: strict` under `sections:` in its plan file; then a part found before one that should precede it draws this warning. Move the section after the parts that precede it.",
        triggering: [strictOrderPlan + completeSector.replacingOccurrences(of: "## Situation analysis\n\n## Needs and vulnerabilities\n", with: "## Needs and vulnerabilities\n\n## Situation analysis\n")],
        nonTriggering: [
            strictOrderPlan + completeSector,
            RuleExample.withDefaultPlan(completeSector.replacingOccurrences(of: "## Situation analysis\n\n## Needs and vulnerabilities\n", with: "## Needs and vulnerabilities\n\n## Situation analysis\n")),
        ]
    )

    /// `section.unknown-part`.
    public static let unknownPart = Rule(
        id: "section.unknown-part", severity: .error,
        summary: "Section settings name a part that does not exist",
        explanation: "`sections:` in the plan file adds headings to required parts by part ID (besides `order: strict` or `order: any`): situation-analysis, planning-figures, needs-vulnerabilities, protection-priorities, strategic-objectives, sector-responses, country-chapters, locations, assumptions, monitoring, requirements, budget, coordination, working-groups.",
        triggering: ["==> plan.md <==\n---\nplan: Illustrative Plan\ntype: country\nperiod: 2026-01 to 2026-12\nversion: launch\nlanguage: en\ncountries: TCD\nsectors:\n  education:\n    name: Education\npartners:\n  UNHCR:\n    name: United Nations High Commissioner for Refugees\n    type: un\nsections:\n  situation-analyses: Panorama\n---\n"],
        nonTriggering: ["==> plan.md <==\n---\nplan: Illustrative Plan\ntype: country\nperiod: 2026-01 to 2026-12\nversion: launch\nlanguage: en\ncountries: TCD\nsectors:\n  education:\n    name: Education\npartners:\n  UNHCR:\n    name: United Nations High Commissioner for Refugees\n    type: un\nsections:\n  situation-analysis: Panorama\n---\n"]
    )

    /// Every rule of this family, for ``PlanRules/all``.
    public static let all = [missing, order, unknownPart]
}
