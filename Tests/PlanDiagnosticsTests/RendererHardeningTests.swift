import Foundation
import PlanDiagnostics
import PlanModel
import Testing

/// Renderers on the inputs of the reliability campaign: many findings on one long line, paths
/// that are not valid URIs as they are, columns after multi-byte characters.
@Suite struct RendererHardeningTests {
    /// A 62 KB paragraph on one line with a finding every 29 bytes (2,000 findings).
    static let longLine = String(repeating: "We distribute kits in Diffa. ", count: 2_140) + "End."
    static func findings(count: Int, every stride: Int) -> [Diagnostic] {
        (0..<count).map { i in
            let column = 1 + i * stride
            return DiagnosticFixtures.rule("language.first-person", .warning).diagnostic(file: "TCD/wash.md",
                range: SourceRange(start: SourceLocation(line: 2, column: column, offset: column + 3), end: SourceLocation(line: 2, column: column + 2, offset: column + 5)),
                summary: "First person"
            )
        }
    }
    static let sources = SourceLineTable(["TCD/wash.md": ["---", longLine, "---"]])

    /// The text format quoted the whole 62 KB line for every finding (185 MB of output for
    /// 2,000 findings); it quotes a window around each range now.
    @Test func textQuotesAWindowOfALongLine() throws {
        let diagnostics = Self.findings(count: 2_000, every: 29)
        let output = TextDiagnosticRenderer().render(diagnostics, sources: Self.sources)
        #expect(output.utf8.count < 2_000 * 400, "\(output.utf8.count) bytes")
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The 100th finding: a window with an ellipsis on both sides, the caret under "We".
        let quoted = try #require(lines.firstIndex { $0.hasPrefix(" 2 | …") }.map { lines[$0] })
        #expect(quoted.hasSuffix("…"))
        let index = try #require(lines.firstIndex { $0.contains("TCD/wash.md:2:2901:") })
        let line = lines[index + 1], caret = lines[index + 2]
        let caretColumn = try #require(caret.firstIndex(of: "^")).utf16Offset(in: caret)
        let start = line.index(line.startIndex, offsetBy: caretColumn)
        #expect(line[start...].hasPrefix("We distribute"), "\(line)\n\(caret)")
        #expect(line.count < 300)
    }

    /// Thousands of findings are rendered in slices on every core: the bytes are those of each
    /// finding rendered alone, one after the other, in the text and the line forms (in text,
    /// the rule's explanation with the first finding only).
    @Test func manyFindingsRenderAsOnePass() {
        let diagnostics = Self.findings(count: 5_000, every: 12)
        #expect(diagnostics[0].explanation != nil)
        for renderer in [TextDiagnosticRenderer(colour: true), LineDiagnosticRenderer()] as [any DiagnosticRenderer] {
            let whole = renderer.renderUTF8(diagnostics, sources: Self.sources)
            let oneByOne = diagnostics.enumerated().flatMap { i, d in
                var alone = d
                if i > 0, renderer is TextDiagnosticRenderer { alone.explanation = nil }
                return renderer.renderUTF8([alone], sources: Self.sources)
            }
            #expect(whole.count > 5_000 * 40)
            #expect(whole == oneByOne)
        }
    }

    /// A first lint repeats a few rules thousands of times: the text form explains each rule
    /// once, at its first finding; another explanation under the same rule is printed too.
    @Test func textExplainsEachRuleOnce() throws {
        var diagnostics = Self.findings(count: 4, every: 40)
        let explanation = try #require(diagnostics[0].explanation)
        diagnostics[1].id = "language.agency-as-actor"
        diagnostics[1].explanation = "Another rule's explanation."
        diagnostics[3].explanation = "A finding's own explanation."
        let output = TextDiagnosticRenderer().render(diagnostics, sources: Self.sources)
        let firstLine = try #require(explanation.split(separator: "\n").first)
        #expect(output.components(separatedBy: String(firstLine)).count == 2)
        #expect(output.components(separatedBy: "Another rule's explanation.").count == 2)
        #expect(output.components(separatedBy: "A finding's own explanation.").count == 2)
        #expect(output.components(separatedBy: "[language.first-person]").count == 4)
    }

    @Test func textQuotesAShortLineWhole() {
        let output = TextDiagnosticRenderer().render(Self.findings(count: 1, every: 1), sources: SourceLineTable(["TCD/wash.md": ["---", "We distribute kits.", "---"]]))
        #expect(output.contains(" 2 | We distribute kits.\n   | ^~\n"))
    }

    /// GitHub counts characters: after "Réfugiés " (11 bytes, 9 characters) column 12 is 10.
    @Test func githubColumnsCountCharacters() {
        let d = DiagnosticFixtures.rule("language.first-person", .warning).diagnostic(file: "TCD/wash.md",
            range: SourceRange(start: SourceLocation(line: 1, column: 12, offset: 11), end: SourceLocation(line: 1, column: 16, offset: 15)),
            summary: "First person"
        )
        let output = GitHubDiagnosticRenderer().render([d], sources: SourceLineTable(["TCD/wash.md": ["Réfugiés nous aidons"]]))
        #expect(output.contains("line=1,col=10,endLine=1,endColumn=14,"))
    }

    /// SARIF artifact locations are URIs: a space or `%` in a path is percent-encoded.
    @Test func sarifPercentEncodesArtifactURIs() throws {
        let d = DiagnosticFixtures.rule("dsl.unknown-key", .error).diagnostic(file: "my plan/100% TCD/wash é.md",
            range: SourceRange(start: SourceLocation(line: 1, column: 1, offset: 0), end: SourceLocation(line: 1, column: 2, offset: 1)),
            summary: "Unknown key", fixIts: [FixIt("Remove", range: SourceRange(start: SourceLocation(line: 1, column: 1, offset: 0), end: SourceLocation(line: 1, column: 2, offset: 1)), replacement: "")]
        )
        let output = SARIFDiagnosticRenderer(toolVersion: "t").render([d], sources: SourceLineTable())
        let uris = output.components(separatedBy: "\"uri\" : \"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(uris == ["my%20plan/100%25%20TCD/wash%20%C3%A9.md", "my%20plan/100%25%20TCD/wash%20%C3%A9.md"])
        for uri in uris { #expect(URL(string: uri) != nil) }
    }

    /// Converting columns cost the line's length for every finding: it is one table per line.
    @Test func manyFindingsOnALongLineConvertColumnsOnce() {
        let diagnostics = Self.findings(count: 2_000, every: 29)
        let github = GitHubDiagnosticRenderer(perFileLimit: .max).render(diagnostics, sources: Self.sources)
        #expect(github.contains("col=\(1 + 1_999 * 29),"))
        let sarif = SARIFDiagnosticRenderer(toolVersion: "t").render(diagnostics, sources: Self.sources)
        #expect(sarif.contains("\"startColumn\" : \(1 + 1_999 * 29)"))
    }
}
