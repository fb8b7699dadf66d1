import PlanDiagnostics
import TestSupport
import Testing

/// Every renderer against a golden file (re-record with RRP_RECORD_GOLDEN=1).
@Suite struct RendererGoldenTests {
    private func golden(_ name: String) -> String {
        PackagePaths.path("Tests/PlanDiagnosticsTests/Golden/\(name)")
    }

    @Test(arguments: [
        ("text.txt", DiagnosticFormat.text),
        ("line.txt", .line),
        ("json.json", .json),
        ("github.txt", .github),
        ("sarif.json", .sarif),
    ])
    func rendererMatchesGolden(_ name: String, _ format: DiagnosticFormat) {
        let output = format.renderer(colour: false, toolVersion: "0.0.0-test")
            .render(DiagnosticFixtures.diagnostics, sources: DiagnosticFixtures.lines)
        if let failure = Golden.check(output, against: golden(name)) {
            Issue.record(Comment(rawValue: failure))
        }
    }

    @Test func textRendererColoursOnlyWhenAsked() {
        let plain = TextDiagnosticRenderer(colour: false).render(DiagnosticFixtures.diagnostics, sources: DiagnosticFixtures.lines)
        let coloured = TextDiagnosticRenderer(colour: true).render(DiagnosticFixtures.diagnostics, sources: DiagnosticFixtures.lines)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[1;31merror:"))
    }

    @Test func caretSitsUnderTheRangeAfterTabsAndWideCharacters() {
        let output = TextDiagnosticRenderer().render([DiagnosticFixtures.diagnostics[2]], sources: DiagnosticFixtures.lines)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // "\tUNHCR will provide, " is 21 bytes; the caret line keeps the tab and pads the rest.
        // The range is 12 bytes: four Chinese characters, two terminal cells each.
        #expect(lines[2] == "   | \t" + String(repeating: " ", count: 20) + "^~~~~~~~")
    }

    @Test func caretCountsCellsAcrossAccentsTabsWideCharactersAndDashes() {
        // "Réfugiés" is 8 cells in 10 bytes, the tab is kept, "难民" is 4 cells, " — " 3 cells.
        let line = "Réfugiés\t难民 — UNHCR will provide"
        let column = "Réfugiés\t难民 — ".utf8.count + 1
        let diagnostic = DiagnosticFixtures.rule("language.agency-as-actor", .warning).diagnostic(
            file: "x.md", range: DiagnosticFixtures.at(1, column, column - 1, length: 5), summary: "An agency is the actor")
        let output = TextDiagnosticRenderer().render([diagnostic], sources: SourceLineTable(["x.md": [line]]))
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[1] == " 1 | " + line)
        #expect(lines[2] == "   | " + String(repeating: " ", count: 8) + "\t" + String(repeating: " ", count: 7) + "^~~~~")
    }

    @Test func githubRendererCapsAnnotationsPerFile() {
        let many = (0..<5).map { _ in DiagnosticFixtures.diagnostics[1] }
        let output = GitHubDiagnosticRenderer(perFileLimit: 2).render(many, sources: DiagnosticFixtures.lines)
        #expect(output.components(separatedBy: "::warning ").count - 1 == 2)
        #expect(output.contains("3 more findings in this file not annotated"))
    }

    @Test func sarifConvertsUTF8ColumnsToCodePoints() {
        let output = SARIFDiagnosticRenderer(toolVersion: "t").render([DiagnosticFixtures.diagnostics[2]], sources: DiagnosticFixtures.lines)
        #expect(output.contains("\"startColumn\" : 22"))
    }
}
