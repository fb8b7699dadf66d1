import PlanDiagnostics
import PlanDriver
import Testing
@testable import PlanLint

/// Properties of the `language.*` rules' triggering examples (the examples themselves run in
/// PlanDriverTests' ``RuleExamplesTests``): wrapped in code spans they must not trigger,
/// prefixed with multi-byte text they trigger with the column shifted by the prefix's bytes,
/// and after a suppression comment they do not trigger.
struct LanguageRuleExampleProperties {
    static let prefix = "日本語のテキスト。"

    @Test(arguments: LintRules.languageRuleIDs)
    func examplesInCodeSpansDoNotTrigger(_ id: String) throws {
        for example in try #require(RuleCatalog.rule(RuleID(id))).triggering {
            let wrapped = Self.mapProseLines(example) { "`` \($0) ``" }
            let found = LintHarness.lint(wrapped).filter { $0.id.hasPrefix("language.") }
            #expect(found.isEmpty, "code span should hide: \(wrapped)")
        }
    }

    @Test(arguments: LintRules.languageRuleIDs)
    func multiByteTextShiftsTheColumn(_ id: String) throws {
        for example in try #require(RuleCatalog.rule(RuleID(id))).triggering {
            let original = try #require(LintHarness.lint(example).first { $0.id == id }?.range)
            var lines = example.components(separatedBy: "\n")
            lines[original.start.line - 1] = Self.prefix + lines[original.start.line - 1]
            let shifted = LintHarness.lint(lines.joined(separator: "\n")).first { $0.id == id }?.range
            let expected = original.start.column + Self.prefix.utf8.count
            #expect(shifted?.start.line == original.start.line, "\(example)")
            #expect(shifted?.start.column == expected, "\(example)")
        }
    }

    @Test(arguments: LintRules.languageRuleIDs)
    func suppressedExamplesDoNotTrigger(_ id: String) throws {
        for example in try #require(RuleCatalog.rule(RuleID(id))).triggering {
            let line = try #require(LintHarness.lint(example).first { $0.id == id }?.range).start.line
            var lines = example.components(separatedBy: "\n")
            lines.insert("<!-- rrp-lint disable-next-line \(id): example -->", at: line - 1)
            let result = LintHarness.lint(lines.joined(separator: "\n"))
            #expect(!result.contains { $0.id == id }, "\(lines)")
            #expect(!result.contains { $0.id.hasPrefix("lint.") }, "\(result.map(\.summary))")
            let whole = "<!-- rrp-lint disable-file \(id): example -->\n\n" + example
            #expect(!LintHarness.lint(whole).contains { $0.id == id || $0.id.hasPrefix("lint.") })
        }
    }

    /// `rrp explain` shows, for every `language.*` rule, what triggers it and what does not in
    /// each language the linter reads.
    @Test(arguments: LintRules.languageRuleIDs)
    func examplesCoverEveryLanguage(_ id: String) throws {
        let rule = try #require(RuleCatalog.rule(RuleID(id)))
        for (kind, examples) in [("triggering", rule.triggering), ("non-triggering", rule.nonTriggering)] {
            let languages = Set(examples.map(Self.language))
            for language in ["en", "fr", "es", "zh"] {
                #expect(languages.contains(language), "\(id): no \(kind) example in \(language)")
            }
        }
    }

    /// The language of an example, by script, by the function words only French or Spanish use
    /// and by the accented letters only one of them writes (enough for the examples, which are
    /// one sentence each).
    static func language(_ example: String) -> String {
        if example.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) { return "zh" }
        let words = Set(example.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init))
        let french: Set = ["le", "les", "des", "du", "et", "est", "une", "au", "aux", "pour", "dans", "nos", "sera", "se", "l'", "d'"]
        let spanish: Set = ["el", "los", "las", "del", "y", "una", "con", "para", "según", "al", "su", "sus", "nuestros", "nosotros"]
        let lower = example.lowercased()
        let fr = words.intersection(french).count + lower.filter { "èêàçœâîôûëï".contains($0) }.count
        let es = words.intersection(spanish).count + lower.filter { "ñáíóú¿¡".contains($0) }.count
        if max(fr, es) < 2 { return "en" }
        return fr >= es ? "fr" : "es"
    }

    /// Applies `transform` to each prose line (not blank, not a heading, not a comment).
    static func mapProseLines(_ text: String, _ transform: (String) -> String) -> String {
        text.components(separatedBy: "\n").map { line in
            line.isEmpty || line.hasPrefix("#") || line.hasPrefix("<!--") ? line : transform(line)
        }.joined(separator: "\n")
    }
}
