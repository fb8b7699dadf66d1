import PlanModel
import PlanSyntax
import TestSupport
@testable import PlanCompiler
@testable import PlanRender

/// The corpus chapters as narratives, each with every placement a document gives a body.
enum NarrativeCorpus {
    struct Case {
        var narrative: Narrative
        var baseLevel: Int
        var titles: [String]

        var placement: NarrativePlacement { NarrativePlacement(narrative, baseLevel: baseLevel, titles: titles) }
    }

    /// The narratives as the compiler builds them, with the blocks' HTML (and with `tree`, their
    /// trees, as for Word).
    static func narratives(allowRawHTML: Bool, tree: Bool = false) -> [Narrative] {
        MarkdownCorpus.all.map { chapter in
            let file = SourceFile(path: chapter.path, text: chapter.text)
            return NarrativeBuilder.build(ChapterSource.read(file, options: LoadOptions(narrativeHTML: true, allowRawHTML: allowRawHTML, narrativeTree: tree)).chapter)
        }
    }

    /// Levels 1 to 4, with no title and with the first heading as the document's title.
    static func cases(allowRawHTML: Bool, tree: Bool = false) -> [Case] {
        narratives(allowRawHTML: allowRawHTML, tree: tree).flatMap { n in
            let titleSets = [[], n.allSections.first.map { [$0.heading.uppercased()] } ?? []]
            return (1...4).flatMap { level in titleSets.map { Case(narrative: n, baseLevel: level, titles: $0) } }
        }
    }

    /// A setext heading written anew whose content is more than plain text on one line: the
    /// Markdown gives its plain text, the HTML keeps its markup.
    static func rewritesMarkedUpSetextHeading(_ c: Case) -> Bool {
        let placement = c.placement
        guard placement.rewritesHeadings else { return false }
        return placement.sections.contains { section in
            let text = c.narrative.slice(section.headingRange.start.offset, section.headingRange.end.offset)
            let lines = text.split(separator: "\n")
            guard let first = lines.first, !first.drop(while: { $0 == " " }).hasPrefix("#") else { return false }
            return lines.count > 2 || first.contains { "*_`[]<>&\\!".contains($0) }
        }
    }

    /// A dropped title that is an ATX heading with closing `#`s: they used to stay behind (and
    /// read as an empty heading); they go with the title now.
    static func dropsTitleWithClosingSequence(_ c: Case) -> Bool {
        guard let dropped = c.placement.dropped else { return false }
        let line = c.narrative.slice(dropped.headingRange.end.offset, c.narrative.bodyStart + c.narrative.markdown.utf8.count)
        return line.prefix { $0 != "\n" && $0 != "\r" }.contains { !$0.isWhitespace }
    }
}
