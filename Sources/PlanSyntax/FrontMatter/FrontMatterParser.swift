import PlanDiagnostics
import PlanModel

/// Parses a chapter's front matter into its typed header.
///
/// The language looks like YAML front matter but is strict: every key is known for its chapter
/// kind, every value is typed, YAML features outside the language are errors, and every mistake
/// in the file is reported (the parser recovers and goes on). See `docs/DSL.md`.
public enum FrontMatterParser {
    /// Parses the front matter of `chapter`.
    ///
    /// Returns `nil` and no diagnostic for a file without front matter (whether that is a
    /// problem is the compiler's call). Returns `nil` with diagnostics when a required value is
    /// missing or invalid; otherwise the header, perhaps with diagnostics about optional values.
    public static func parse(_ chapter: ChapterSource) -> (header: ChapterHeader?, diagnostics: [Diagnostic]) {
        guard let outcome = analyze(chapter) else { return (nil, []) }
        return (outcome.header, outcome.diagnostics)
    }

    /// Parses only what places a chapter in its plan and decides its language: a sector
    /// chapter's plan data (`population:`, `indicators:`, `requirements:` and the other
    /// ``ChapterKeys/sectorData`` keys) is neither read nor checked, so its header has none.
    /// `rrp lint` resolves a plan with it: it needs each chapter's place and language, not its
    /// figures. The other chapter kinds are read in full (the plan file gives the partners).
    public static func parseIdentity(_ chapter: ChapterSource) -> (header: ChapterHeader?, diagnostics: [Diagnostic]) {
        guard let outcome = analyze(chapter, scope: .identity) else { return (nil, []) }
        return (outcome.header, outcome.diagnostics)
    }

    /// Parses front matter given as the text of a whole chapter file (tests, tools).
    public static func parse(text: String, path: String = "chapter.md") -> (header: ChapterHeader?, diagnostics: [Diagnostic]) {
        let (chapter, diagnostics) = ChapterSource.read(SourceFile(path: path, text: text))
        let (header, more) = parse(chapter)
        return (header, diagnostics + more)
    }

    /// The generic tree of the chapter's front matter, with the diagnostics of the syntax alone.
    public static func tree(_ chapter: ChapterSource) -> (tree: FrontMatterTree?, diagnostics: [Diagnostic]) {
        guard let block = chapter.layout.frontMatter else { return (nil, []) }
        var context = DSLContext(file: chapter.file)
        let (tree, _, _) = build(block, context: &context)
        return (tree, context.diagnostics)
    }

    /// Everything the parse produces, for the formatter.
    struct Outcome {
        var header: ChapterHeader?
        var diagnostics: [Diagnostic]
        var tree: FrontMatterTree
        var lines: [FrontMatterLine]
        /// Nesting depth of each line's first part (`nil` for trivia), parallel to `lines`.
        var depths: [Int?]
        var rewrites: [Int: (end: Int, text: String)]
    }

    /// `formatting`: keep what only the formatter reads (the lines, their depths and the
    /// canonical spellings); without it they come back empty.
    static func analyze(_ chapter: ChapterSource, scope: ChapterSchema.Scope = .full, formatting: Bool = false) -> Outcome? {
        guard let block = chapter.layout.frontMatter else { return nil }
        var context = DSLContext(file: chapter.file, recordsRewrites: formatting)
        let (tree, lines, depths) = build(block, context: &context, skipping: scope == .identity ? ChapterKeys.sectorData : [], keepingLines: formatting)
        var reader = SchemaReader(tree: tree, context: context)
        let header = ChapterSchema.read(tree, opening: block.opening, scope: scope, reader: &reader)
        var diagnostics = reader.context.diagnostics
        diagnostics.sortInPresentationOrder()
        return Outcome(header: header, diagnostics: diagnostics, tree: tree, lines: lines,
                       depths: depths, rewrites: reader.context.rewrites)
    }

    /// Lexes the block's lines into the tree. The indented lines under a top-level key of
    /// `skipping` (a sector chapter's plan data, for the identity parse) are not lexed at all:
    /// the schema would not read them, and lexing them was most of that parse's time.
    private static func build(_ block: FrontMatterBlock, context: inout DSLContext, skipping: Set<String> = [], keepingLines: Bool = false) -> (FrontMatterTree, [FrontMatterLine], [Int?]) {
        let file = context.file
        var number = block.firstContentLine
        var lineCount = 0
        while number + lineCount <= file.lineStarts.count, file.lineStarts[number + lineCount - 1] < block.content.upperBound { lineCount += 1 }
        // At most one typed value per line: one canonical spelling each.
        context.reserveRewrites(lineCount)
        var builder = TreeBuilder(context: context, start: block.content.lowerBound, lineCount: lineCount)
        var lines: [FrontMatterLine] = []
        var depths: [Int?] = []
        if keepingLines {
            lines.reserveCapacity(lineCount)
            depths.reserveCapacity(lineCount)
        }
        var skippingBlock = false
        while number <= file.lineStarts.count, file.lineStarts[number - 1] < block.content.upperBound {
            if !skipping.isEmpty {
                switch topLevelKey(startingAt: file.lineStarts[number - 1], in: file.bytes, before: block.content.upperBound) {
                case .indentedOrBlank where skippingBlock, .comment where skippingBlock:
                    number += 1
                    continue
                case .key(let key): skippingBlock = skipping.contains(key)
                default: skippingBlock = false
                }
            }
            let line = LineLexer.lex(line: number, context: &context)
            let depth = builder.add(line, context: &context)
            if keepingLines {
                depths.append(depth)
                lines.append(line)
            }
            number += 1
        }
        return (builder.finish(), lines, depths)
    }

    /// What a line is, as far as skipping a top-level key's block needs to know.
    private enum LineStart {
        case indentedOrBlank, comment, key(String), other
    }

    /// Reads the start of the line at `start`: indented or blank, a comment at the margin, a
    /// top-level `key:` (its name), or something else at the margin.
    private static func topLevelKey(startingAt start: Int, in bytes: [UInt8], before end: Int) -> LineStart {
        var i = start
        guard i < end else { return .indentedOrBlank }
        switch bytes[i] {
        case 0x20, 0x09, 0x0A, 0x0D: return .indentedOrBlank
        case 0x23: return .comment
        default: break
        }
        while i < end, bytes[i] != 0x3A, bytes[i] != 0x0A, bytes[i] != 0x20 { i += 1 }
        guard i < end, bytes[i] == 0x3A else { return .other }
        return .key(String(decoding: bytes[start..<i], as: UTF8.self))
    }
}
