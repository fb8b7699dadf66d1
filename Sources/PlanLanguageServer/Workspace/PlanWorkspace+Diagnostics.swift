import PlanDiagnostics
import PlanModel
import PlanSyntax

extension PlanWorkspace {
    /// The diagnostics of `name` as LSP publishes them, positions in UTF-16.
    public func lspDiagnostics(_ name: String, uri: (String) -> String) -> [LSPDiagnostic] {
        (diagnostics[name] ?? []).map { lspDiagnostic($0, in: name, uri: uri) }
    }

    func lspDiagnostic(_ d: Diagnostic, in name: String, uri: (String) -> String) -> LSPDiagnostic {
        let related = d.notes.compactMap { note -> LSPDiagnostic.RelatedInformation? in
            let file = note.file ?? name
            guard let range = note.range else { return nil }
            return LSPDiagnostic.RelatedInformation(location: Location(uri: uri(file), range: lspRange(range, in: file)), message: note.message)
        }
        let severity = switch d.severity {
        case .error: 1
        case .warning: 2
        case .note: 3
        }
        return LSPDiagnostic(
            range: d.range.map { lspRange($0, in: name) } ?? LSPRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0)),
            severity: severity, code: d.id.description, message: d.summary, relatedInformation: related.isEmpty ? nil : related
        )
    }

    /// `range` of the file `name` in LSP positions (the start of the file when it is unknown).
    func lspRange(_ range: SourceRange, in name: String) -> LSPRange {
        guard let file = files[name] else { return LSPRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0)) }
        return UTF16Positions.range(range, in: file)
    }

    /// A code action for every fix-it of every diagnostic of `name` that touches `range`.
    public func codeActions(_ name: String, range: LSPRange, uri: (String) -> String) -> [CodeAction] {
        var actions: [CodeAction] = []
        for d in diagnostics[name] ?? [] where !d.fixIts.isEmpty {
            let lsp = lspDiagnostic(d, in: name, uri: uri)
            guard lsp.range.overlaps(range) else { continue }
            for fix in d.fixIts {
                let edit = TextEdit(range: lspRange(fix.range, in: name), newText: fix.replacement)
                actions.append(CodeAction(title: fix.message, diagnostics: [lsp], edit: WorkspaceEdit(changes: [uri(name): [edit]])))
            }
        }
        return actions
    }
}
