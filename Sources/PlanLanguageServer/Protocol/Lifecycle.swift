/// `initialize` params: only what the server reads (the client's other fields are ignored).
public struct InitializeParams: Codable, Sendable {
    public var rootUri: String?
}

/// `initialize` result: what the server provides.
public struct InitializeResult: Codable, Sendable {
    public var capabilities: ServerCapabilities
    public var serverInfo: ServerInfo

    public struct ServerInfo: Codable, Sendable {
        public var name: String
        public var version: String
    }
}

public struct ServerCapabilities: Codable, Sendable {
    public struct SyncOptions: Codable, Sendable {
        public var openClose = true
        /// 1: the client sends the whole document on every change.
        public var change = 1
        public var save = SaveOptions()
    }

    public struct SaveOptions: Codable, Sendable {
        public var includeText = false
    }

    public struct CompletionOptions: Codable, Sendable {
        public var triggerCharacters = [" ", ":"]
    }

    public struct CodeActionOptions: Codable, Sendable {
        public var codeActionKinds = ["quickfix"]
    }

    public var textDocumentSync = SyncOptions()
    public var hoverProvider = true
    public var completionProvider = CompletionOptions()
    public var definitionProvider = true
    public var referencesProvider = true
    public var documentSymbolProvider = true
    public var documentFormattingProvider = true
    public var codeActionProvider = CodeActionOptions()
}
