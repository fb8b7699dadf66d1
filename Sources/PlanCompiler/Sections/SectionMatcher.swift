import PlanModel

/// Matches headings to the required parts of one chapter kind.
///
/// A heading matches a part when its normalized text (see ``HeadingNormalizer``) equals one of
/// the part's headings in any language, or starts with one followed by more words ("Context and
/// background" matches "Context"). When several parts match, the longest heading wins.
struct SectionMatcher: Sendable {
    let kind: SectionKind
    let order: [String]
    /// Normalized heading text -> part ID.
    private let parts: [String: String]
    /// First words of the known headings: a heading starting with another word matches nothing.
    private let firstWords: Set<Substring>

    init(vocabulary: SectionVocabulary, kind: SectionKind) {
        self.kind = kind
        self.order = vocabulary.parts(of: kind).map(\.id)
        var parts: [String: String] = [:]
        for (id, part) in vocabulary.parts(of: kind) {
            for heading in part.headings.keys.sorted().flatMap({ part.headings[$0]! }) {
                let text = HeadingNormalizer.normalize(heading)
                if parts[text] == nil { parts[text] = id }
            }
        }
        self.parts = parts
        self.firstWords = Set(parts.keys.map(Self.firstWord))
    }

    /// The part a heading stands for, if any: the whole normalized heading, else its longest
    /// leading run of whole words that is a known heading.
    func part(for heading: String) -> String? {
        let text = HeadingNormalizer.normalize(heading)
        guard firstWords.contains(Self.firstWord(text)) else { return nil }
        if let id = parts[text] { return id }
        var end = text.endIndex
        while let space = text[..<end].lastIndex(of: " ") {
            if let id = parts[String(text[..<space])] { return id }
            end = space
        }
        return nil
    }

    /// The first word of a normalized heading (whose words are separated by single spaces).
    private static func firstWord(_ text: String) -> Substring {
        text[..<(text.utf8.firstIndex(of: UInt8(ascii: " ")) ?? text.endIndex)]
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
