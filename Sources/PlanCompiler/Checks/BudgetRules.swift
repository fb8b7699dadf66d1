import PlanDiagnostics

/// Rules about requirement lines and budget totals.
public enum BudgetRules {
    static func chapter(_ requirements: String, place: String = "TCD", sector: String = "education") -> String {
        RuleExample.withDefaultPlan("==> \(place)/\(sector).md <==\n---\nchapter: sector\ncountry: \(place)\nsector: \(sector)\nrequirements:\n\(requirements)---\n")
    }

    /// `budget.government-requirement`.
    public static let governmentRequirement = Rule(
        id: "budget.government-requirement", severity: .error,
        summary: "Government partner has a requirement",
        explanation: "The plan is drafted with the host government, but its budget never contains the government's own requirements. Remove the line; if the money goes through an appealing partner, put it under that partner.",
        triggering: [chapter("  MSP: USD 500,000\n")],
        nonTriggering: [chapter("  UNHCR: USD 500,000\n")]
    )

    /// `budget.implementing-double-count`.
    public static let implementingDoubleCount = Rule(
        id: "budget.implementing-double-count", severity: .warning,
        summary: "Implementing partner appeals next to its appealing partner",
        explanation: "An implementing partner of an appealing partner is not an appealing partner itself: its work is funded through that partner's requirement. A line for both in the same place and sector usually counts the same money twice. The implementing partner's line is left out of every total; remove it, or declare the partner without `implementing-for:` if it appeals on its own.",
        triggering: [chapter("  NRC: USD 900,000\n  ALN: USD 150,000\n")],
        nonTriggering: [chapter("  NRC: USD 900,000\n")]
    )

    /// `budget.implementing-requirement`.
    public static let implementingRequirement = Rule(
        id: "budget.implementing-requirement", severity: .warning,
        summary: "Implementing partner has a requirement that is not counted",
        explanation: "A partner declared with `implementing-for:` does not appeal: only appealing partners' requirements add up, so this line is left out of every total. Move the amount under the appealing partner, or remove `implementing-for:` if the partner appeals on its own.",
        triggering: [chapter("  ALN: USD 150,000\n")],
        nonTriggering: [chapter("  NRC: USD 150,000\n")]
    )

    /// `budget.non-positive-amount`.
    public static let nonPositiveAmount = Rule(
        id: "budget.non-positive-amount", severity: .error,
        summary: "Requirement is zero or negative",
        explanation: "A requirement line states what a partner needs; zero or a negative amount is a data-entry mistake. Remove the line or write the amount.",
        triggering: [chapter("  UNHCR: USD 0\n")],
        nonTriggering: [chapter("  UNHCR: USD 1\n")]
    )

    /// `budget.currency`.
    public static let currency = Rule(
        id: "budget.currency", severity: .error,
        summary: "Requirement is not in US dollars",
        explanation: "Plan requirements are in US dollars so that they add up across countries. Convert the amount to USD (and say in the text which rate was used); amounts in other currencies are left out of every total.",
        triggering: [chapter("  UNHCR: EUR 500,000\n")],
        nonTriggering: [chapter("  UNHCR: USD 500,000\n")]
    )

    /// `budget.year-outside-period`.
    public static let yearOutsidePeriod = Rule(
        id: "budget.year-outside-period", severity: .error,
        summary: "Requirement is for a year outside the plan period",
        explanation: "Requirements per year must fall within the plan's `period:`, or within the country chapter's own `period:` when it has one. Correct the year, or extend the period.",
        triggering: [
            chapter("  UNHCR:\n    2027: USD 500,000\n"),
            planFile(period: "2019-01 to 2020-12") + countryFile(period: "2020-01 to 2020-12")
                + sectorFile("requirements:\n  UNHCR:\n    ↓2019: USD 500,000\n"),
        ],
        nonTriggering: [
            chapter("  UNHCR:\n    2026: USD 500,000\n"),
            planFile(period: "2019-01 to 2020-12") + countryFile(period: "2020-01 to 2020-12")
                + sectorFile("requirements:\n  UNHCR:\n    2020: USD 500,000\n"),
        ]
    )

