/// LSP 3.17 basic structures: positions count lines from 0 and characters in UTF-16 code units.
public struct Position: Codable, Hashable, Sendable, Comparable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (a: Position, b: Position) -> Bool { (a.line, a.character) < (b.line, b.character) }
}

/// A range of a document, end exclusive.
public struct LSPRange: Codable, Hashable, Sendable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    /// Whether `position` lies in the range (its end included, as a cursor after a word is on it).
    public func contains(_ position: Position) -> Bool { start <= position && position <= end }

    /// Whether the two ranges share a position.
    public func overlaps(_ other: LSPRange) -> Bool { start <= other.end && other.start <= end }
}

/// A range in a document.
public struct Location: Codable, Hashable, Sendable {
    public var uri: String
    public var range: LSPRange
}

public struct TextDocumentIdentifier: Codable, Hashable, Sendable {
    public var uri: String
}

public struct VersionedTextDocumentIdentifier: Codable, Hashable, Sendable {
    public var uri: String
    public var version: Int?
}

public struct TextDocumentItem: Codable, Hashable, Sendable {
    public var uri: String
    public var languageId: String?
    public var version: Int?
    public var text: String
}

/// Params of hover, definition and completion.
public struct TextDocumentPositionParams: Codable, Hashable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
}

/// A text replacement in a document.
public struct TextEdit: Codable, Hashable, Sendable {
    public var range: LSPRange
    public var newText: String
}

/// Edits to several documents, by URI.
public struct WorkspaceEdit: Codable, Hashable, Sendable {
    public var changes: [String: [TextEdit]]
}

/// Markdown shown by the client.
public struct MarkupContent: Codable, Hashable, Sendable {
    public var kind = "markdown"
    public var value: String
}
