import PlanDiagnostics
import PlanModel

/// Splits a file into front matter and body without interpreting either.
public enum FrontMatterLocator {
    /// Finds the front-matter block of `file`.
    ///
    /// An opening `---` without a closing one is a `syntax.unterminated-front-matter` error at the
    /// opening line; the file is then treated as having no body, so that the unclosed block is
    /// not misread as Markdown.
    public static func locate(in file: SourceFile) -> (layout: ChapterLayout, diagnostics: [Diagnostic]) {
        let noFrontMatter = ChapterLayout(frontMatter: nil, bodyStartOffset: file.lineStarts[0], bodyStartLine: 1)
        guard isDelimiter(file, line: 1) else { return (noFrontMatter, []) }
        let opening = lineRange(file, line: 1)
        let lineCount = file.lineCount
        var line = 2
        while line <= lineCount {
            if isDelimiter(file, line: line) {
                let contentStart = file.lineStarts[1]
                let contentEnd = file.lineStarts[line - 1]
                let bodyLine = line + 1
                let bodyOffset = bodyLine <= file.lineStarts.count ? file.lineStarts[bodyLine - 1] : file.bytes.count
                let block = FrontMatterBlock(
                    opening: opening,
                    closing: lineRange(file, line: line),
                    content: contentStart..<contentEnd,
                    firstContentLine: 2
                )
                return (ChapterLayout(frontMatter: block, bodyStartOffset: bodyOffset, bodyStartLine: bodyLine), [])
            }
            line += 1
        }
        let d = DSLRules.unterminatedFrontMatter.diagnostic(
            file: file.path,
            range: opening,
            summary: "Front matter opened here is never closed",
            fixIts: [FixIt("Insert a closing '---' line at the end of the file", range: SourceRange(at: file.location(atOffset: file.bytes.count)), replacement: file.bytes.last.map { $0 == 0x0A || $0 == 0x0D } == true ? "---\n" : "\n---\n")]
        )
        return (ChapterLayout(frontMatter: nil, bodyStartOffset: file.bytes.count, bodyStartLine: lineCount), [d])
    }

    private static func isDelimiter(_ file: SourceFile, line: Int) -> Bool {
        let bytes = file.contentBytes(ofLine: line)
        guard bytes.count >= 3 else { return false }
        let b = file.bytes
        guard b[bytes.lowerBound] == 0x2D, b[bytes.lowerBound + 1] == 0x2D, b[bytes.lowerBound + 2] == 0x2D else { return false }
        return b[(bytes.lowerBound + 3)..<bytes.upperBound].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    private static func lineRange(_ file: SourceFile, line: Int) -> SourceRange {
        let bytes = file.contentBytes(ofLine: line)
        return file.range(from: bytes.lowerBound, to: bytes.upperBound)
    }
}