    /// A plan file (`type: country`, one sector, UNHCR and NRC) with `period` and `headline`
    /// block lines.
    static func planFile(period: String = "2026-01 to 2026-12", headline: String = "") -> String {
        "==> plan.md <==\n---\nplan: Illustrative Plan\ntype: country\nperiod: \(period)\nversion: launch\nlanguage: en\ncountries: TCD\nsectors:\n  education:\n    name: Education\npartners:\n  UNHCR:\n    name: United Nations High Commissioner for Refugees\n    type: un\n  NRC:\n    name: Norwegian Refugee Council\n    type: ingo\n"
            + (headline.isEmpty ? "" : "headline:\n\(headline)") + "---\n"
    }

    /// The TCD country chapter file with its own `period`.
    static func countryFile(period: String) -> String {
        "==> TCD/country.md <==\n---\nchapter: country\ncountry: TCD\nperiod: \(period)\n---\n"
    }

    /// The TCD country chapter file with `total-requirement: total`.
    static func countryTotalFile(_ total: String) -> String {
        "==> TCD/country.md <==\n---\nchapter: country\ncountry: TCD\ntotal-requirement: \(total)\n---\n"
    }

    /// A sector chapter file of TCD education with front matter `body`.
    static func sectorFile(_ body: String) -> String {
        "==> TCD/education.md <==\n---\nchapter: sector\ncountry: TCD\nsector: education\n\(body)---\n"
    }

    /// `budget.headline-mismatch`.
    public static let headlineMismatch = Rule(
        id: "budget.headline-mismatch", severity: .error,
        summary: "Headline requirement differs from the requirement lines",
        explanation: """
        The headline (`headline: requirements:` in the plan file or a country chapter) is compared with the sum of the appealing partners' lines (and of chapter totals not yet broken down by partner). Each headline amount is compared with the lines of its years: an amount for the whole period with every line, an amount with `for: 2019`, or one line of a by-year block (`2019: USD 296.4M`), with the lines for that year. Every rounded figure counts: the tolerance is half the written precision of the headline plus half the precision of each line compared (`USD 42.1M` is rounded to USD 100,000, so it adds USD 50,000; an exact amount such as `USD 3,450,000` adds nothing). A difference beyond the tolerance is an error in either direction. A headline above its lines on purpose declares the remainder: `unallocated:` under `headline:` with `amount:` and `reason:` (and `for:` when the headline is by year); documents show it as such. The diagnostic gives both figures, the tolerance and the difference.
        """,
        triggering: [
            planFile(headline: "  requirements: USD 1.2 million\n") + sectorFile("requirements:\n  UNHCR: USD 1,300,000\n"),
            planFile(headline: "  requirements: USD 1,000,020\n") + sectorFile("requirements:\n  UNHCR: USD 1,000,000\n"),
            planFile(period: "2019-01 to 2020-12", headline: "  requirements: USD 1.3 million\n  for: 2019\n")
                + sectorFile("requirements:\n  UNHCR:\n    2019: USD 1.0M\n    2020: USD 1.1M\n"),
        ],
        nonTriggering: [
            planFile(headline: "  requirements: USD 1.3 million\n") + sectorFile("requirements:\n  UNHCR: USD 1,340,000\n"),
            planFile(headline: "  requirements: USD 1,000,020\n  unallocated:\n    amount: USD 20\n    reason: Bank charges not yet allocated to a partner\n")
                + sectorFile("requirements:\n  UNHCR: USD 1,000,000\n"),
            planFile(period: "2019-01 to 2020-12", headline: "  requirements: USD 1.0 million\n  for: 2019\n")
                + sectorFile("requirements:\n  UNHCR:\n    2019: USD 1.0M\n    2020: USD 1.1M\n"),
            planFile(period: "2019-01 to 2020-12", headline: "  requirements:\n    2019: USD 0.8M\n    2020: USD 0.9M\n")
                + sectorFile("requirements:\n  UNHCR:\n    2019: USD 0.4M\n    2020: USD 0.4M\n  NRC:\n    2019: USD 0.4M\n    2020: USD 0.4M\n"),
        ]
    )

