import PlanDiagnostics
import PlanModel

/// Rules about the partner registry and its use.
public enum PartnerRules {
    /// `partner.undeclared`.
    public static let undeclared = Rule(
        id: "partner.undeclared", severity: .error,
        summary: "Partner is used but not declared",
        explanation: "Requirement lines and `implementing-for:` refer to partners by the key they have under the plan file's `partners:`. Declare the partner there (with its name and type), or correct the key.",
        triggering: [RuleExample.withDefaultPlan("==> TCD/education.md <==\n---\nchapter: sector\ncountry: TCD\nsector: education\nrequirements:\n  UNHCF: USD 1,000,000\n---\n")],
        nonTriggering: [RuleExample.withDefaultPlan("==> TCD/education.md <==\n---\nchapter: sector\ncountry: TCD\nsector: education\nrequirements:\n  UNHCR: USD 1,000,000\n---\n")]
    )

    /// `partner.unused`.
    public static let unused = Rule(
        id: "partner.unused", severity: .warning,
        summary: "Partner is declared but never used",
        explanation: "An appealing partner declared in the plan file has no requirement in any chapter, and no partner implements for it. It would be missing from every table. Add its requirements, or remove it from `partners:`. Government partners and implementing partners never have requirements and are not reported.",
        triggering: ["==> plan.md <==\n---\nplan: Illustrative Plan\ntype: country\nperiod: 2026-01 to 2026-12\nversion: launch\nlanguage: en\ncountries: TCD\nsectors:\n  education:\n    name: Education\npartners:\n  UNHCR:\n    name: United Nations High Commissioner for Refugees\n    type: un\n  NRC:\n    name: Norwegian Refugee Council\n    type: ingo\n---\n==> TCD/education.md <==\n---\nchapter: sector\ncountry: TCD\nsector: education\nrequirements:\n  UNHCR: USD 1,000,000\n---\n"],
        nonTriggering: ["==> plan.md <==\n---\nplan: Illustrative Plan\ntype: country\nperiod: 2026-01 to 2026-12\nversion: launch\nlanguage: en\ncountries: TCD\nsectors:\n  education:\n    name: Education\npartners:\n  UNHCR:\n    name: United Nations High Commissioner for Refugees\n    type: un\n  MEN:\n    name: Ministère de l'Éducation nationale\n    type: government\n---\n==> TCD/education.md <==\n---\nchapter: sector\ncountry: TCD\nsector: education\nrequirements:\n  UNHCR: USD 1,000,000\n---\n"]
    )

    /// `partner.headline-mismatch`.
    public static let headlineMismatch = Rule(
        id: "partner.headline-mismatch", severity: .error,
        summary: "Headline partner count differs from the appealing partners with requirements",
        explanation: "The partner count of a plan is the number of distinct appealing partners with at least one requirement: a partner active in several countries counts once (the union, never a sum of country counts). Correct `headline: partners:` or the requirement lines.",
        triggering: [RuleExample.withDefaultPlan("==> TCD/country.md <==\n---\nchapter: country\ncountry: TCD\nheadline:\n  partners: 3\n---\n==> TCD/education.md <==\n---\nchapter: sector\ncountry: TCD\nsector: education\nrequirements:\n  UNHCR: USD 1,000,000\n  NRC: USD 500,000\n---\n")],
        nonTriggering: [RuleExample.withDefaultPlan("==> TCD/country.md <==\n---\nchapter: country\ncountry: TCD\nheadline:\n  partners: 2\n---\n==> TCD/education.md <==\n---\nchapter: sector\ncountry: TCD\nsector: education\nrequirements:\n  UNHCR: USD 1,000,000\n  NRC: USD 500,000\n---\n")]
    )

    /// Every rule of this family, for ``PlanRules/all``.
    public static let all = [undeclared, unused, headlineMismatch]
}

/// Checks partner references and use.
enum PartnerCheck: PlanCheck {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        let ids = context.registry.partners.map(\.id)
        var used = Set<String>()
        var out: [Diagnostic] = []
        for chapter in context.sectorChapters {
            for line in chapter.header.requirements {
                used.insert(line.partner.value)
                guard context.registry.partner(line.partner.value) == nil else { continue }
                let suggestion = NearMiss.suggestion(for: line.partner.value, among: ids)
                out.append(PartnerRules.undeclared.diagnostic(
                    file: chapter.source.file.path, range: line.partner.range,
                    summary: "Partner '\(line.partner.value)' is used but not declared" + NearMiss.didYouMean(line.partner.value, among: ids),
                    fixIts: suggestion.map { [FixIt("Replace with '\($0)'", range: line.partner.range, replacement: $0)] } ?? []
                ))
            }
        }
        for partner in context.header.partners {
            let p = context.registry.partner(partner.id.value)!
            guard p.isAppealing, !context.registry.hasImplementers(p.id), !used.contains(p.id) else { continue }
            out.append(PartnerRules.unused.diagnostic(
                file: context.planPath, range: partner.id.range,
                summary: "Partner '\(p.id)' is declared but never used"
            ))
        }
        return out
    }
}
