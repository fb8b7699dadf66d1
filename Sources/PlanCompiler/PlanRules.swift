import PlanDiagnostics

/// Every rule the plan compiler reports, for `rrp explain` and the documentation. Each has
/// triggering and non-triggering examples in the ``RuleExample`` format, run by the tests.
public enum PlanRules {
    /// Every rule, by family.
    public static let all: [RuleDescription] =
        LoadingRules.all + ResolutionRules.all + PartnerRules.all + BudgetRules.all + PopulationRules.all
        + IndicatorRules.all + PeriodRules.all + SectionRules.all

    /// The rule with this ID, if the compiler reports it.
    public static func named(_ id: String) -> RuleDescription? { all.first { $0.id == id } }
}
