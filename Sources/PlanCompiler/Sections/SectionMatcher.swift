import PlanModel

/// Matches headings to the required parts of one chapter kind.
///
/// A heading matches a part when its normalized text (see ``HeadingNormalizer``) equals one of
/// the part's headings in any language, or starts with one followed by more words ("Context and
/// background" matches "Context"). When several parts match, the longest heading wins.
struct SectionMatcher: Sendable {
    let kind: SectionKind
    let order: [String]
    private let synonyms: [(text: String, part: String)]

    init(vocabulary: SectionVocabulary, kind: SectionKind) {
        self.kind = kind
        self.order = vocabulary.parts(of: kind).map(\.id)
        var synonyms: [(text: String, part: String)] = []
        for (id, part) in vocabulary.parts(of: kind) {
            for heading in part.headings.keys.sorted().flatMap({ part.headings[$0]! }) {
                synonyms.append((HeadingNormalizer.normalize(heading), id))
            }
        }
        self.synonyms = synonyms.sorted { $0.text.utf8.count > $1.text.utf8.count }
    }

    /// The part a heading stands for, if any.
    func part(for heading: String) -> String? {
        let text = HeadingNormalizer.normalize(heading)
        return synonyms.first { text == $0.text || text.hasPrefix($0.text + " ") }?.part
    }

    /// `narrative` with every section's `part` set (the first section of a part wins; later
    /// sections with the same heading meaning keep `part` nil).
    func annotate(_ narrative: Narrative) -> Narrative {
        var seen = Set<String>()
        var copy = narrative
        copy.sections = annotate(narrative.sections, seen: &seen)
        return copy
    }

    private func annotate(_ sections: [NarrativeSection], seen: inout Set<String>) -> [NarrativeSection] {
        sections.map { section in
            var s = section
            if let id = part(for: section.heading), seen.insert(id).inserted { s.part = id } else { s.part = nil }
            s.children = annotate(section.children, seen: &seen)
            return s
        }
    }
}
