import Testing
@testable import PlanLint

struct SuppressionTests {
    @Test func rangeSuppressionCoversUntilEnable() {
        let text = """
            <!-- rrp-lint disable language.first-person: foreword signed by partners -->

            We thank our donors.

            <!-- rrp-lint enable language.first-person -->

            We will distribute kits.
            """
        let found = LintHarness.lint(text)
        #expect(found.map(\.id) == ["language.first-person"])
        #expect(found.first?.range?.start.line == 7)
    }

    @Test func misuseIsReportedAtTheComment() {
        let text = "Text.\n\n<!-- rrp-lint disable-next-line language.frist-person, language.self-promotion -->\nRRP partners will help.\n"
        let found = LintHarness.lint(text)
        #expect(Set(found.map(\.id)) == ["lint.suppression-without-reason", "lint.unknown-rule", "lint.unused-suppression"])
        let unknown = found.first { $0.id == "lint.unknown-rule" }
        #expect(unknown?.range?.start.line == 3)
        #expect(unknown?.range?.start.column == 33)
        #expect(unknown?.notes.first?.message == "did you mean 'language.first-person'?")
    }

    @Test func inlineCommentsAndMalformedDirectives() {
        let found = LintHarness.lint("We help. <!-- rrp-lint silence: x -->\n")
        #expect(Set(found.map(\.id)) == ["language.first-person", "lint.malformed-suppression"])
        #expect(LintHarness.lint("<!-- rrp-lint disable-file language.first-person: testimony collection -->\n\nWe help.\n").isEmpty)
    }

    @Test func commentsInsideCodeAreNotSuppressions() {
        let found = LintHarness.lint("```\n<!-- rrp-lint silence -->\n```\n\nRRP partners help.\n")
        #expect(found.isEmpty)
    }
}
