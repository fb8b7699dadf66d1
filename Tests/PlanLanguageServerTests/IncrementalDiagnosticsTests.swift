import Foundation
import PlanDiagnostics
import PlanDriver
import PlanLanguageServer
import PlanSyntax
import TestSupport
import Testing

/// The correctness guard of the language server's caches: after every edit of a sequence that
/// touches what the caches are keyed by (a chapter's text, its front-matter data, its country's
/// language, the plan's section vocabulary and order, the partner registry), the diagnostics
/// the workspace holds are exactly those of a fresh `rrp check` of the same texts.
@Suite struct IncrementalDiagnosticsTests {
    static let folder = PackagePaths.path("Samples/lake-basin-rrp")

    /// One edit: the file and what becomes of its current text.
    struct Edit: CustomStringConvertible {
        var file: String
        var old: String
        var new: String
        var description: String { "\(file): '\(old)' -> '\(new)'" }
    }

    static let edits: [Edit] = [
        Edit(file: "CMR/education.md", old: "Refugee teachers work as volunteers", new: "Refugee teachers, most of them women, work as volunteers"),
        Edit(file: "CMR/education.md", old: "## Needs and vulnerabilities", new: "## Neds and vulnerabilities"),
        Edit(file: "CMR/education.md", old: "locations: Far North\n", new: ""),
        Edit(file: "CMR/country.md", old: "country: CMR\n", new: "country: CMR\nlanguage: fr\n"),
        Edit(file: "plan.md", old: "\nsectors:\n", new: "\nsections:\n  order: strict\nsectors:\n"),
        Edit(file: "plan.md", old: "  order: strict\n", new: "  order: strict\n  situation-analysis: Panorama général\n"),
        Edit(file: "CMR/wash.md", old: "## Situation analysis", new: "## Panorama général"),
        Edit(file: "CMR/education.md", old: "## Neds and vulnerabilities", new: "## Needs and vulnerabilities"),
        Edit(file: "plan.md", old: "\nsections:\n  order: strict\n  situation-analysis: Panorama général\n", new: "\n"),
        Edit(file: "plan.md", old: "  UNICEF:\n", new: "  UNICEF-X:\n"),
        Edit(file: "CMR/country.md", old: "country: CMR\nlanguage: fr\n", new: "country: CMR\n"),
        Edit(file: "plan.md", old: "  UNICEF-X:\n", new: "  UNICEF:\n"),
    ]

    @Test func afterEveryEditTheDiagnosticsAreThoseOfAFreshFullCheck() throws {
        let workspace = PlanWorkspace(folder: Self.folder)
        let initial = workspace.diagnostics
        #expect(initial == fresh(workspace), "before any edit")
        var seen: Set<[String: [Diagnostic]]> = [initial]
        for edit in Self.edits {
            let text = String(decoding: try #require(workspace.files[edit.file]).bytes, as: UTF8.self)
            try #require(text.contains(edit.old), "\(edit)")
            workspace.setText(text.replacingOccurrences(of: edit.old, with: edit.new), of: edit.file)
            workspace.update()
            let expected = fresh(workspace)
            #expect(workspace.diagnostics == expected, "after \(edit): \(difference(workspace.diagnostics, expected))")
            seen.insert(workspace.diagnostics)
        }
        // The edits change what is reported (a guard that cannot pass by checking nothing)...
        #expect(seen.count >= 6)
        // ...and every file is back to its text on disk: the findings are the first ones again.
        for name in Self.edits.map(\.file) { workspace.close(name) }
        workspace.update()
        #expect(workspace.diagnostics == initial)
    }

    /// A required heading taken out, then put back, then again: the section finding follows the
    /// text each time (the chapter's cached findings belong to one text only).
    @Test func aSectionFindingFollowsTheEditedChapterBackAndForth() throws {
        let workspace = PlanWorkspace(folder: Self.folder)
        let name = "NER/wash.md"
        let text = String(decoding: try #require(workspace.files[name]).bytes, as: UTF8.self)
        let heading = try #require(text.split(separator: "\n").first { $0.hasPrefix("## ") && $0.contains("Needs") })
        let broken = text.replacingOccurrences(of: String(heading), with: "## Other matters")
        for (round, current) in [broken, text, broken, text].enumerated() {
            workspace.setText(current, of: name)
            workspace.update()
            let missing = workspace.diagnostics[name, default: []].contains { $0.id.description == "section.missing" }
            #expect(missing == (round % 2 == 0), "round \(round)")
            #expect(workspace.diagnostics == fresh(workspace))
        }
    }

    /// `rrp check` of the workspace's current texts, from scratch (no parse or finding kept),
    /// grouped by file as the workspace groups them.
    private func fresh(_ workspace: PlanWorkspace) -> [String: [Diagnostic]] {
        let files = workspace.files.values.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        let check = PlanChecker.checkFolder(InputFolder(path: workspace.folder, files: files, diagnostics: []))
        var byName: [String: [Diagnostic]] = [:]
        for d in check.diagnostics {
            let name = d.file == workspace.folder ? workspace.planFileName : d.file
            byName[name, default: []].append(d)
        }
        return byName.mapValues { $0.sorted(by: Diagnostic.presentationOrder) }
    }

    /// What one side has that the other has not, for a failure message.
    private func difference(_ a: [String: [Diagnostic]], _ b: [String: [Diagnostic]]) -> String {
        let left = Set(a.values.flatMap { $0 }), right = Set(b.values.flatMap { $0 })
        let only = { (s: Set<Diagnostic>) in s.map { "\($0.file): \($0.id) \($0.summary)" }.sorted().joined(separator: "; ") }
        return "incremental only: [\(only(left.subtracting(right)))], fresh only: [\(only(right.subtracting(left)))]"
    }
}
