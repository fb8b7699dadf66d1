import PlanSyntax

/// Walks a chapter's Markdown blocks once and collects the prose to lint and the HTML comments.
///
/// Left out: headings (they only classify sections), code blocks, block quotes (quoted
/// speech), pipe tables, images and the paragraphs that hold them (captions), paragraphs with a
/// `©` credit. Code spans and URLs become opaque tokens.
struct ProseCollector {
    private(set) var paragraphs: [ProseParagraph] = []
    private(set) var comments: [BodyComment] = []
    private let classifier: SectionClassifier
    private let file: SourceFile
    private var headingKinds: [(level: Int, kind: SectionKind?)] = []

    /// The kind of the text under no classified heading: `.foreword` for a whole foreword
    /// file (`chapter: foreword`), else `.other`.
    private let baseSection: SectionKind

    init(file: SourceFile, classifier: SectionClassifier, baseSection: SectionKind = .other) {
        self.file = file
        self.classifier = classifier
        self.baseSection = baseSection
    }

    private var section: SectionKind {
        headingKinds.last(where: { $0.kind != nil })?.kind ?? baseSection
    }

    mutating func collect(_ blocks: [MarkdownBlock], quoted: Bool = false) {
        for block in blocks {
            switch block {
            case .heading(let h):
                headingKinds.removeAll { $0.level >= h.level }
                headingKinds.append((h.level, classifier.classify(h.text)))
                collectComments(h.inlines)
            case .paragraph(let p):
                collectComments(p.inlines)
                if !quoted { paragraph(p.inlines, bytes: p.range.end.offset - p.range.start.offset) }
            case .list(let l):
                for item in l.items { collect(item.blocks, quoted: quoted) }
            case .blockQuote(let q):
                collect(q.blocks, quoted: true)
            case .htmlBlock(let h):
                comments += Self.comments(in: h.literal, at: h.range.start.offset, file: file)
            case .codeBlock, .thematicBreak:
                break
            }
        }
    }

    /// Tokenizes a paragraph of about `bytes` bytes (its buffers are sized once from it).
    private mutating func paragraph(_ inlines: [MarkdownInline], bytes: Int) {
        var builder = TokenStream(capacity: bytes)
        builder.append(inlines)
        guard !builder.skip, let first = builder.tokens.first else { return }
        let (tokens, text) = builder.finish()
        paragraphs.append(ProseParagraph(tokens: tokens, text: text, section: section, isTable: first.isMark("|")))
    }

    private mutating func collectComments(_ inlines: [MarkdownInline]) {
        for inline in inlines {
            switch inline {
            case .html(let t):
                comments += Self.comments(in: t.literal, at: t.range.start.offset, file: file, exact: t.exact)
            case .emphasis(let c, _), .strong(let c, _):
                collectComments(c)
            case .link(let l):
                collectComments(l.children)
            default:
                break
            }
        }
    }

    /// Every `<!-- ... -->` in raw HTML that starts at `offset`.
    static func comments(in literal: String, at offset: Int, file: SourceFile, exact: Bool? = nil) -> [BodyComment] {
        let bytes = Array(literal.utf8)
        let isExact = exact ?? (offset + bytes.count <= file.bytes.count && file.bytes[offset..<(offset + bytes.count)].elementsEqual(bytes))
        var out: [BodyComment] = []
        var i = 0
        let open = Array("<!--".utf8), close = Array("-->".utf8)
        while let s = find(open, in: bytes, from: i) {
            guard let e = find(close, in: bytes, from: s + 4) else { break }
            let text = String(decoding: bytes[(s + 4)..<e], as: UTF8.self)
            let start = isExact ? offset + s : offset
            let end = isExact ? offset + e + 3 : offset
            out.append(BodyComment(text: text, start: start, end: end, exact: isExact))
            i = e + 3
        }
        return out
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