    /// `budget.not-broken-down`.
    public static let notBrokenDown = Rule(
        id: "budget.not-broken-down", severity: .note,
        summary: "Chapter requirement is a total not yet broken down by partner or sector",
        explanation: "A sector chapter may state its requirement as `total-requirement:` (one amount, or one `2026: USD ...` line per year) before the partner breakdown exists, and a country chapter before its sector chapters state theirs. The total counts in every total of the plan; documents and data files show it as not yet broken down by partner (or sector), and partner counts in headlines may exceed the partners with lines. This note reminds the team to add the breakdown: the partners' `requirements:` lines of a sector chapter, the sector chapters' requirements of a country. Once it is there, it counts instead of the total and must add up to it (`budget.breakdown-mismatch`).",
        triggering: [
            RuleExample.withDefaultPlan(chapter("").replacingOccurrences(of: "requirements:\n", with: "total-requirement: USD 42.1M\n")),
            planFile() + countryTotalFile("USD 42.1M"),
        ],
        nonTriggering: [
            RuleExample.withDefaultPlan(chapter("").replacingOccurrences(of: "requirements:\n", with: "total-requirement: USD 42.1M\nrequirements:\n  UNHCR: USD 30M\n  NRC: USD 12.1M\n")),
            planFile() + countryTotalFile("USD 1.3M") + sectorFile("requirements:\n  UNHCR: USD 1,300,000\n"),
        ]
    )

    /// `budget.breakdown-mismatch`.
    public static let breakdownMismatch = Rule(
        id: "budget.breakdown-mismatch", severity: .error,
        summary: "The breakdown does not add up to the chapter's total requirement",
        explanation: "When a sector chapter has both `total-requirement:` and partner `requirements:` lines, or a country chapter has `total-requirement:` and its sector chapters state requirements, the breakdown is what counts and it must add up to the total within the rounding of every figure (half the written precision of the total and of each part). Correct the breakdown or the total, or remove the total once the breakdown is complete.",
        triggering: [
            RuleExample.withDefaultPlan(chapter("").replacingOccurrences(of: "requirements:\n", with: "total-requirement: USD 42.1M\nrequirements:\n  UNHCR: USD 30M\n  NRC: USD 10M\n")),
            planFile() + countryTotalFile("USD 2M") + sectorFile("requirements:\n  UNHCR: USD 1,300,000\n"),
        ],
        nonTriggering: [
            RuleExample.withDefaultPlan(chapter("").replacingOccurrences(of: "requirements:\n", with: "total-requirement: USD 42.1M\nrequirements:\n  UNHCR: USD 30M\n  NRC: USD 12.1M\n")),
            planFile() + countryTotalFile("USD 1.3M") + sectorFile("requirements:\n  UNHCR: USD 1,300,000\n"),
        ]
    )

    /// `budget.total-out-of-range`.
    public static let totalOutOfRange = Rule(
        id: "budget.total-out-of-range", severity: .error,
        summary: "The requirement lines add up to more than the largest amount a plan holds",
        explanation: "Every amount, written or added up, is at most USD 1,000,000,000,000,000 (10^15, see `dsl.figure-out-of-range`): far above any real plan, and the bound that keeps every total exact and every output valid. The counted lines (appealing partners, in US dollars) add up to more; the diagnostic points at the line that takes the plan total past the limit. An amount has too many digits: check the lines.",
        triggering: [chapter("  UNHCR: USD 600,000,000,000,000\n  NRC: USD 600,000,000,000,000\n")],
        nonTriggering: [chapter("  UNHCR: USD 600,000,000,000,000\n  NRC: USD 400,000,000,000,000\n")]
    )

    /// Every rule of this family, for ``PlanRules/all``.
    public static let all = [
        governmentRequirement, implementingDoubleCount, implementingRequirement, nonPositiveAmount,
        currency, yearOutsidePeriod, headlineMismatch, notBrokenDown, breakdownMismatch, totalOutOfRange,
    ]
}
