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
    private var kinds: [(SectionKind, [String])]

    static let shipped = SectionClassifier(LintKnowledge.shipped.sections)

    init(_ file: LintKnowledge.SectionFile) {
        kinds = file.kinds.compactMap { record in
            SectionKind(rawValue: record.kind).map { ($0, record.words.map { $0.lowercased() }) }
        }
    }

    func classify(_ heading: String) -> SectionKind? {
        let text = heading.lowercased()
        for (kind, words) in kinds where words.contains(where: { text.contains($0) }) {
            return kind
        }
        return nil
    }
}
