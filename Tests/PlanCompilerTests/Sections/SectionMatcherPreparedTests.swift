import Foundation
import PlanDiagnostics
import PlanModel
import PlanSyntax
import TestSupport
import Testing
@testable import PlanCompiler

/// The heading matchers built while the chapters load (``SectionMatcher/preparing(_:)``), the
/// words their kinds share (``SectionWords``), and the loading order that reads the plan file
/// first: the same parse, the same matchers, the same findings.
@Suite struct SectionMatcherPreparedTests {
    static let sample = PackageRoot.path("Samples/lake-basin-rrp")

    static func chapter(_ relative: String) throws -> ChapterSource {
        let text = try String(contentsOfFile: sample + "/" + relative, encoding: .utf8)
        return ChapterSource.read(SourceFile(path: relative, text: text)).0
    }

    /// The preparing parser returns what the plain parser returns, for the plan file (whose
    /// matchers it builds) and for a chapter (which it passes through).
    @Test(arguments: ["plan.md", "TCD/country.md", "TCD/education.md"])
    func preparingParserParsesAsThePlainParser(file: String) throws {
        let chapter = try Self.chapter(file)
        let plain = FrontMatterParser.parse(chapter)
        let prepared = SectionMatcher.preparing(FrontMatterParser.parse)(chapter)
        #expect(plain.header != nil)
        #expect(prepared.header == plain.header)
        #expect(prepared.diagnostics.map(\.id) == plain.diagnostics.map(\.id))
    }

    /// A plan that adds headings under `sections:`: the folder compile (matchers built while
    /// loading) and the in-memory compile (built when annotating) read them the same way.
    @Test func extendedVocabularyReadsTheSameWhereverTheMatchersAreBuilt() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try FileManager.default.copyItem(atPath: Self.sample, toPath: dir.path + "/plan")
        let planFile = try String(contentsOfFile: dir.path + "/plan/plan.md", encoding: .utf8)
        let country = try String(contentsOfFile: dir.path + "/plan/TCD/country.md", encoding: .utf8)
        try dir.write("plan/TCD/country.md", country.replacingOccurrences(of: "## Coordination", with: "## Pilotage du dispositif"))
        // Without the plan's word for it, the heading names no part: a finding.
        let without = PlanCompiler.compile(directory: dir.path + "/plan")
        #expect(without.diagnostics.contains { $0.id == "section.missing" && $0.file.hasSuffix("TCD/country.md") })
        try dir.write("plan/plan.md", planFile.replacingOccurrences(of: "\npartners:\n", with: "\nsections:\n  coordination: Pilotage\npartners:\n"))
        let folder = PlanCompiler.compile(directory: dir.path + "/plan")
        #expect(!folder.diagnostics.contains { $0.id == "section.missing" })
        let files = InputWalk.folder(dir.path + "/plan").files
        let inMemory = PlanCompiler.compile(files: files, folder: dir.path + "/plan")
        #expect(folder.diagnostics.map(\.id) == inMemory.diagnostics.map(\.id))
        #expect(try PlanJSON.encode(#require(folder.plan)) == PlanJSON.encode(#require(inMemory.plan)))
    }

    /// Files at the top of the folder are parsed first, but every file is parsed once and the
    /// sources keep the files' order.
    @Test func loadingOrderKeepsEveryFileOnce() throws {
        let files = InputWalk.folder(Self.sample).files
        // The walk lists chapters in folders before the plan file: the loader reorders them.
        let firstNested = try #require(files.firstIndex { $0.name.contains("/") })
        let firstAtTop = try #require(files.firstIndex { !$0.name.contains("/") })
        #expect(firstNested < firstAtTop)
        let (sources, _) = PlanLoader.load(files: files, folder: Self.sample)
        #expect(sources.files.map(\.file.name) == files.map(\.name).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(sources.plan?.source.file.name == "plan.md")
        #expect(sources.countryChapters.map(\.source.file.name) == ["CMR/country.md", "NER/country.md", "TCD/country.md"])
    }

    /// One vocabulary's words are made once and shared by its matchers of every kind; a
    /// vocabulary with more phrases knows more stems.
    @Test func kindsShareTheirVocabularysWords() {
        let words = SectionWords.of(.builtIn)
        #expect(words.known.contains(HeadingNormalizer.stem("coordination")))
        #expect(!words.known.contains(HeadingNormalizer.stem("pilotage")))
        #expect(words.countryWords.contains("tchad"))
        let extended = SectionVocabulary.builtIn.adding(["Pilotage"], to: "coordination")
        #expect(SectionWords.of(extended).known.contains(HeadingNormalizer.stem("pilotage")))
        let matcher = SectionMatcher(vocabulary: extended, kind: .country)
        #expect(matcher.part(for: "Pilotage") == "coordination")
        #expect(SectionMatcher(vocabulary: .builtIn, kind: .country).part(for: "Pilotage") == nil)
    }
}
