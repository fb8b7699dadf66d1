import PlanDiagnostics
import Testing

@Suite struct DiagnosticEngineTests {
    let sample = DiagnosticFixtures.diagnostics

    @Test func countsBySeverity() {
        var engine = DiagnosticEngine()
        engine.emit(contentsOf: sample)
        #expect(engine.errorCount == 2)
        #expect(engine.warningCount == 2)
        #expect(engine.noteCount == 1)
        #expect(engine.summaryLine == "2 errors, 2 warnings")
    }

    @Test func warningsAsErrors() {
        var engine = DiagnosticEngine(options: DiagnosticOptions(warningsAsErrors: true))
        engine.emit(contentsOf: sample)
        #expect(engine.errorCount == 4)
        #expect(engine.noteCount == 1)
    }

    @Test func overridesChangeOrSilenceAnID() {
        var engine = DiagnosticEngine(options: DiagnosticOptions(overrides: ["language.agency-as-actor": nil, "partner.unused": .error]))
        engine.emit(contentsOf: sample)
        #expect(engine.warningCount == 0)
        #expect(engine.errorCount == 3)
    }

    @Test func parsesOverrideArguments() throws {
        let (id, severity) = try DiagnosticOptions.parseOverride("budget.x=warning").get()
        #expect(id == "budget.x" && severity == .warning)
        #expect(try DiagnosticOptions.parseOverride("a=off").get().1 == nil)
        #expect((try? DiagnosticOptions.parseOverride("a=loud").get()) == nil)
        #expect((try? DiagnosticOptions.parseOverride("nothing").get()) == nil)
    }

    @Test func outputIsSortedAndDeduplicated() {
        var engine = DiagnosticEngine()
        engine.emit(contentsOf: sample.reversed() + sample)
        #expect(engine.diagnostics.count == sample.count)
        #expect(engine.diagnostics.map(\.file) == engine.diagnostics.map(\.file).sorted())
    }

    /// Ordering in place (what a report does once) gives what the engine gives without it, and
    /// later diagnostics are still ordered with the rest.
    @Test func arrangingInPlaceKeepsTheOrderAndDropsDuplicates() {
        var engine = DiagnosticEngine()
        engine.emit(contentsOf: sample.reversed() + sample + sample.reversed())
        let expected = engine.diagnostics
        engine.arrange()
        #expect(engine.diagnostics == expected)
        #expect(engine.diagnostics.count == sample.count)
        engine.emit(sample[0])
        #expect(engine.diagnostics == expected)
        engine.emit(contentsOf: [Diagnostic]())
        #expect(engine.errorCount == 2)
    }
}
