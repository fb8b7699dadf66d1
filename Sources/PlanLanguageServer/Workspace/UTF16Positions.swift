import PlanModel
import PlanSyntax

/// Converts between RRPKit's byte offsets (UTF-8) and LSP positions (0-based lines, UTF-16 code
/// units): the one conversion every feature of the server uses.
public enum UTF16Positions {
    /// The LSP position of byte `offset` of `file`.
    public static func position(atOffset offset: Int, in file: SourceFile) -> Position {
        let location = file.location(atOffset: min(max(offset, 0), file.bytes.count))
        let lineStart = file.lineStarts[location.line - 1]
        let end = max(min(location.offset, file.bytes.count), lineStart)
        let units = String(decoding: file.bytes[lineStart..<end], as: UTF8.self).utf16.count
        return Position(line: location.line - 1, character: units)
    }

    /// The LSP range of `range` in `file`.
    public static func range(_ range: SourceRange, in file: SourceFile) -> LSPRange {
        LSPRange(start: position(atOffset: range.start.offset, in: file), end: position(atOffset: range.end.offset, in: file))
    }

    /// The byte offset of `position` in `file`: a line past the end gives the end of the file,
    /// a character past the end of its line the end of the line (as LSP asks).
    public static func offset(of position: Position, in file: SourceFile) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < file.lineStarts.count else { return file.bytes.count }
        let content = file.contentBytes(ofLine: position.line + 1)
        var units = 0
        var offset = content.lowerBound
        for scalar in String(decoding: file.bytes[content], as: UTF8.self).unicodeScalars {
            if units >= position.character { break }
            units += scalar.utf16.count
            offset += scalar.utf8.count
        }
        return offset
    }
}
