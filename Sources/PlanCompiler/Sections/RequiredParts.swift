import PlanDiagnostics
import PlanModel

/// The missing-part and order findings for the narratives of one chapter (or, for a
/// single-country plan, the plan file and its country chapter together).
struct RequiredParts {
    let kind: SectionKind
    let vocabulary: SectionVocabulary
    let data: DataPresence
    /// Language of headings that fix-its insert.
    let language: String

    func check(_ narratives: [Narrative], reportIn target: Narrative) -> [Diagnostic] {
        let parts = vocabulary.parts(of: kind)
        let order = parts.map(\.id)
        let found = Set(narratives.flatMap(\.allSections).compactMap(\.part))
        var out: [Diagnostic] = []
        for (index, (id, part)) in parts.enumerated() where !found.contains(id) {
            if let source = part.data, data.present.contains(source) { continue }
            out.append(missing(part: part, id: id, after: Array(order[(index + 1)...]), in: target))
        }
        for narrative in narratives { out += orderFindings(narrative, order: order) }
        return out
    }

    private func missing(part: SectionPart, id: String, after later: [String], in narrative: Narrative) -> Diagnostic {
        let matched = narrative.allSections.filter { $0.part != nil }
        let next = matched.first { later.contains($0.part!) }
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
        let what = kind == .sector ? "Sector chapter" : kind == .country ? "Country chapter" : "Regional overview"
        return SectionRules.missing.diagnostic(
            file: narrative.file, range: SourceRange(at: location),
            summary: "\(what) is missing a required part: \(part.name)",
            notes: part.data.map { [DiagnosticNote("The front matter can provide it instead: \(dataHint($0))")] } ?? [],
            fixIts: [FixIt("Insert the heading '\(heading)'", range: SourceRange(at: location), replacement: text)]
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
        case "requirements": "`requirements:` in a sector chapter"
        case "sector-chapters": "a sector chapter for this place"
        default: "a country chapter"
        }
    }
}
