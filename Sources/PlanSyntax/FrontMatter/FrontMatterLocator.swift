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
        guard isDelimiter(file, line: 1) else {
            guard let late = lateOpening(in: file) else { return (noFrontMatter, []) }
            return (late.layout, [late.diagnostic])
        }
        let opening = lineRange(file, line: 1)
        if let layout = block(in: file, opening: opening, openingLine: 1) { return (layout, []) }
        let d = DSLRules.unterminatedFrontMatter.diagnostic(
            file: file.path,
            range: opening,
            summary: "Front matter opened here is never closed",
            fixIts: [FixIt("Insert a closing '---' line at the end of the file", range: SourceRange(at: file.location(atOffset: file.bytes.count)), replacement: file.bytes.last.map { $0 == 0x0A || $0 == 0x0D } == true ? "---\n" : "\n---\n")]
        )
        return (ChapterLayout(frontMatter: nil, bodyStartOffset: file.bytes.count, bodyStartLine: file.lineCount), [d])
    }

    /// The layout of a block opened by `opening` on `openingLine` and closed by the next `---`
    /// line; `nil` when no line closes it.
    private static func block(in file: SourceFile, opening: SourceRange, openingLine: Int) -> ChapterLayout? {
        var line = openingLine + 1
        while line <= file.lineCount {
            if isDelimiter(file, line: line) {
                let contentStart = file.lineStarts[openingLine]
                let contentEnd = file.lineStarts[line - 1]
                let bodyLine = line + 1
                let bodyOffset = bodyLine <= file.lineStarts.count ? file.lineStarts[bodyLine - 1] : file.bytes.count
                let block = FrontMatterBlock(
                    opening: opening,
                    closing: lineRange(file, line: line),
                    content: contentStart..<contentEnd,
                    firstContentLine: openingLine + 1
                )
                return ChapterLayout(frontMatter: block, bodyStartOffset: bodyOffset, bodyStartLine: bodyLine)
            }
            line += 1
        }
        return nil
    }

    /// A front matter that blank lines or extra byte-order marks push off the first line: a
    /// `syntax.front-matter-not-at-start` error (with a fix-it removing them), and the layout as
    /// if they were not there, so the chapter is still read and its data still checked.
    ///
    /// Only a block that is closed and whose first line of content is a `key:` counts, so a note
    /// that opens with a blank line and a thematic break stays a file without front matter.
    private static func lateOpening(in file: SourceFile) -> (layout: ChapterLayout, diagnostic: Diagnostic)? {
        let b = file.bytes
        let start = file.lineStarts[0]
        var at = start
        var marks = 0
        while at < b.count {
            if b[at] == 0x20 || b[at] == 0x09 || b[at] == 0x0A || b[at] == 0x0D {
                at += 1
            } else if at + 2 < b.count, b[at] == 0xEF, b[at + 1] == 0xBB, b[at + 2] == 0xBF {
                at += 3
                marks += 1
            } else {
                break
            }
        }
        let openingLine = file.location(atOffset: at).line
        guard at > start, at + 3 <= b.count, b[at] == 0x2D, b[at + 1] == 0x2D, b[at + 2] == 0x2D else { return nil }
        let lineEnd = file.contentBytes(ofLine: openingLine).upperBound
        guard b[(at + 3)..<lineEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 }),
              let layout = block(in: file, opening: file.range(from: at, to: lineEnd), openingLine: openingLine),
              let content = layout.frontMatter?.content, startsWithKey(b[content]) else { return nil }
        let blankLines = openingLine - 1
        let what = [
            blankLines > 0 ? "\(blankLines) blank line\(blankLines == 1 ? "" : "s")" : nil,
            marks > 0 ? "\(marks == 1 ? "an extra byte-order mark" : "\(marks) extra byte-order marks")" : nil,
        ].compactMap { $0 }.joined(separator: " and ")
        let prefix = file.range(from: start, to: at)
        let diagnostic = DSLRules.frontMatterNotAtStart.diagnostic(
            file: file.path,
            range: prefix,
            summary: "Front matter must start on the first line: \(what) come\(blankLines + marks == 1 ? "s" : "") before '---'",
            fixIts: [FixIt("Remove what comes before '---'", range: prefix, replacement: "")]
        )
        return (layout, diagnostic)
    }

    /// Whether the first line of `content` that is neither blank nor a comment starts with a key
    /// (`chapter:`, `plan:`...).
    private static func startsWithKey(_ content: ArraySlice<UInt8>) -> Bool {
        var lines = content.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }).lazy
            .map { $0.drop { $0 == 0x20 || $0 == 0x09 } }
            .filter { !$0.isEmpty && $0.first != 0x23 }
            .makeIterator()
        guard let line = lines.next() else { return false }
        let key = line.prefix { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F }
        return !key.isEmpty && line.dropFirst(key.count).first == 0x3A
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
