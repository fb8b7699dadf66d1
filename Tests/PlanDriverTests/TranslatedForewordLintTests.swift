import Foundation
import PlanDiagnostics
import TestSupport
import Testing

/// A translation speaks in its original's voice: the translation of the foreword (`chapter:
/// translation` with `of:` a `chapter: foreword` file) is, like the foreword, the signatory's
/// message, so its first person is not reported; a translation of a country chapter saying the
/// same is.
@Suite struct TranslatedForewordLintTests {
    static let foreword = ForewordChapter.text("We thank the host governments and call on donors to stand with the people our partners serve.")
    static let french = "Nous remercions les gouvernements hôtes et appelons les donateurs à se tenir aux côtés des personnes que nous servons.\n"

    static func translation(of original: String) -> String {
        "---\nchapter: translation\nof: \(original)\nlanguage: fr\n---\n" + french
    }

    /// `rrp lint --format line` over `paths` (the plan folder by default) of a plan folder with the default plan, the foreword, a
    /// country chapter and a French translation of each.
    static func lint(_ extra: [String: String] = [:], paths: [String] = ["plan"]) throws -> [String] {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("plan/plan.md", RuleExample.defaultPlan)
        try dir.write("plan/foreword.md", foreword)
        try dir.write("plan/TCD/country.md", "---\nchapter: country\ncountry: TCD\n---\n## Situation\n\nChad hosts refugees from Sudan.\n")
        for (name, text) in extra { try dir.write("plan/" + name, text) }
        let result = try RRPProcess.run(["lint", "--format", "line"] + paths, in: dir.path)
        return result.stdout.split(separator: "\n").map(String.init).filter { $0.hasSuffix("[language.first-person]") }
    }

    @Test func theForewordsTranslationMaySayNous() throws {
        let findings = try Self.lint(["foreword.fr.md": Self.translation(of: "foreword.md")])
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func aCountryChaptersTranslationMayNot() throws {
        let findings = try Self.lint(["TCD/country.fr.md": Self.translation(of: "country.md")])
        #expect(findings.count >= 1 && findings.allSatisfy { $0.hasPrefix("plan/TCD/country.fr.md:6:") }, "\(findings)")
    }

    @Test func aLoneTranslationFileReadsItsOriginalOnDisk() throws {
        let foreword = try Self.lint(["foreword.fr.md": Self.translation(of: "foreword.md")], paths: ["plan/foreword.fr.md"])
        #expect(foreword.isEmpty, "\(foreword)")
        let country = try Self.lint(["TCD/country.fr.md": Self.translation(of: "country.md")], paths: ["plan/TCD/country.fr.md"])
        #expect(!country.isEmpty)
        let missing = try Self.lint(["foreword.fr.md": Self.translation(of: "avant-propos.md")], paths: ["plan/foreword.fr.md"])
        #expect(!missing.isEmpty, "an original that is not on disk gives no signatory")
    }

    @Test func aTranslationInASubFolderInheritsThroughItsPath() throws {
        let findings = try Self.lint(["translations/avant-propos.md": Self.translation(of: "../foreword.md")])
        #expect(findings.isEmpty, "\(findings)")
    }
}
