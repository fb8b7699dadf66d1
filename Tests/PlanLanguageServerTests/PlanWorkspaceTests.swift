import Foundation
import PlanLanguageServer
import PlanSyntax
import TestSupport
import Testing

/// The workspace over the sample plan, with an open chapter's text in place of the disk.
@Suite struct PlanWorkspaceTests {
    static let folder = PackagePaths.path("Samples/lake-basin-rrp")
    static let chapter = "CMR/education.md"
    static let text = try! String(contentsOfFile: folder + "/" + chapter, encoding: .utf8)

    private func uri(_ name: String) -> String { "file://" + Self.folder + "/" + name }

    /// The position of the `n`th occurrence of `needle` in `text` plus `offset` characters.
    private func position(of needle: String, in text: String, plus offset: Int = 0) -> Position {
        let lines = text.components(separatedBy: "\n")
        for (i, line) in lines.enumerated() {
            if let r = line.range(of: needle) { return Position(line: i, character: line[..<r.lowerBound].utf16.count + offset) }
        }
        return Position(line: -1, character: 0)
    }

    @Test func anUndeclaredPartnerIsReportedAtItsRangeFixedByItsCodeActionAndClearedAfter() throws {
        let workspace = PlanWorkspace(folder: Self.folder)
        #expect(workspace.diagnostics[Self.chapter, default: []].filter { $0.severity == .error }.isEmpty)
        let broken = Self.text.replacingOccurrences(of: "  UNICEF:", with: "  UNICEFF:")
        workspace.setText(broken, of: Self.chapter)
        workspace.update()
        let diagnostics = workspace.lspDiagnostics(Self.chapter, uri: uri).filter { $0.code == "partner.undeclared" }
        #expect(diagnostics.count == 1)
        let at = position(of: "UNICEFF", in: broken)
        #expect(diagnostics.first?.range == LSPRange(start: at, end: Position(line: at.line, character: at.character + 7)))
        let actions = workspace.codeActions(Self.chapter, range: LSPRange(start: at, end: at), uri: uri)
        let edit = try #require(actions.first { $0.title == "Replace with 'UNICEF'" }?.edit.changes[uri(Self.chapter)]?.first)
        let fixed = SourceFile(path: "x", text: broken)
        let start = UTF16Positions.offset(of: edit.range.start, in: fixed), end = UTF16Positions.offset(of: edit.range.end, in: fixed)
        workspace.setText(String(decoding: fixed.bytes[..<start] + Array(edit.newText.utf8) + fixed.bytes[end...], as: UTF8.self), of: Self.chapter)
        workspace.update()
        #expect(workspace.lspDiagnostics(Self.chapter, uri: uri).allSatisfy { $0.code != "partner.undeclared" })
    }

    /// A translation of the foreword opened in the editor speaks in the signatory's voice, like
    /// the foreword; the same words in a translation of a country chapter do not, and pointing
    /// the translation at another original re-lints it though its text did not change.
    @Test func aForewordTranslationIsLintedInTheSignatorysVoice() {
        let workspace = PlanWorkspace(folder: Self.folder)
        let body = "Nous remercions les gouvernements hôtes et appelons les donateurs à se tenir aux côtés des personnes que nous servons.\n"
        func firstPerson(_ name: String) -> Int { workspace.diagnostics[name, default: []].filter { $0.id.description == "language.first-person" }.count }
        workspace.setText("---\nchapter: translation\nof: foreword.md\nlanguage: fr\n---\n" + body, of: "foreword.fr.md")
        workspace.update()
        #expect(firstPerson("foreword.fr.md") == 0)
        workspace.setText("---\nchapter: translation\nof: country.md\nlanguage: fr\n---\n" + body, of: "CMR/country.fr.md")
        workspace.update()
        #expect(firstPerson("CMR/country.fr.md") > 0)
        workspace.setText("---\nchapter: foreword\nlanguage: en\nsigned-by:\n  - A. Name, Regional Refugee Coordinator\n---\n" + "We thank the host governments.\n", of: "CMR/country.md")
        workspace.update()
        #expect(firstPerson("CMR/country.fr.md") == 0)
    }

    @Test func aPlanEditShowsItsCrossChapterFindingsInTheChapters() {
        let workspace = PlanWorkspace(folder: Self.folder)
        let plan = try! String(contentsOfFile: Self.folder + "/plan.md", encoding: .utf8)
        workspace.setText(plan.replacingOccurrences(of: "  UNICEF:\n", with: "  UNICEF-X:\n"), of: "plan.md")
        workspace.update()
        #expect(workspace.diagnostics[Self.chapter, default: []].contains { $0.id.description == "partner.undeclared" })
    }

