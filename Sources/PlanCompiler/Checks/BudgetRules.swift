import PlanDiagnostics

/// Rules about requirement lines and budget totals.
public enum BudgetRules {
    static func chapter(_ requirements: String, place: String = "TCD", sector: String = "education") -> String {
        RuleExample.withDefaultPlan("==> \(place)/\(sector).md <==\n---\nchapter: sector\ncountry: \(place)\nsector: \(sector)\nrequirements:\n\(requirements)---\n")
    }

    /// `budget.government-requirement`.
    public static let governmentRequirement = RuleDescription(
        id: "budget.government-requirement", severity: .error,
        summary: "Government partner has a requirement",
        explanation: "The plan is drafted with the host government, but its budget never contains the government's own requirements. Remove the line; if the money goes through an appealing partner, put it under that partner.",
        triggering: [chapter("  MSP: USD 500,000\n")],
        nonTriggering: [chapter("  UNHCR: USD 500,000\n")]
    )

    /// `budget.implementing-double-count`.
    public static let implementingDoubleCount = RuleDescription(
        id: "budget.implementing-double-count", severity: .warning,
        summary: "Implementing partner appeals next to its appealing partner",
        explanation: "An implementing partner of an appealing partner is not an appealing partner itself: its work is funded through that partner's requirement. A line for both in the same place and sector usually counts the same money twice. The implementing partner's line is left out of every total; remove it, or declare the partner without `implementing-for:` if it appeals on its own.",
        triggering: [chapter("  NRC: USD 900,000\n  ALN: USD 150,000\n")],
        nonTriggering: [chapter("  NRC: USD 900,000\n")]
    )

    /// `budget.implementing-requirement`.
    public static let implementingRequirement = RuleDescription(
        id: "budget.implementing-requirement", severity: .warning,
        summary: "Implementing partner has a requirement that is not counted",
        explanation: "A partner declared with `implementing-for:` does not appeal: only appealing partners' requirements add up, so this line is left out of every total. Move the amount under the appealing partner, or remove `implementing-for:` if the partner appeals on its own.",
        triggering: [chapter("  ALN: USD 150,000\n")],
        nonTriggering: [chapter("  NRC: USD 150,000\n")]
    )

    /// `budget.non-positive-amount`.
    public static let nonPositiveAmount = RuleDescription(
        id: "budget.non-positive-amount", severity: .error,
        summary: "Requirement is zero or negative",
        explanation: "A requirement line states what a partner needs; zero or a negative amount is a data-entry mistake. Remove the line or write the amount.",
        triggering: [chapter("  UNHCR: USD 0\n")],
        nonTriggering: [chapter("  UNHCR: USD 1\n")]
    )

    /// `budget.currency`.
    public static let currency = RuleDescription(
        id: "budget.currency", severity: .error,
        summary: "Requirement is not in US dollars",
        explanation: "Plan requirements are in US dollars so that they add up across countries. Convert the amount to USD (and say in the text which rate was used); amounts in other currencies are left out of every total.",
        triggering: [chapter("  UNHCR: EUR 500,000\n")],
        nonTriggering: [chapter("  UNHCR: USD 500,000\n")]
    )

    /// `budget.year-outside-period`.
    public static let yearOutsidePeriod = RuleDescription(
        id: "budget.year-outside-period", severity: .error,
        summary: "Requirement is for a year outside the plan period",
        explanation: "Requirements per year must fall within the plan's `period:`. Correct the year, or extend the period in the plan file.",
        triggering: [chapter("  UNHCR:\n    2027: USD 500,000\n")],
        nonTriggering: [chapter("  UNHCR:\n    2026: USD 500,000\n")]
    )

