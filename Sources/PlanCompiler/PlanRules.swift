import PlanDiagnostics

/// Every rule the plan compiler reports, for `rrp explain` and the documentation. Each has
/// triggering and non-triggering examples in the ``RuleExample`` format, run by the tests.
public enum PlanRules {
    /// Every rule, by family.
    public static let all: [Rule] =
        LoadingRules.all + ResolutionRules.all + PartnerRules.all + BudgetRules.all + PopulationRules.all
        + IndicatorRules.all + PeriodRules.all + SectionRules.all + ClearanceRules.all + FundingRules.all + ProgressRules.all + TranslationRules.all

}
