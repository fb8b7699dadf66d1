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

    /// `section.missing`.
    public static let missing = Rule(
        id: "section.missing", severity: .error,
        summary: "Chapter is missing a required part",
        explanation: "Each kind of chapter has required parts (a country chapter: situation analysis, planning figures, needs and vulnerabilities, protection and solutions priorities, sector responses, monitoring framework, budget, coordination; a sector chapter: situation analysis, needs and vulnerabilities, planning figures, intervention locations, key assumptions, monitoring framework, requirements by partner; a regional overview: planning figures, strategic objectives, country chapters, working groups, budget, coordination). Narrative parts are found by heading, in English, French or Spanish, with synonyms; a plan adds its own under `sections:`. Data parts are satisfied by the front matter. The fix-it inserts the heading where the part belongs.",
        triggering: [RuleExample.withDefaultPlan(completeSector.replacingOccurrences(of: "## Needs and vulnerabilities\n", with: ""))],
        nonTriggering: [RuleExample.withDefaultPlan(completeSector), RuleExample.withDefaultPlan(completeSector.replacingOccurrences(of: "## Situation analysis", with: "## 1. Contexte"))]
    )

    /// `section.order`.
    public static let order = Rule(
        id: "section.order", severity: .warning,
        summary: "Required part is out of order",
        explanation: "Plans follow a stable skeleton so that readers find each part in the same place in every chapter. Move the section after the parts that precede it in the list of required parts.",
        triggering: [RuleExample.withDefaultPlan(completeSector.replacingOccurrences(of: "## Situation analysis\n\n## Needs and vulnerabilities\n", with: "## Needs and vulnerabilities\n\n## Situation analysis\n"))],
        nonTriggering: [RuleExample.withDefaultPlan(completeSector)]
    )

    /// `section.unknown-part`.
    public static let unknownPart = Rule(
        id: "section.unknown-part", severity: .error,
        summary: "Section settings name a part that does not exist",
        explanation: "`sections:` in the plan file adds headings to required parts by part ID: situation-analysis, planning-figures, needs-vulnerabilities, protection-priorities, strategic-objectives, sector-responses, country-chapters, locations, assumptions, monitoring, requirements, budget, coordination, working-groups.",
        triggering: ["==> plan.md <==\n---\nplan: Illustrative Plan\ntype: country\nperiod: 2026-01 to 2026-12\nversion: launch\nlanguage: en\ncountries: TCD\nsectors:\n  education:\n    name: Education\npartners:\n  UNHCR:\n    name: United Nations High Commissioner for Refugees\n    type: un\nsections:\n  situation-analyses: Panorama\n---\n"],
        nonTriggering: ["==> plan.md <==\n---\nplan: Illustrative Plan\ntype: country\nperiod: 2026-01 to 2026-12\nversion: launch\nlanguage: en\ncountries: TCD\nsectors:\n  education:\n    name: Education\npartners:\n  UNHCR:\n    name: United Nations High Commissioner for Refugees\n    type: un\nsections:\n  situation-analysis: Panorama\n---\n"]
    )

    /// Every rule of this family, for ``PlanRules/all``.
    public static let all = [missing, order, unknownPart]
}