    @Test func hoverDefinitionAndReferencesOfAPartnerCode() throws {
        let workspace = PlanWorkspace(folder: Self.folder)
        let at = position(of: "UNICEF", in: Self.text, plus: 2)
        let hover = try #require(workspace.hover(Self.chapter, at: at))
        #expect(hover.contents.value.contains("United Nations Children's Fund"))
        #expect(hover.contents.value.contains("Requests in this chapter: 2026: USD 2,900,000"))
        let definition = try #require(workspace.definition(Self.chapter, at: at, uri: uri))
        #expect(definition.uri == uri("plan.md"))
        let planLines = try String(contentsOfFile: Self.folder + "/plan.md", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let declaration = try #require(planLines.firstIndex { $0 == "  UNICEF:" })
        #expect(definition.range.start == Position(line: declaration, character: 2))
        let references = workspace.references(Self.chapter, at: at, includeDeclaration: false, uri: uri)
        #expect(references.contains { $0.uri == uri(Self.chapter) && $0.range.start == at.withCharacter(2) })
        #expect(references.count > 3)
        let country = try #require(workspace.hover(Self.chapter, at: position(of: "CMR", in: Self.text)))
        #expect(country.contents.value.contains("Cameroon"))
        #expect(workspace.hover(Self.chapter, at: position(of: "## Situation", in: Self.text, plus: 5)) == nil)
    }

    @Test func hoverOnADiagnosticExplainsItsRule() throws {
        let workspace = PlanWorkspace(folder: Self.folder)
        let broken = Self.text.replacingOccurrences(of: "  UNICEF:", with: "  UNICEFF:")
        workspace.setText(broken, of: Self.chapter)
        workspace.update()
        let hover = try #require(workspace.hover(Self.chapter, at: position(of: "UNICEFF", in: broken)))
        #expect(hover.contents.value.contains("**partner.undeclared** (error)"))
        #expect(hover.contents.value.contains("rrp explain partner.undeclared"))
    }

    @Test func completionOffersKeysValuesAndPartnersByPlace() {
        let workspace = PlanWorkspace(folder: Self.folder)
        let text = Self.text.replacingOccurrences(of: "locations: Far North\n", with: "locations: Far North\nsub\n")
        workspace.setText(text, of: Self.chapter)
        workspace.update()
        let keys = workspace.completion(Self.chapter, at: position(of: "sub\n".dropLast().description, in: text, plus: 3)).map(\.label)
        #expect(keys.contains("subsector") && keys.contains("requirements") && !keys.contains("partners"))
        let countries = workspace.completion(Self.chapter, at: position(of: "country: ", in: text, plus: 9))
        #expect(countries.contains { $0.label == "CMR" && $0.detail == "Cameroon" })
        let sectors = workspace.completion(Self.chapter, at: position(of: "sector: ", in: text, plus: 8)).map(\.label)
        #expect(sectors.contains("education") && sectors.contains("wash"))
        let partners = workspace.completion(Self.chapter, at: position(of: "  NRC:", in: text, plus: 2)).map(\.label)
        #expect(partners.contains("UNHCR") && partners.contains("NRC"))
        let groups = workspace.completion(Self.chapter, at: position(of: "  refugees:", in: text, plus: 2)).map(\.label)
        #expect(groups.contains("host-community"))
        #expect(workspace.completion(Self.chapter, at: position(of: "## Situation", in: text)).isEmpty)
    }

    @Test func symbolsAreTheFrontMatterAndTheHeadingsAndFormattingIsOneEdit() throws {
        let workspace = PlanWorkspace(folder: Self.folder)
        let symbols = workspace.documentSymbols(Self.chapter).map(\.name)
        #expect(symbols.first == "front matter" && symbols.contains("Situation analysis"))
        #expect(workspace.formatting(Self.chapter).isEmpty)
        let messy = Self.text.replacingOccurrences(of: "2026: USD 2,900,000", with: "2026:   USD 2900000")
        workspace.setText(messy, of: Self.chapter)
        workspace.update()
        let edits = workspace.formatting(Self.chapter)
        #expect(edits.count == 1)
        #expect(edits.first?.newText == Self.text)
    }

    @Test func positionsCountUTF16CodeUnits() {
        let file = SourceFile(path: "x.md", text: "a\nhé😀x\n")
        let x = Array(file.bytes).firstIndex(of: 0x78)!
        #expect(UTF16Positions.position(atOffset: x, in: file) == Position(line: 1, character: 4))
        #expect(UTF16Positions.offset(of: Position(line: 1, character: 4), in: file) == x)
        #expect(UTF16Positions.offset(of: Position(line: 1, character: 99), in: file) == x + 1)
        #expect(UTF16Positions.offset(of: Position(line: 9, character: 0), in: file) == file.bytes.count)
    }
}

private extension Position {
    func withCharacter(_ c: Int) -> Position { Position(line: line, character: c) }
}
