/// A diagnostic as LSP publishes it. `code` is the rule ID (`rrp explain ID`).
public struct LSPDiagnostic: Codable, Hashable, Sendable {
    public var range: LSPRange
    /// 1 error, 2 warning, 3 information, 4 hint.
    public var severity: Int
    public var code: String
    public var source = "rrp"
    public var message: String
    public var relatedInformation: [RelatedInformation]?

    public struct RelatedInformation: Codable, Hashable, Sendable {
        public var location: Location
        public var message: String
    }
}

public struct PublishDiagnosticsParams: Codable, Sendable {
    public var uri: String
    public var version: Int?
    public var diagnostics: [LSPDiagnostic]
}

public struct Hover: Codable, Sendable {
    public var contents: MarkupContent
    public var range: LSPRange?
}

public struct CompletionItem: Codable, Hashable, Sendable {
    public var label: String
    /// LSP `CompletionItemKind`: 10 property (a key), 12 value, 18 reference, 21 constant.
    public var kind: Int
    public var detail: String?
    public var insertText: String?
}

public struct ReferenceParams: Codable, Sendable {
    public struct Context: Codable, Sendable {
        public var includeDeclaration: Bool
    }

    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public var context: Context?
}

public struct CodeActionParams: Codable, Sendable {
    public struct Context: Codable, Sendable {
        public var diagnostics: [LSPDiagnostic]?
    }

    public var textDocument: TextDocumentIdentifier
    public var range: LSPRange
    public var context: Context?
}

public struct CodeAction: Codable, Hashable, Sendable {
    public var title: String
    public var kind = "quickfix"
    public var diagnostics: [LSPDiagnostic]
    public var edit: WorkspaceEdit
}

/// A heading of a chapter, with the headings below it as children.
public struct DocumentSymbol: Codable, Hashable, Sendable {
    public var name: String
    /// LSP `SymbolKind`: 15 string (a heading), 19 object (the front matter).
    public var kind: Int
    public var range: LSPRange
    public var selectionRange: LSPRange
    public var children: [DocumentSymbol]
}

public struct DocumentParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
}
