import PlanDiagnostics

/// The rules about suppression comments themselves.
enum SuppressionRules {
    static let withoutReason = Rule(
        id: "lint.suppression-without-reason",
        severity: .warning,
        summary: "A suppression comment gives no reason",
        explanation: """
            Every `rrp-lint disable` comment says why the text is acceptable after a colon \
            (`<!-- rrp-lint disable-next-line language.first-person: signed foreword -->`), so \
            that reviewers can judge it. The suppression still applies.
            """,
        triggering: ["<!-- rrp-lint disable-next-line language.first-person -->\nWe will distribute core relief items.\n"],
        nonTriggering: ["<!-- rrp-lint disable-next-line language.first-person: signed foreword -->\nWe will distribute core relief items.\n"]
    )

    static let unknownRule = Rule(
        id: "lint.unknown-rule",
        severity: .warning,
        summary: "A suppression comment names a rule that does not exist",
        explanation: """
            A misspelled rule ID suppresses nothing. Use an ID listed by `rrp explain` or in \
            docs/rules.md.
            """,
        triggering: ["<!-- rrp-lint disable-next-line language.agency-tone: old rule name -->\nWe will distribute kits.\n"],
        nonTriggering: ["<!-- rrp-lint disable-next-line language.first-person: quoted slogan -->\nWe will distribute kits.\n"]
    )

    static let unusedSuppression = Rule(
        id: "lint.unused-suppression",
        severity: .warning,
        summary: "A suppression comment suppresses nothing",
        explanation: """
            The text the comment covers no longer triggers the rule: remove the comment so that \
            it does not hide a future finding.
            """,
        triggering: ["<!-- rrp-lint disable-next-line language.first-person: quoted testimony -->\nRRP partners will distribute kits.\n"],
        nonTriggering: ["<!-- rrp-lint disable-next-line language.first-person: quoted testimony -->\nWe will distribute kits.\n"]
    )

    static let malformedSuppression = Rule(
        id: "lint.malformed-suppression",
        severity: .warning,
        summary: "An rrp-lint comment cannot be read",
        explanation: """
            An `rrp-lint` comment has the form `<!-- rrp-lint DIRECTIVE RULE[, RULE]: reason -->` \
            with DIRECTIVE one of disable-next-line, disable, enable, disable-file.
            """,
        triggering: ["<!-- rrp-lint silence language.first-person: because -->\nRRP partners will distribute kits.\n"],
        nonTriggering: ["<!-- a plain comment -->\nRRP partners will distribute kits.\n"]
    )

    static let all = [withoutReason, unknownRule, unusedSuppression, malformedSuppression]
}
