import PlanDiagnostics
import PlanModel

/// Rules about chapters' clearance (`status:`), checked when a plan is prepared for
/// publication (`rrp check --for-publication`, `rrp compile --for-publication`).
public enum ClearanceRules {
    static func plan(_ status: String) -> String {
        "==> plan.md <==\n---\nplan: Illustrative Plan\ntype: country\nperiod: 2026-01 to 2026-12\nversion: launch\nlanguage: en\ncountries: TCD\nsectors:\n  education:\n    name: Education\npartners:\n  UNHCR:\n    name: United Nations High Commissioner for Refugees\n    type: un\n\(status)---\n"
    }

    /// `clearance.not-cleared`.
    public static let notCleared = Rule(
        id: "clearance.not-cleared", severity: .error,
        summary: "Chapter is not cleared for publication",
        explanation: "Before a plan is published, every chapter is cleared: its front matter says `status: cleared` (with `cleared-by:` and `cleared-on:` to record who cleared it and when). A chapter without `status:` is a draft; `status: review` is with reviewers. This rule is checked only when the plan is prepared for publication (`rrp check --for-publication`, `rrp compile --for-publication`); at other times documents built from chapters that are not all cleared carry a \"draft\" mark on every page. Clear the chapter, or publish later.",
        triggering: [
            "$ rrp check --for-publication\n" + plan("status: ↓review\n"),
            "$ rrp check --for-publication\n" + plan(""),
        ],
        nonTriggering: [
            "$ rrp check --for-publication\n" + plan("status: cleared\ncleared-by: Regional Refugee Coordinator\ncleared-on: 2026-01-20\n"),
            plan("status: review\n"),
        ]
    )

    public static let all = [notCleared]
}

/// The chapters a plan prepared for publication may not contain yet.
public enum ClearanceCheck {
    /// A `clearance.not-cleared` error for every file of the plan that is not cleared, at its
    /// `status:` value, or at the opening `---` of a chapter without one.
    public static func findings(_ files: [CompiledFile]) -> [Diagnostic] {
        files.compactMap { file in
            guard file.inPlan, let header = file.header, let opening = file.source.layout.frontMatter?.opening else { return nil }
            let clearance = header.clearance
            guard clearance.effectiveStatus != .cleared else { return nil }
            let how = clearance.status == nil ? "has no 'status:' (a draft)" : "is in \(clearance.effectiveStatus.rawValue)"
            return ClearanceRules.notCleared.diagnostic(
                file: file.source.file.path, range: clearance.status?.range ?? opening,
                summary: "\(file.source.file.name) \(how), not cleared for publication",
                notes: [DiagnosticNote("write 'status: cleared' with 'cleared-by:' and 'cleared-on:' once the chapter is cleared")]
            )
        }
    }
}
