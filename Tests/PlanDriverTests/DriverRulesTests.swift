import PlanDriver
import Testing

/// The commands' own diagnostics are documented like every other rule.
@Suite struct DriverRulesTests {
    @Test(arguments: [
        OutputFailure.locked(folder: "out", lockFile: "out/.rrp-outputs.lock"),
        .unwritten(path: "out/a.html", reason: "No space left on device"),
        .incomplete(path: "out/a.html", reason: "Is a directory"),
    ])
    func everyOutputFailureHasADocumentedRule(failure: OutputFailure) throws {
        let rule = try #require(RuleCatalog.rule(failure.diagnostic.id))
        #expect(DriverRules.all.contains(rule))
        #expect(rule.defaultSeverity == failure.diagnostic.severity)
        #expect(!rule.triggering.isEmpty && !rule.nonTriggering.isEmpty)
    }

    @Test func theSummarySaysWhyAndTheExplanationWhatWasLeft() {
        let unwritten = OutputFailure.unwritten(path: "out/a.html", reason: "No space left on device").diagnostic
        #expect(unwritten.summary == "Cannot write the output file: no space left on device")
        #expect(unwritten.explanation?.contains("as it was before this compile") == true)
        let incomplete = OutputFailure.incomplete(path: "out/a.html", reason: "Is a directory")
        #expect(incomplete.diagnostic.explanation?.contains("'in-progress'") == true)
        #expect(incomplete.closingLine(out: "out") == "out is incomplete: an output file cannot be written; the next compile finishes it")
    }
}
