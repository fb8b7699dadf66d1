/// Turns diagnostics into the text a person or a machine reads.
///
/// Renderers are pure: the same diagnostics give the same bytes.
public protocol DiagnosticRenderer: Sendable {
    func render(_ diagnostics: [Diagnostic], sources: any SourceLines) -> String
    /// The same output as UTF-8 bytes, for writing to a file or a stream (a renderer that
    /// builds bytes gives them without making a `String` of them first).
    func renderUTF8(_ diagnostics: [Diagnostic], sources: any SourceLines) -> [UInt8]
    /// The bytes of ``renderUTF8(_:sources:)`` in parts to be written one after the other: a
    /// renderer that renders slices of a long list on several cores hands them over without
    /// copying them into one buffer first.
    func renderUTF8Parts(_ diagnostics: [Diagnostic], sources: any SourceLines) -> [[UInt8]]
}

extension DiagnosticRenderer {
    public func renderUTF8(_ diagnostics: [Diagnostic], sources: any SourceLines) -> [UInt8] {
        Array(render(diagnostics, sources: sources).utf8)
    }

    /// The bytes in one part.
    public func renderUTF8Parts(_ diagnostics: [Diagnostic], sources: any SourceLines) -> [[UInt8]] {
        [renderUTF8(diagnostics, sources: sources)]
    }
}

/// The output formats every command that reports diagnostics accepts (`--format`).
public enum DiagnosticFormat: String, CaseIterable, Sendable, Codable {
    /// Human form: the source line with a caret under the range; colour only on a terminal.
    case text
    /// One line per diagnostic: `path:line:col: severity: summary [id]`.
    case line
    /// Versioned JSON (see docs/diagnostics.md).
    case json
    /// GitHub Actions workflow commands (`::error file=...`).
    case github
    /// SARIF 2.1.0, for code-scanning services.
    case sarif

    /// The renderer for this format.
    public func renderer(colour: Bool = false, toolVersion: String = "") -> any DiagnosticRenderer {
        switch self {
        case .text: TextDiagnosticRenderer(colour: colour)
        case .line: LineDiagnosticRenderer()
        case .json: JSONDiagnosticRenderer()
        case .github: GitHubDiagnosticRenderer()
        case .sarif: SARIFDiagnosticRenderer(toolVersion: toolVersion)
        }
    }
}
