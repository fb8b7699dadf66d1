import PlanDiagnostics

/// Rules about the plan's period and version.
public enum PeriodRules {
    /// `plan.emergency-duration`.
    public static let emergencyDuration = Rule(
        id: "plan.emergency-duration", severity: .warning,
        summary: "Emergency plan is longer than 6 months",
        explanation: "An emergency plan (`version: emergency`, or a period under a year) covers the first 3 to 6 months of an influx, and is then revised or extended by calendar year. A longer emergency period usually means the plan should become a regular plan: shorten the period, or change `version:`.",
        triggering: ["==> plan.md <==\n---\nplan: Illustrative Emergency Plan\ntype: country\nperiod: 2026-03 to 2026-11\nversion: emergency\nlanguage: en\ncountries: TCD\nsectors:\n  education:\n    name: Education\npartners:\n  UNHCR:\n    name: United Nations High Commissioner for Refugees\n    type: un\n---\n"],
        nonTriggering: ["==> plan.md <==\n---\nplan: Illustrative Emergency Plan\ntype: country\nperiod: 2026-03 to 2026-08\nversion: emergency\nlanguage: en\ncountries: TCD\nsectors:\n  education:\n    name: Education\npartners:\n  UNHCR:\n    name: United Nations High Commissioner for Refugees\n    type: un\n---\n"]
    )

    /// Every rule of this family, for ``PlanRules/all``.
    public static let all = [emergencyDuration]
}

/// Checks the plan's period against its version.
enum PeriodCheck: PlanCheck {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        let plan = context.plan
        guard plan.isEmergency, plan.period.months > 6 else { return [] }
        return [PeriodRules.emergencyDuration.diagnostic(
            file: context.planPath, range: context.header.period.range,
            summary: "Emergency plan is longer than 6 months: \(plan.period) is \(plan.period.months) months"
        )]
    }
}
