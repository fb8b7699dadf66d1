import PlanDiagnostics

/// Rules about planning figures.
public enum PopulationRules {
    static func chapter(_ population: String, place: String = "TCD", sector: String = "protection") -> String {
        "==> \(place)/\(sector).md <==\n---\nchapter: sector\ncountry: \(place)\nsector: \(sector)\npopulation:\n\(population)---\n"
    }

    /// `population.sex-sum`.
    public static let sexSum = Rule(
        id: "population.sex-sum", severity: .error,
        summary: "Sex percentages do not add up to 100",
        explanation: "A sex split gives the female and male shares of one population figure; they add up to 100% within the rounding of the precision they were written with (each share may be off by half its last digit). Correct the shares.",
        triggering: [RuleExample.withDefaultPlan(chapter("  refugees:\n    planned: 10,000\n    sex: female 56%, male 40%\n"))],
        nonTriggering: [RuleExample.withDefaultPlan(chapter("  refugees:\n    planned: 10,000\n    sex: female 56%, male 44%\n"))]
    )

    /// `population.age-sum`.
    public static let ageSum = Rule(
        id: "population.age-sum", severity: .error,
        summary: "Age percentages do not add up to 100",
        explanation: "An age breakdown gives the share of each bracket; the shares add up to 100% within the rounding of the precision they were written with (five shares written as whole percents may add up to 97.5-102.5). Correct the shares.",
        triggering: [RuleExample.withDefaultPlan(chapter("  refugees:\n    planned: 10,000\n    age: 0-4 18%, 5-11 20%, 12-17 16%, 18-59 31%, 60+ 5%\n"))],
        nonTriggering: [RuleExample.withDefaultPlan(chapter("  refugees:\n    planned: 10,000\n    age: 0-4 18%, 5-11 20%, 12-17 16%, 18-59 41%, 60+ 5%\n"))]
    )

    /// `population.targeted-above-planned`.
    public static let targetedAbovePlanned = Rule(
        id: "population.targeted-above-planned", severity: .error,
        summary: "Targeted population is larger than the planned population",
        explanation: "People targeted by a sector are part of the planned population of that group. A targeted figure above the planned one is usually a typo or a figure for another group.",
        triggering: [RuleExample.withDefaultPlan(chapter("  refugees:\n    planned: 10,000\n    targeted: 12,000\n"))],
        nonTriggering: [RuleExample.withDefaultPlan(chapter("  refugees:\n    planned: 10,000\n    targeted: 8,000\n"))]
    )

    /// `population.inconsistent-planned`.
    public static let inconsistentPlanned = Rule(
        id: "population.inconsistent-planned", severity: .error,
        summary: "Population group has different planned figures in two chapters of one country",
        explanation: "The planned population of a group in a country is one figure, shared by every sector (sectors target parts of it). The compiler takes the largest for the country's total; two different figures mean one chapter is out of date. Use the same planned figure in every chapter.",
        triggering: [RuleExample.withDefaultPlan(chapter("  refugees:\n    planned: 10,000\n") + chapter("  refugees:\n    planned: 11,000\n", sector: "education"))],
        nonTriggering: [RuleExample.withDefaultPlan(chapter("  refugees:\n    planned: 10,000\n") + chapter("  refugees:\n    planned: 10,000\n", sector: "education"))]
    )

    /// `population.headline-mismatch`.
    public static let headlineMismatch = Rule(
        id: "population.headline-mismatch", severity: .warning,
        summary: "Headline population differs from the planned figures",
        explanation: "`headline: population:` is compared with the planned figures: for a country the sum over groups of each group's planned figure (the largest across its chapters), for the plan the sum over countries and sub-regions. Correct the headline or the figures.",
        triggering: [RuleExample.withDefaultPlan("==> TCD/country.md <==\n---\nchapter: country\ncountry: TCD\nheadline:\n  population: 12,000\n---\n" + chapter("  refugees:\n    planned: 10,000\n"))],
        nonTriggering: [RuleExample.withDefaultPlan("==> TCD/country.md <==\n---\nchapter: country\ncountry: TCD\nheadline:\n  population: 10,000\n---\n" + chapter("  refugees:\n    planned: 10,000\n"))]
    )

    /// `population.total-out-of-range`.
    public static let totalOutOfRange = Rule(
        id: "population.total-out-of-range", severity: .error,
        summary: "Planning figures add up to more than the largest count a plan holds",
        explanation: "Every count of people, written or added up, is at most 10,000,000,000 (10^10, see `dsl.figure-out-of-range`). The planned, in-need or targeted figures of the plan (over its groups, countries and sub-regions) or of the regional level add up to more; the diagnostic points at the figure that takes the total past the limit. A figure has too many digits: check the figures.",
        triggering: [RuleExample.withDefaultPlan(chapter("  refugees:\n    planned: 6,000,000,000\n") + chapter("  refugees:\n    planned: 6,000,000,000\n", place: "CMR"))],
        nonTriggering: [RuleExample.withDefaultPlan(chapter("  refugees:\n    planned: 6,000,000,000\n") + chapter("  refugees:\n    planned: 4,000,000,000\n", place: "CMR"))]
    )

    /// Every rule of this family, for ``PlanRules/all``.
    public static let all = [sexSum, ageSum, targetedAbovePlanned, inconsistentPlanned, headlineMismatch, totalOutOfRange]
}
