import PlanDiagnostics

/// Rules about the plan's period and version.
public enum PeriodRules {
    /// `plan.emergency-duration`.
    public static let emergencyDuration = Rule(
        id: "plan.emergency-duration", severity: .warning,
        summary: "Emergency plan is longer than 6 months",
        explanation: "An emergency plan (`version: emergency`) covers the first 3 to 6 months of an influx, and is then revised or extended by calendar year. A longer emergency period usually means the plan should become a regular plan: shorten the period, or change `version:`. A plan with another version may be shorter than a year without being an emergency plan (a preparedness and response plan from November to June, a plan aligned with a fiscal year): its period is not checked against this limit.",
        triggering: ["==> plan.md <==\n---\nplan: Illustrative Emergency Plan\ntype: country\nperiod: 2026-03 to 2026-11\nversion: emergency\nlanguage: en\ncountries: TCD\nsectors:\n  education:\n    name: Education\npartners:\n  UNHCR:\n    name: United Nations High Commissioner for Refugees\n    type: un\n---\n"],
        nonTriggering: [
            "==> plan.md <==\n---\nplan: Illustrative Emergency Plan\ntype: country\nperiod: 2026-03 to 2026-08\nversion: emergency\nlanguage: en\ncountries: TCD\nsectors:\n  education:\n    name: Education\npartners:\n  UNHCR:\n    name: United Nations High Commissioner for Refugees\n    type: un\n---\n",
            "==> plan.md <==\n---\nplan: Illustrative Preparedness and Response Plan\ntype: country\nperiod: 2026-11 to 2027-06\nversion: launch\nlanguage: en\ncountries: TCD\nsectors:\n  education:\n    name: Education\npartners:\n  UNHCR:\n    name: United Nations High Commissioner for Refugees\n    type: un\n---\n",
        ]
    )

    /// `period.country-outside-plan`.
    public static let countryOutsidePlan = Rule(
        id: "period.country-outside-plan", severity: .error,
        summary: "Country period is not inside the plan period",
        explanation: "A country chapter may carry its own `period:` (a country that joins the plan in its second year, or leaves it early); it must lie inside the plan's `period:`. Its sector chapters' requirements must then fall in the country's period, and an amount written for the whole period belongs to the country's year when its period has only one. Correct the country's period, or extend the plan's.",
        triggering: [BudgetRules.planFile(period: "2019-01 to 2020-12") + BudgetRules.countryFile(period: "2020-01 to 2021-12")],
        nonTriggering: [BudgetRules.planFile(period: "2019-01 to 2020-12") + BudgetRules.countryFile(period: "2020-01 to 2020-12")]
    )

    /// Every rule of this family, for ``PlanRules/all``.
    public static let all = [emergencyDuration, countryOutsidePlan]
}

/// Checks the plan's period against its version, and countries' own periods against the plan's.
enum PeriodCheck: PlanCheck {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        let plan = context.plan
        var out: [Diagnostic] = []
        // Only a declared emergency plan: a shorter-than-a-year launch plan is not one.
        if plan.version.lowercased() == "emergency", plan.period.months > 6 {
            out.append(PeriodRules.emergencyDuration.diagnostic(
                file: context.planPath, range: context.header.period.range,
                summary: "Emergency plan is longer than 6 months: \(plan.period) is \(plan.period.months) months"
            ))
        }
        for chapter in context.countryChapters {
            guard let own = chapter.header.period, !plan.period.contains(own.value) else { continue }
            out.append(PeriodRules.countryOutsidePlan.diagnostic(
                file: chapter.source.file.path, range: own.range,
                summary: "\(chapter.header.place.value.code) period \(own.value) is not inside the plan period \(plan.period)"
            ))
        }
        return out
    }
}
