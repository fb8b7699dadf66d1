import PlanModel
import PlanRender

/// The reference for placing a chapter body: how ``NarrativeText`` placed it before raw HTML
/// omission joined its single pass (heading by heading, over the whole line).
enum ReferenceNarrativeText {
    static func markdown(_ narrative: Narrative, baseLevel: Int, titles: [String] = []) -> String {
        var sections = narrative.allSections
        var dropped: NarrativeSection?
        if let first = sections.first, titles.contains(where: { $0.lowercased() == first.heading.lowercased() }),
           narrative.slice(narrative.bodyStart, first.headingRange.start.offset).allSatisfy(\.isWhitespace) {
            dropped = first
            sections.removeFirst()
        }
        guard let top = sections.map(\.level).min() else {
            guard let dropped else { return narrative.markdown }
            return narrative.slice(dropped.headingRange.end.offset, narrative.bodyStart + narrative.markdown.utf8.count)
        }
        let shift = max(baseLevel - top, 0)
        guard shift > 0 || dropped != nil else { return narrative.markdown }
        let bytes = Array(narrative.markdown.utf8)
        var out: [UInt8] = []
        var cursor = 0
        if let dropped { cursor = min(max(dropped.headingRange.end.offset - narrative.bodyStart, 0), bytes.count) }
        for section in sections.sorted(by: { $0.headingRange.start.offset < $1.headingRange.start.offset }) {
            let start = section.headingRange.start.offset - narrative.bodyStart
            let end = min(section.headingRange.end.offset - narrative.bodyStart, bytes.count)
            guard start >= cursor, start < bytes.count, end > start else { continue }
            out += bytes[cursor..<start]
            out += rewrite(Array(bytes[start..<end]), heading: section.heading, level: min(section.level + shift, 6))
            cursor = end
        }
        out += bytes[cursor...]
        return String(decoding: out, as: UTF8.self)
    }

    private static func rewrite(_ line: [UInt8], heading: String, level: Int) -> [UInt8] {
        let hashes = [UInt8](repeating: UInt8(ascii: "#"), count: level)
        var i = 0
        while i < line.count, i < 3, line[i] == UInt8(ascii: " ") { i += 1 }
        if i < line.count, line[i] == UInt8(ascii: "#") {
            var j = i
            while j < line.count, line[j] == UInt8(ascii: "#") { j += 1 }
            return hashes + line[j...]
        }
        let trailing: [UInt8] = line.last == 10 ? [10] : []
        return hashes + Array(" ".utf8) + Array(MarkdownEscape.escape(heading).utf8) + trailing
    }
}
