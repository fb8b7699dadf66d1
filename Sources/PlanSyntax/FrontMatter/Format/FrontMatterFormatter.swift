import PlanDiagnostics
import PlanModel

/// Rewrites a chapter's front matter in canonical form without changing its meaning.
///
/// Canonical form: two spaces of indentation per level; `key: value` with one space after the
/// colon; `- ` items; one space before a trailing `# comment`; no trailing whitespace; no blank
/// lines at the start or end of the block and never two in a row; typed values in their
/// canonical spelling (money and counts grouped by three with commas, the written precision and
/// scale kept: `USD 45.2M` stays `USD 45.2M`, `USD 3450000` becomes `USD 3,450,000`). Text and
/// quoted values are kept as written; comments are kept and indented like the line that follows
/// them. The delimiter lines and the body are never touched, and line endings are kept.
/// Formatting is idempotent. A file with any error is refused.
public enum FrontMatterFormatter {
    /// Formats `chapter`; a file without front matter comes back unchanged.
    public static func format(_ chapter: ChapterSource) -> FormatResult {
        let file = chapter.file
        guard let block = chapter.layout.frontMatter, let outcome = FrontMatterParser.analyze(chapter, formatting: true) else {
            return FormatResult(bytes: file.bytes, changed: false, diagnostics: [])
        }
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { return FormatResult(bytes: nil, changed: false, diagnostics: errors) }
        var content: [UInt8] = []
        var pendingBlank: [UInt8]?
        var wroteLine = false
        for (index, line) in outcome.lines.enumerated() {
            let ending = Array(file.bytes[line.end..<nextLineStart(file, line)])
            if line.isTrivia, line.comment == nil {
                if wroteLine { pendingBlank = pendingBlank ?? ending }
                continue
            }
            if let blank = pendingBlank { content += blank }
            pendingBlank = nil
            let depth = outcome.depths[index] ?? depthOfNextContent(after: index, outcome: outcome)
            content += LineWriter.write(line, depth: depth, file: file, rewrites: outcome.rewrites)
            content += ending
            wroteLine = true
        }
        let bytes = Array(file.bytes[..<block.content.lowerBound]) + content + Array(file.bytes[block.content.upperBound...])
        return FormatResult(bytes: bytes, changed: bytes != file.bytes, diagnostics: [])
    }

    private static func nextLineStart(_ file: SourceFile, _ line: FrontMatterLine) -> Int {
        line.number < file.lineStarts.count ? file.lineStarts[line.number] : file.bytes.count
    }

    /// Comments take the depth of the next line with content (0 at the end of the block).
    private static func depthOfNextContent(after index: Int, outcome: FrontMatterParser.Outcome) -> Int {
        var i = index + 1
        while i < outcome.depths.count {
            if let d = outcome.depths[i] { return d }
            i += 1
        }
        return 0
    }
}
