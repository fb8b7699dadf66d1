import Foundation
import Testing
@testable import PlanCompiler

/// docs/plan-rules.md is generated from ``PlanRules/all``; rerun with RRP_RECORD=1 to update it.
@Suite struct PlanRulesDocTests {
    static var document: String {
        var out = "# Plan compiler rules\n\n"
        out += "Generated from `PlanRules.all` (see Tests/PlanCompilerTests/Checks/PlanRulesDocTests.swift); `rrp explain ID` prints one entry.\n"
        out += "Examples are small plan folders: each file starts with `==> path <==`; `==> plan.md <== default` stands for this plan file:\n\n"
        out += "```\n" + RuleExample.defaultPlan + "```\n\n"
        return out + PlanRules.all.map(\.markdown).joined(separator: "\n") + "\n" + vocabulary
    }

    /// The required parts and their phrases, from the built-in vocabulary.
    static var vocabulary: String {
        let v = SectionVocabulary.builtIn
        var out = "## Required parts (section vocabulary version \(v.version))\n\n"
        out += v.description + "\n\n"
        out += "Words that carry no meaning (stop words and connectors), and qualifiers that may stand beside an alone phrase:\n\n"
        for language in v.languages.keys.sorted() {
            let l = v.languages[language]!
            out += "- `\(language)`: stop words \((l.stop + l.connectors).joined(separator: ", ")); qualifiers \(l.qualifiers.joined(separator: ", "))\n"
        }
        out += "\nPhrases that name no part: \(["en", "fr", "es"].flatMap { v.notParts[$0] ?? [] }.joined(separator: "; ")).\n"
        for kind in SectionKind.allCases {
            out += "\n### \(kind.rawValue)\n\n| Part | Satisfied by data | Phrases (anywhere in a heading) | Phrases (alone) |\n|---|---|---|---|\n"
            for (id, part) in v.parts(of: kind) {
                let open = v.phrases(of: id, alone: false).map(\.phrase).joined(separator: "; ")
                let alone = v.phrases(of: id, alone: true).map(\.phrase).joined(separator: "; ")
                let mention = part.mentionedUnder.map { m in " Also described in the text of the `\(m.part)` section: \(["en", "fr", "es"].flatMap { m.phrases[$0] ?? [] }.joined(separator: "; "))." } ?? ""
                out += "| `\(id)` \(part.name) | \(part.data.map { "`\($0)`" } ?? "") | \(open)\(mention) | \(alone) |\n"
            }
        }
        return out
    }

    @Test func documentationIsUpToDate() throws {
        let path = PackageRoot.path("docs/plan-rules.md")
        if ProcessInfo.processInfo.environment["RRP_RECORD"] != nil {
            try Self.document.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == Self.document, "docs/plan-rules.md is out of date: run RRP_RECORD=1 swift test --filter PlanRulesDocTests")
    }
}
