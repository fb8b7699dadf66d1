/// What a part of a chapter is about, decided from its heading with the vocabulary in
/// `sections.json`. Coordination arrangements are legitimate in `.coordination` sections.
enum SectionKind: String, Sendable, Hashable, CaseIterable {
    case coordination
    case budget
    case situation
    case strategy
    /// No heading yet, or a heading the vocabulary does not classify.
    case other
}

/// Classifies headings by the words they contain (lower-cased substring match, so it works for
/// Chinese headings too). Kinds are tried in the file's order.
struct SectionClassifier: Sendable {
    private var kinds: [(SectionKind, [[UInt8]])]

    static let shipped = SectionClassifier(LintKnowledge.shipped.sections)

    init(_ file: LintKnowledge.SectionFile) {
        kinds = file.kinds.compactMap { record in
            SectionKind(rawValue: record.kind).map { ($0, record.words.map { Array($0.lowercased().utf8) }) }
        }
    }

    private static func contains(_ text: [UInt8], _ word: [UInt8]) -> Bool {
        guard let first = word.first, word.count <= text.count else { return false }
        for i in 0...(text.count - word.count) where text[i] == first && text[i..<(i + word.count)].elementsEqual(word) {
            return true
        }
        return false
    }

    func classify(_ heading: String) -> SectionKind? {
        let text = Array(heading.lowercased().utf8)
        for (kind, words) in kinds where words.contains(where: { Self.contains(text, $0) }) {
            return kind
        }
        return nil
    }
}
