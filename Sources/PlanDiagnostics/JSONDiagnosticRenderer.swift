import Foundation

/// Versioned JSON: `{"version": 1, "diagnostics": [...], "summary": {...}}` with sorted keys.
///
/// The schema is documented in docs/diagnostics.md. `version` changes only when a field is
/// removed or changes meaning; new fields may appear within a version.
public struct JSONDiagnosticRenderer: DiagnosticRenderer {
    /// The schema version this renderer writes.
    public static let schemaVersion = 1

    public init() {}

    private struct Document: Encodable {
        var version: Int
        var diagnostics: [Diagnostic]
        var summary: Summary
    }

    private struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var notes: Int
    }

    public func render(_ diagnostics: [Diagnostic], sources: any SourceLines) -> String {
        let doc = Document(
            version: Self.schemaVersion,
            diagnostics: diagnostics,
            summary: Summary(
                errors: diagnostics.count { $0.severity == .error },
                warnings: diagnostics.count { $0.severity == .warning },
                notes: diagnostics.count { $0.severity == .note }
            )
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail; an empty object keeps the output valid JSON.
        let data = (try? encoder.encode(doc)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
