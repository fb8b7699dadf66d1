import Foundation
import PlanDiagnostics
import PlanModel

/// Rules about the monitoring framework.
public enum IndicatorRules {
    static func chapter(_ indicators: String, sector: String = "education") -> String {
        RuleExample.withDefaultPlan("==> TCD/\(sector).md <==\n---\nchapter: sector\ncountry: TCD\nsector: \(sector)\nindicators:\n\(indicators)---\n")
    }

    static let complete = "  - id: EDU-01\n    name: Refugee children enrolled in primary school\n    outcome-area: OA11\n    unit: percent\n    baseline: 48%\n    target: 65%\n"

    /// `indicator.incomplete`.
    public static let incomplete = Rule(
        id: "indicator.incomplete", severity: .error,
        summary: "Indicator has no unit, baseline or target",
        explanation: "Each indicator of the monitoring framework is reported monthly against a baseline and a target, in a unit. Add the missing `unit:`, `baseline:` or `target:`.",
        triggering: [chapter("  - id: EDU-01\n    name: Refugee children enrolled in primary school\n    outcome-area: OA11\n    unit: percent\n    baseline: 48%\n")],
        nonTriggering: [chapter(complete)]
    )

    /// `indicator.unknown-outcome-area`.
    public static let unknownOutcomeArea = Rule(
        id: "indicator.unknown-outcome-area", severity: .error,
        summary: "Outcome area is not one of OA1 to OA16",
        explanation: "Sectors and indicators map to the sixteen outcome areas of the results framework, written `OA1` to `OA16` (OA1 Access to territory, registration and documentation ... OA16 Local integration and other local solutions).",
        triggering: [chapter(complete.replacingOccurrences(of: "OA11", with: "OA17"))],
        nonTriggering: [chapter(complete)]
    )

    /// `indicator.duplicate-id`.
    public static let duplicateID = Rule(
        id: "indicator.duplicate-id", severity: .error,
        summary: "Indicator ID is used twice in the plan",
        explanation: "Indicator IDs identify a line of the monitoring framework across the whole plan (reports and dashboards refer to them). Give each indicator its own ID, for example by adding the country code.",
        triggering: [chapter(complete) + "==> CMR/education.md <==\n---\nchapter: sector\ncountry: CMR\nsector: education\nindicators:\n\(complete)---\n"],
        nonTriggering: [chapter(complete) + "==> CMR/education.md <==\n---\nchapter: sector\ncountry: CMR\nsector: education\nindicators:\n\(complete.replacingOccurrences(of: "EDU-01", with: "EDU-02"))---\n"]
    )

    /// `indicator.percent-range`.
    public static let percentRange = Rule(
        id: "indicator.percent-range", severity: .error,
        summary: "Percent baseline or target is above 100% or below 0%",
        explanation: "An indicator in percent measures a share of people or places, between 0% and 100%. A baseline of 178% is a typing mistake or a figure in another unit: correct the value, or change `unit:` and write the number.",
        triggering: [chapter(complete.replacingOccurrences(of: "baseline: 48%", with: "baseline: ↓178%"))],
        nonTriggering: [chapter(complete)]
    )

    /// `indicator.target-equals-baseline`.
    public static let targetEqualsBaseline = Rule(
        id: "indicator.target-equals-baseline", severity: .note,
        summary: "Indicator target equals its baseline",
        explanation: "A target equal to the baseline plans no change. That is sometimes intended (maintaining a service level), but it is often a value copied into the wrong key: check the target.",
        triggering: [chapter(complete.replacingOccurrences(of: "target: 65%", with: "target: ↓48%"))],
        nonTriggering: [chapter(complete)]
    )

    /// Every rule of this family, for ``PlanRules/all``.
    public static let all = [incomplete, unknownOutcomeArea, duplicateID, percentRange, targetEqualsBaseline]

    /// `indicator.unknown-outcome-area` for `area` when it is not `OA1`...`OA16`.
    static func checkOutcomeArea(_ area: Located<String>, file: String) -> Diagnostic? {
        guard OutcomeArea.named(area.value) == nil else { return nil }
        let codes = OutcomeArea.all.map(\.code)
        let normalized = area.value.uppercased().replacingOccurrences(of: " ", with: "")
        let suggestion = OutcomeArea.named(normalized)?.code ?? NearMiss.suggestion(for: area.value, among: codes)
        return unknownOutcomeArea.diagnostic(
            file: file, range: area.range,
            summary: "Outcome area '\(area.value)' is not one of OA1 to OA16" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
            fixIts: suggestion.map { [FixIt("Replace with '\($0)'", range: area.range, replacement: $0)] } ?? []
        )
    }
}
