/// Gives renderers the text of a source line (without its line ending), to quote it.
public protocol SourceLines: Sendable {
    /// The text of 1-based `line` in `file`, or `nil` when unknown.
    func text(ofLine line: Int, inFile file: String) -> String?
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