    /// `budget.headline-mismatch`.
    public static let headlineMismatch = RuleDescription(
        id: "budget.headline-mismatch", severity: .error,
        summary: "Headline requirement is lower than the requirement lines add up to",
        explanation: "The headline (`headline: requirements:` in the plan file or a country chapter) is compared with the sum of the appealing partners' lines, within half the precision it was written with (`USD 1.2 billion` allows USD 50 million either way). Lines that add up to more than the headline are a table that does not add up: correct the headline or the lines. The diagnostic gives both numbers and the difference.",
        triggering: ["==> plan.md <==\n---\nplan: Illustrative Plan\ntype: country\nperiod: 2026-01 to 2026-12\nversion: launch\nlanguage: en\ncountries: TCD\nsectors:\n  education:\n    name: Education\npartners:\n  UNHCR:\n    name: United Nations High Commissioner for Refugees\n    type: un\nheadline:\n  requirements: USD 1.2 million\n---\n==> TCD/education.md <==\n---\nchapter: sector\ncountry: TCD\nsector: education\nrequirements:\n  UNHCR: USD 1,300,000\n---\n"],
        nonTriggering: ["==> plan.md <==\n---\nplan: Illustrative Plan\ntype: country\nperiod: 2026-01 to 2026-12\nversion: launch\nlanguage: en\ncountries: TCD\nsectors:\n  education:\n    name: Education\npartners:\n  UNHCR:\n    name: United Nations High Commissioner for Refugees\n    type: un\nheadline:\n  requirements: USD 1.3 million\n---\n==> TCD/education.md <==\n---\nchapter: sector\ncountry: TCD\nsector: education\nrequirements:\n  UNHCR: USD 1,340,000\n---\n"]
    )

    /// `budget.unallocated-remainder`.
    public static let unallocatedRemainder = RuleDescription(
        id: "budget.unallocated-remainder", severity: .warning,
        summary: "Headline requirement exceeds the requirement lines: an unallocated remainder",
        explanation: "The headline is higher than the sum of the lines beyond its written precision. Published plans sometimes carry such a remainder (requirements not yet allocated to a partner or sector); the compiler reports it as `unallocated` in the consolidation. Add the missing lines or lower the headline.",
        triggering: ["==> TCD/country.md <==\n---\nchapter: country\ncountry: TCD\nheadline:\n  requirements: USD 2 million\n---\n==> TCD/education.md <==\n---\nchapter: sector\ncountry: TCD\nsector: education\nrequirements:\n  UNHCR: USD 1,000,000\n---\n"].map(RuleExample.withDefaultPlan),
        nonTriggering: ["==> TCD/country.md <==\n---\nchapter: country\ncountry: TCD\nheadline:\n  requirements: USD 1 million\n---\n==> TCD/education.md <==\n---\nchapter: sector\ncountry: TCD\nsector: education\nrequirements:\n  UNHCR: USD 1,000,000\n---\n"].map(RuleExample.withDefaultPlan)
    )

    /// `budget.total-out-of-range`.
    public static let totalOutOfRange = RuleDescription(
        id: "budget.total-out-of-range", severity: .error,
        summary: "The requirement lines add up to more than the largest amount a plan holds",
        explanation: "Every amount, written or added up, is at most USD 1,000,000,000,000,000 (10^15, see `dsl.figure-out-of-range`): far above any real plan, and the bound that keeps every total exact and every output valid. The counted lines (appealing partners, in US dollars) add up to more; the diagnostic points at the line that takes the plan total past the limit. An amount has too many digits: check the lines.",
        triggering: [chapter("  UNHCR: USD 600,000,000,000,000\n  NRC: USD 600,000,000,000,000\n")],
        nonTriggering: [chapter("  UNHCR: USD 600,000,000,000,000\n  NRC: USD 400,000,000,000,000\n")]
    )

    /// Every rule of this family, for ``PlanRules/all``.
    public static let all = [
        governmentRequirement, implementingDoubleCount, implementingRequirement, nonPositiveAmount,
        currency, yearOutsidePeriod, headlineMismatch, unallocatedRemainder, totalOutOfRange,
    ]
}
