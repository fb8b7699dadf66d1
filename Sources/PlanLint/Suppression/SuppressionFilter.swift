import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Applies a chapter's suppression comments to its findings and reports the comments that are
/// malformed, give no reason, name an unknown rule or suppress nothing.
struct SuppressionFilter {
    let file: SourceFile
    let knownRules: Set<String>
    /// Rules switched off for the plan: a suppression of them is not reported as unused.
    let disabledRules: Set<String>

    func apply(_ diagnostics: [Diagnostic], comments: [BodyComment]) -> [Diagnostic] {
        var suppressions: [Suppression] = []
        var report: [Diagnostic] = []
        for comment in comments {
            switch Suppression.parse(comment) {
            case nil: continue
            case .failure(let bad): report.append(make(SuppressionRules.malformedSuppression, bad.comment.start, bad.comment.end, "rrp-lint comment cannot be read: \(bad.message)"))
            case .success(let s): suppressions.append(s)
            }
        }
        // No suppression: every finding stays (not copied one by one through a filter).
        if suppressions.isEmpty { return report.isEmpty ? diagnostics : diagnostics + report }
        var used = Set<String>()
        let kept = diagnostics.filter { diagnostic in
            guard let range = diagnostic.range else { return true }
            for (n, s) in suppressions.enumerated() where s.kind != .enable {
                for rule in s.rules where rule.id == diagnostic.id.rawValue && covers(s, rule: rule.id, range, in: suppressions) {
                    used.insert("\(n)/\(rule.id)")
                    return false
                }
            }
            return true
        }
        for (n, s) in suppressions.enumerated() {
            if s.kind != .enable, s.reason == nil {
                report.append(make(SuppressionRules.withoutReason, s.comment.start, s.comment.end, "rrp-lint \(s.kind.rawValue) gives no reason after ':'"))
            }
            for rule in s.rules {
                if !knownRules.contains(rule.id) {
                    var d = make(SuppressionRules.unknownRule, rule.start, rule.end, "'\(rule.id)' is not a lint rule")
                    if let near = RuleNames.nearest(rule.id, in: knownRules) { d.notes = [DiagnosticNote("did you mean '\(near)'?")] }
                    report.append(d)
                } else if s.kind != .enable, !used.contains("\(n)/\(rule.id)"), !disabledRules.contains(rule.id) {
                    report.append(make(SuppressionRules.unusedSuppression, rule.start, rule.end, "rrp-lint \(s.kind.rawValue) \(rule.id) suppresses nothing"))
                }
            }
        }
        return kept + report
    }

    private func covers(_ s: Suppression, rule: String, _ range: SourceRange, in all: [Suppression]) -> Bool {
        switch s.kind {
        case .disableFile:
            return true
        case .disableNextLine:
            return range.start.line == nextContentLine(after: s.comment.end)
        case .disable:
            guard range.start.offset >= s.comment.end else { return false }
            let enable = all.first { $0.kind == .enable && $0.comment.start >= s.comment.end && $0.rules.contains { $0.id == rule } }
            return enable.map { range.start.offset < $0.comment.start } ?? true
        case .enable:
            return false
        }
    }

    /// The first line after the comment's last line that is not blank.
    private func nextContentLine(after offset: Int) -> Int {
        var line = file.location(atOffset: max(offset - 1, 0)).line + 1
        while line <= file.lineCount, file.text(ofLine: line).allSatisfy(\.isWhitespace) { line += 1 }
        return line
    }

    private func make(_ rule: Rule, _ start: Int, _ end: Int, _ summary: String) -> Diagnostic {
        rule.diagnostic(file: file.path, range: file.range(from: start, to: end), summary: summary)
    }
}
