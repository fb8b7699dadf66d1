import PlanLint
import Testing

/// Tokens are byte ranges: a flagged span is quoted from them, a curly possessive reads as `'s`
/// and a fix-it covers the bytes as written.
struct TokenTextTests {
    @Test func curlyPossessiveIsQuotedAsWrittenInTheFileButSummarizedWithApostropheS() {
        let diagnostics = LintHarness.lint("IOM’s teams will transport new arrivals to the transit centre.\n")
        #expect(diagnostics.map(\.summary) == ["'IOM's teams will transport' presents one agency as the actor of the response"])
        let fix = diagnostics.first?.fixIts.first
        #expect(fix?.replacement == "Partners'")
        #expect(fix?.range.start.column == 1)
        #expect(fix?.range.end.column == 1 + "IOM’s".utf8.count)
    }
}
