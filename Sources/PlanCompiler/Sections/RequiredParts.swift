import PlanDiagnostics
import PlanModel

/// The missing-part and order findings for the narratives of one chapter (or, for a
/// single-country plan, the plan file and its country chapter together).
struct RequiredParts {
    let matcher: SectionMatcher
    let vocabulary: SectionVocabulary
    let data: DataPresence
    /// Language of headings that fix-its insert.
    let language: String
    /// Whether parts out of the vocabulary's order draw `section.order`.
    let strictOrder: Bool

    var kind: SectionKind { matcher.kind }

    /// Everything the findings for one narrative depend on besides the narrative: the matcher
    /// (made for one vocabulary and kind, which annotated the narrative), the data, the
    /// language and the order setting.
    struct Key: Hashable, Sendable {
        var matcher: Int
        var data: DataPresence
        var language: String
        var strictOrder: Bool
    }

    var key: Key { Key(matcher: matcher.identity, data: data, language: language, strictOrder: strictOrder) }

    func check(_ narratives: [Narrative], reportIn target: Narrative) -> [Diagnostic] {
        let parts = vocabulary.parts(of: kind)
        let order = parts.map(\.id)
        var found = Set(narratives.flatMap(\.allSections).flatMap(\.parts))
        for narrative in narratives {
            for section in narrative.allSections {
                for id in section.parts { found.formUnion(matcher.partsDescribed(in: narrative.markdown(of: section), under: id)) }
            }
        }
        var out: [Diagnostic] = []
        for (index, (id, part)) in parts.enumerated() where !found.contains(id) {
            if let source = part.data, data.contains(source) { continue }
            if let near = nearMiss(to: id, in: narratives) {
                out.append(missing(part: part, nearMiss: near))
            } else {
                out.append(missing(part: part, after: Array(order[(index + 1)...]), in: target))
            }
        }
        if strictOrder {
            for narrative in narratives { out += orderFindings(narrative, order: order) }
        }
        return out
    }

    private var what: String {
        kind == .sector ? "Sector chapter" : kind == .country ? "Country chapter" : "Regional overview"
    }

    private func missing(part: SectionPart, after later: [String], in narrative: Narrative) -> Diagnostic {
        let matched = narrative.allSections.filter { !$0.parts.isEmpty }
        let next = matched.first { !Set($0.parts).isDisjoint(with: later) }
        let level = next?.level ?? matched.map(\.level).min() ?? 2
        let heading = String(repeating: "#", count: level) + " " + part.insertionHeading(language: language)
        let location: SourceLocation
        let text: String
        if let next {
            location = next.range.start
            text = heading + "\n\n"
        } else {
            location = endLocation(narrative)
            text = (narrative.markdown.isEmpty || narrative.markdown.hasSuffix("\n") ? "\n" : "\n\n") + heading + "\n"
        }
        return SectionRules.missing.diagnostic(
            file: narrative.file, range: SourceRange(at: location),
            summary: "\(what) is missing a required part: \(part.name)",
            notes: part.data.map { [DiagnosticNote("The front matter can provide it instead: \(dataHint($0))")] } ?? [],
            fixIts: [FixIt("Insert the heading '\(heading)'", range: SourceRange(at: location), replacement: text)]
        )
    }

    /// A heading that comes close to naming the part: where it stands in its file.
    private struct LocatedNearMiss {
        var narrative: Narrative
        var section: NarrativeSection
        var nearMiss: SectionMatcher.NearMiss
        /// The text to replace in the file, when the heading's source line shows it.
        var range: SourceRange?
    }

    /// The first heading of `narratives` that comes close to naming part `id`.
    private func nearMiss(to id: String, in narratives: [Narrative]) -> LocatedNearMiss? {
        for narrative in narratives {
            for section in narrative.allSections {
                guard let near = matcher.nearMiss(section.heading, to: id) else { continue }
                return LocatedNearMiss(narrative: narrative, section: section, nearMiss: near, range: sourceRange(of: near, in: section, of: narrative))
            }
        }
        return nil
    }

    /// Where the replaced words of `near` (read in the heading's plain text) stand on the
    /// heading's first source line: the same words in the same order, else `nil`.
    private func sourceRange(of near: SectionMatcher.NearMiss, in section: NarrativeSection, of narrative: Narrative) -> SourceRange? {
        let start = section.headingRange.start
        let raw = narrative.slice(start.offset, section.headingRange.end.offset)
        let line = raw.prefix { !$0.isNewline }
        let plain = Array(section.heading.utf8)
        let wanted = HeadingNormalizer.words(section.heading).filter { near.range.contains($0.range.lowerBound) }.map(\.folded)
        let written = HeadingNormalizer.words(String(line))
        guard !wanted.isEmpty, plain.count >= near.range.upperBound,
              let first = written.indices.first(where: { i in
                  i + wanted.count <= written.count && written[i..<(i + wanted.count)].map(\.folded) == wanted
              })
        else { return nil }
        let from = written[first].range.lowerBound
        let to = written[first + wanted.count - 1].range.upperBound
        func location(_ byte: Int) -> SourceLocation {
            SourceLocation(line: start.line, column: start.column + byte, offset: start.offset + byte)
        }
        return SourceRange(start: location(from), end: location(to))
    }

    private func missing(part: SectionPart, nearMiss near: LocatedNearMiss) -> Diagnostic {
        let heading = near.section.heading
        let corrected = near.nearMiss.corrected
        return SectionRules.missing.diagnostic(
            file: near.narrative.file, range: near.range ?? near.section.headingRange,
            summary: "\(what) is missing a required part: \(part.name); the heading '\(heading)' comes close: did you mean '\(corrected)'?",
            notes: [DiagnosticNote("Headings name a part by its words (\(part.insertionHeading(language: language)), in any order; '\(heading)' does not hold all of them")],
            fixIts: near.range.map { [FixIt("Replace with '\(near.nearMiss.replacement)'", range: $0, replacement: near.nearMiss.replacement)] } ?? []
        )
    }

    private func orderFindings(_ narrative: Narrative, order: [String]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var latest: (index: Int, section: NarrativeSection)?
        for section in narrative.allSections {
            guard let id = section.part, let index = order.firstIndex(of: id) else { continue }
            if let l = latest, index < l.index {
                let name = vocabulary.parts[id]?.name ?? id
                let otherName = vocabulary.parts[l.section.part!]?.name ?? l.section.heading
                out.append(SectionRules.order.diagnostic(
                    file: narrative.file, range: section.headingRange,
                    summary: "Required part is out of order: \(name) should come before \(otherName)",
                    notes: [DiagnosticNote("\(otherName) is here", file: narrative.file, range: l.section.headingRange)]
                ))
            } else {
                latest = (index, section)
            }
        }
        return out
    }

    /// The end of the file (the body is at its end).
    private func endLocation(_ narrative: Narrative) -> SourceLocation {
        narrative.end ?? SourceLocation(line: 1, column: 1, offset: narrative.bodyStart + narrative.markdown.utf8.count)
    }

    private func dataHint(_ data: String) -> String {
        switch data {
        case "population": "`population:` in a sector chapter"
        case "locations": "`locations:`"
        case "assumptions": "`assumptions:`"
        case "indicators": "`indicators:` in a sector chapter"
        case "requirements": "`requirements:` (or `total-requirement:`) in a sector chapter, or a country chapter's `total-requirement:`"
        case "sector-chapters": "a sector chapter for this place"
        default: "a country chapter"
        }
    }
}
