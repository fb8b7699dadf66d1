import Foundation
import PlanDriver
import PlanSyntax

/// The `rrp lsp` server: reads framed JSON-RPC messages, answers requests, publishes
/// diagnostics. It holds one ``PlanWorkspace`` per plan folder with an open document.
///
/// Transport-free: ``receive(_:)`` takes bytes as they arrive and returns the bytes to write, so
/// tests drive it without a process. A malformed frame or message gets an error response and the
/// server goes on.
public final class LanguageServer {
    /// Whether `exit` was received, and the status to exit with (0 after `shutdown`, else 1).
    public private(set) var exitStatus: Int32?

    private var framer = MessageFramer()
    private var initialized = false
    private var shuttingDown = false
    private var workspaces: [String: PlanWorkspace] = [:]
    /// The URI the client used for each open file, by absolute path.
    private var openURIs: [String: String] = [:]
    /// What was last published per URI, so only changes are sent.
    private var published: [String: [LSPDiagnostic]] = [:]
    private var output: [UInt8] = []
    /// The files changed since the last compilation, by workspace folder.
    private var pending: [String: Set<String>] = [:]
    private let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return e
    }()

    public init() {}

    /// Handles the bytes read; returns the framed messages to write.
    public func receive(_ bytes: [UInt8]) -> [UInt8] {
        for frame in framer.feed(bytes) {
            switch frame {
            case .malformed(let reason):
                respond(nil, error: ResponseError(.parseError, "malformed message header: \(reason)"))
            case .message(let body):
                switch IncomingMessage.decode(body) {
                case .failure(let failed): respond(failed.id, error: failed.error)
                case .success(let message): handle(message)
                }
            }
        }
        flush()
        defer { output = [] }
        return output
    }

    private func handle(_ message: IncomingMessage) {
        guard let method = message.method else { return }  // A response to the server: nothing asked.
        do throws(ResponseError) {
            if let id = message.id {
                flush()
                try request(method, id: id, message)
            } else {
                try notification(method, message)
            }
        } catch {
            if let id = message.id { respond(id, error: error) }
        }
    }

    private func request(_ method: String, id: RequestID, _ message: IncomingMessage) throws(ResponseError) {
        if shuttingDown { throw ResponseError(.invalidRequestAfterShutdown, "the server is shutting down") }
        if method == "initialize" {
            initialized = true
            let result = InitializeResult(capabilities: ServerCapabilities(), serverInfo: .init(name: "rrp", version: RRPVersion.current))
            return respond(id, result: result)
        }
        guard initialized else { throw ResponseError(.serverNotInitialized, "initialize first") }
        switch method {
        case "shutdown":
            shuttingDown = true
            respond(id, result: Optional<Int>.none)
        case "textDocument/hover":
            let p = try message.params(TextDocumentPositionParams.self)
            respond(id, result: document(p.textDocument.uri).flatMap { $0.workspace.hover($0.name, at: p.position) })
        case "textDocument/completion":
            let p = try message.params(TextDocumentPositionParams.self)
            respond(id, result: document(p.textDocument.uri).map { $0.workspace.completion($0.name, at: p.position) } ?? [])
        case "textDocument/definition":
            let p = try message.params(TextDocumentPositionParams.self)
            respond(id, result: document(p.textDocument.uri).flatMap { d in d.workspace.definition(d.name, at: p.position, uri: uri(in: d.workspace)) })
        case "textDocument/references":
            let p = try message.params(ReferenceParams.self)
            let found = document(p.textDocument.uri).map { d in
                d.workspace.references(d.name, at: p.position, includeDeclaration: p.context?.includeDeclaration ?? false, uri: uri(in: d.workspace))
            }
            respond(id, result: found ?? [])
        case "textDocument/documentSymbol":
            let p = try message.params(DocumentParams.self)
            respond(id, result: document(p.textDocument.uri).map { $0.workspace.documentSymbols($0.name) } ?? [])
        case "textDocument/formatting":
            let p = try message.params(DocumentParams.self)
            respond(id, result: document(p.textDocument.uri).map { $0.workspace.formatting($0.name) } ?? [])
        case "textDocument/codeAction":
            let p = try message.params(CodeActionParams.self)
            respond(id, result: document(p.textDocument.uri).map { d in d.workspace.codeActions(d.name, range: p.range, uri: uri(in: d.workspace)) } ?? [])
        default:
            throw ResponseError(.methodNotFound, "method not supported: \(method)")
        }
    }

    private func notification(_ method: String, _ message: IncomingMessage) throws(ResponseError) {
        if method == "exit" {
            exitStatus = shuttingDown ? 0 : 1
            return
        }
        guard initialized else { return }
        switch method {
        case "textDocument/didOpen":
            let p = try message.params(DidOpenTextDocumentParams.self)
            change(p.textDocument.uri, text: p.textDocument.text, opening: true)
        case "textDocument/didChange":
            let p = try message.params(DidChangeTextDocumentParams.self)
            guard let d = document(p.textDocument.uri) else { return }
            var text = d.workspace.files[d.name].map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
            for change in p.contentChanges {
                guard let range = change.range else {
                    text = change.text
                    continue
                }
                let file = SourceFile(path: d.name, text: text)
                let start = UTF16Positions.offset(of: range.start, in: file)
                let end = max(start, UTF16Positions.offset(of: range.end, in: file))
                text = String(decoding: file.bytes[..<start] + Array(change.text.utf8) + file.bytes[end...], as: UTF8.self)
            }
            change(p.textDocument.uri, text: text, opening: false)
        case "textDocument/didSave":
            let p = try message.params(DidSaveTextDocumentParams.self)
            if let text = p.text { change(p.textDocument.uri, text: text, opening: false) }
        case "textDocument/didClose":
            let p = try message.params(DidCloseTextDocumentParams.self)
            guard let d = document(p.textDocument.uri) else { return }
            openURIs[d.workspace.path(ofName: d.name)] = nil
            d.workspace.close(d.name)
            pending[d.workspace.folder, default: []].insert(d.name)
        default:
            break  // initialized, $/cancelRequest, workspace notifications: nothing to do.
        }
    }

    /// Holds the new text of the document at `uri` and publishes what changed.
    private func change(_ uri: String, text: String, opening: Bool) {
        guard let path = Self.path(of: uri) else { return }
        let workspace = workspace(for: path)
        // Only Markdown files are chapters (as for `rrp check`); other files are not taken in.
        guard let name = workspace.name(ofPath: path), name.hasSuffix(".md") else { return }
        if opening { openURIs[workspace.path(ofName: name)] = uri }
        workspace.setText(text, of: name)
        pending[workspace.folder, default: []].insert(name)
    }

    /// Compiles the workspaces with changes not yet checked and publishes their diagnostics.
    /// Changes are held until the bytes read so far are handled or a request comes, so a burst
    /// of edits (fast typing) costs one compilation.
    private func flush() {
        for (folder, names) in pending.sorted(by: { $0.key < $1.key }) {
            guard let workspace = workspaces[folder] else { continue }
            workspace.update()
            publish(workspace, always: names)
        }
        pending = [:]
    }

    /// Publishes the diagnostics of every file of `workspace` whose diagnostics changed (an
    /// empty list clears a file's), and always those of the files `always` (the edited ones:
    /// the client learns its edit was checked).
    private func publish(_ workspace: PlanWorkspace, always: Set<String>) {
        let uriOf = uri(in: workspace)
        var names = Set(workspace.diagnostics.keys)
        names.formUnion(always)
        let prefix = URL(fileURLWithPath: workspace.folder).absoluteString
        for (uri, _) in published where uri.hasPrefix(prefix) {
            if let path = Self.path(of: uri), let name = workspace.name(ofPath: path) { names.insert(name) }
        }
        for name in names.sorted() {
            let uri = uriOf(name)
            let diagnostics = workspace.lspDiagnostics(name, uri: uriOf)
            let unchanged = published[uri] == diagnostics || (diagnostics.isEmpty && published[uri] == nil)
            if unchanged && !always.contains(name) { continue }
            published[uri] = diagnostics.isEmpty ? nil : diagnostics
            send(NotificationMessage(method: "textDocument/publishDiagnostics", params: PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: diagnostics)))
        }
    }

    private func document(_ uri: String) -> (workspace: PlanWorkspace, name: String)? {
        guard let path = Self.path(of: uri) else { return nil }
        let workspace = workspace(for: path)
        return workspace.name(ofPath: path).map { (workspace, $0) }
    }

    private func workspace(for path: String) -> PlanWorkspace {
        let folder = PlanWorkspace.folder(containing: path)
        if let existing = workspaces[folder] { return existing }
        let created = PlanWorkspace(folder: folder)
        workspaces[folder] = created
        return created
    }

    /// The URI of a file of `workspace`: the client's own for an open file.
    private func uri(in workspace: PlanWorkspace) -> (String) -> String {
        { [openURIs] name in
            let path = workspace.path(ofName: name)
            return openURIs[path] ?? URL(fileURLWithPath: path).absoluteString
        }
    }

    /// The absolute path of a `file:` URI.
    static func path(of uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.standardizedFileURL.path
    }

    private func respond<R: Encodable>(_ id: RequestID?, result: R) {
        send(ResponseMessage(id: id, result: result, error: nil))
    }

    private func respond(_ id: RequestID?, error: ResponseError) {
        send(ResponseMessage<Int>(id: id, result: nil, error: error))
    }

    private func send<M: Encodable>(_ message: M) {
        guard let data = try? encoder.encode(message) else { return }
        output += MessageFramer.frame(Array(data))
    }
}
