import PlanDiagnostics
import PlanModel

extension RuleDescription {
    /// A diagnostic of this rule, with the rule's severity and explanation.
    func diagnostic(
        file: String, range: SourceRange?, summary: String, explanation: String? = nil,
        notes: [DiagnosticNote] = [], fixIts: [FixIt] = []
    ) -> Diagnostic {
        Diagnostic(
            id: id, severity: defaultSeverity, file: file, range: range, summary: summary,
            explanation: explanation ?? self.explanation, notes: notes, fixIts: fixIts
        )
    }
}
