import PlanDiagnostics

/// What formatting one file gives: the new bytes of the whole file, or the diagnostics that
/// prevented formatting.
public struct FormatResult: Sendable, Hashable {
    /// The formatted file (front matter rewritten, body byte for byte), or `nil` when the file
    /// has errors and was left alone.
    public var bytes: [UInt8]?
    /// Whether `bytes` differ from the file as read.
    public var changed: Bool
    /// The errors that prevented formatting (empty when `bytes` is set).
    public var diagnostics: [Diagnostic]

    /// A result; `bytes` is `nil` when formatting was refused.
    public init(bytes: [UInt8]?, changed: Bool, diagnostics: [Diagnostic]) {
        self.bytes = bytes
        self.changed = changed
        self.diagnostics = diagnostics
    }
}
