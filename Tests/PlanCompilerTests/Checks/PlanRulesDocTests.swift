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

    /// The required parts and their headings, from the built-in vocabulary.
    static var vocabulary: String {
        let v = SectionVocabulary.builtIn
        var out = "## Required parts (section vocabulary version \(v.version))\n\n"
        out += "Headings match case- and accent-insensitively, ignoring numbering and punctuation, as the whole heading or its first words. A plan adds headings under `sections:` (`situation-analysis: Panorama`).\n"
        for kind in SectionKind.allCases {
            out += "\n### \(kind.rawValue)\n\n| Part | Satisfied by data | Headings |\n|---|---|---|\n"
            for (id, part) in v.parts(of: kind) {
                let headings = ["en", "fr", "es"].flatMap { part.headings[$0] ?? [] }.joined(separator: "; ")
                out += "| `\(id)` \(part.name) | \(part.data.map { "`\($0)`" } ?? "") | \(headings) |\n"
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
