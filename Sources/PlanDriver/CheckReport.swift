import PlanDiagnostics

/// What a command found: the diagnostics after options were applied, and the source lines to
/// quote them.
public struct CheckReport: Sendable {
    public let engine: DiagnosticEngine
    /// The engine's diagnostics in presentation order, sorted once (a first lint can hold tens
    /// of thousands).
    public let diagnostics: [Diagnostic]
    public var sources: any SourceLines
    /// How many files were read.
    public var fileCount: Int

    public init(engine: consuming DiagnosticEngine, sources: any SourceLines, fileCount: Int) {
        engine.arrange()
        self.diagnostics = engine.diagnostics
        self.engine = engine
        self.sources = sources
        self.fileCount = fileCount
    }

    /// "3 files checked: 1 error, 2 warnings".
    public var summaryLine: String {
        "\(fileCount) file\(fileCount == 1 ? "" : "s") checked: \(DiagnosticEngine.summaryLine(of: diagnostics))"
    }

    public var hasErrors: Bool { engine.hasErrors }

    /// The diagnostics rendered in `format`.
    public func render(_ format: DiagnosticFormat, colour: Bool = false) -> String {
        renderer(format, colour: colour).render(diagnostics, sources: sources)
    }

    /// ``render(_:colour:)`` as UTF-8 bytes, for standard output or a file.
    public func renderUTF8(_ format: DiagnosticFormat, colour: Bool = false) -> [UInt8] {
        renderer(format, colour: colour).renderUTF8(diagnostics, sources: sources)
    }

    /// ``renderUTF8(_:colour:)`` in parts to be written one after the other (a long report's
    /// slices are not copied into one buffer).
    public func renderUTF8Parts(_ format: DiagnosticFormat, colour: Bool = false) -> [[UInt8]] {
        renderer(format, colour: colour).renderUTF8Parts(diagnostics, sources: sources)
    }

    private func renderer(_ format: DiagnosticFormat, colour: Bool) -> any DiagnosticRenderer {
        switch format {
        case .sarif: SARIFDiagnosticRenderer(toolVersion: RRPVersion.current, rules: RuleCatalog.all)
        default: format.renderer(colour: colour, toolVersion: RRPVersion.current)
        }
    }
}
