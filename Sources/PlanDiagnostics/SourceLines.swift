/// Gives renderers the text of a source line (without its line ending), to quote it.
public protocol SourceLines: Sendable {
    /// The text of 1-based `line` in `file`, or `nil` when unknown.
    func text(ofLine line: Int, inFile file: String) -> String?

    /// Calls `body` with the UTF-8 bytes of 1-based `line` in `file` (without its line ending),
    /// or returns `nil` when the line is unknown. Renderers that look at a part of a long line
    /// use this: a source that holds the file's bytes lends them without copying the line.
    func withBytes<R>(ofLine line: Int, inFile file: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R?
}

extension SourceLines {
    /// Lends the bytes of ``text(ofLine:inFile:)``.
    public func withBytes<R>(ofLine line: Int, inFile file: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard var text = text(ofLine: line, inFile: file) else { return nil }
        return text.withUTF8(body)
    }
}

/// Source lines held in memory, keyed by the path used in diagnostics.
public struct SourceLineTable: SourceLines {
    private var lines: [String: [String]]

    public init(_ lines: [String: [String]] = [:]) {
        self.lines = lines
    }

    public mutating func add(file: String, lines fileLines: [String]) {
        lines[file] = fileLines
    }

    public func text(ofLine line: Int, inFile file: String) -> String? {
        guard let fileLines = lines[file], line >= 1, line <= fileLines.count else { return nil }
        return fileLines[line - 1]
    }
}
