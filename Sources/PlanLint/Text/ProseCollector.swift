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
    /// Headings seen so far (``ProseParagraph/heading``).
    private var headings = 0
    /// One tokenizer buffer for the whole chapter.
    private let scratch = TokenScratch()

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

    /// Collects the paragraphs and comments of a body's prose (``MarkdownDocument/proseEvents``).
    mutating func collect(_ prose: MarkdownProse) {
        let events = prose.events
        var i = 0
        while i < events.count {
            let event = events[i]
            switch event.kind {
            case .heading:
                let close = prose.close(of: i)
                let level = Int(event.level)
                headingKinds.removeAll { $0.level >= level }
                headingKinds.append((level, classifier.classify(Self.plainText(prose, i + 1..<close))))
                headings += 1
                collectComments(prose, i + 1..<close)
                i = close + 1
            case .paragraph:
                let close = prose.close(of: i)
                collectComments(prose, i + 1..<close)
                if !event.quoted { paragraph(prose, i + 1..<close, bytes: event.end - event.start) }
                i = close + 1
            case .htmlBlock:
                comments += Self.comments(in: Array(prose.literal(event)), at: event.start, file: file)
                i += 1
            default:
                i += 1
            }
        }
    }

    /// Tokenizes a paragraph of about `bytes` bytes (its buffers are sized once from it).
    private mutating func paragraph(_ prose: MarkdownProse, _ range: Range<Int>, bytes: Int) {
        var builder = TokenStream(capacity: bytes, scratch: scratch)
        builder.append(prose, range)
        guard !builder.skip, let first = builder.tokens.first else { return }
        let (tokens, text) = builder.finish()
        paragraphs.append(ProseParagraph(tokens: tokens, text: text, section: section, heading: headings, isTable: first.isMark("|"), quoted: builder.quoteMarks))
    }

    /// The comments in the inline HTML of `range`, outside images.
    private mutating func collectComments(_ prose: MarkdownProse, _ range: Range<Int>) {
        var i = range.lowerBound
        while i < range.upperBound {
            let event = prose.events[i]
            switch event.kind {
            case .html:
                comments += Self.comments(in: Array(prose.literal(event)), at: event.start, file: file, exact: event.exact)
            case .image:
                i = prose.close(of: i)
            default:
                break
            }
            i += 1
        }
    }

    /// A heading's plain text: text and code literals, breaks as spaces, markup dropped.
    private static func plainText(_ prose: MarkdownProse, _ range: Range<Int>) -> String {
        var out: [UInt8] = []
        for event in prose.events[range] {
            switch event.kind {
            case .text, .code: out += prose.literal(event)
            case .lineBreak: out.append(0x20)
            default: break
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Every `<!-- ... -->` in the raw HTML `bytes` that start at `offset`.
    static func comments(in bytes: [UInt8], at offset: Int, file: SourceFile, exact: Bool? = nil) -> [BodyComment] {
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
