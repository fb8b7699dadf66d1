import PlanModel

/// `path:line:col: severity: summary [id]`, one diagnostic per line: the form SwiftPM, editors
/// and CI problem matchers read. Notes follow as `path:line:col: note: ...` lines.
public struct LineDiagnosticRenderer: DiagnosticRenderer {
    public init() {}

    /// Written into one UTF-8 buffer (a team's first lint prints tens of thousands of lines:
    /// appending to a growing `String` piece by piece cost more than the linting of a chapter).
    public func render(_ diagnostics: [Diagnostic], sources: any SourceLines) -> String {
        String(decoding: renderUTF8(diagnostics, sources: sources), as: UTF8.self)
    }

    public func renderUTF8(_ diagnostics: [Diagnostic], sources: any SourceLines) -> [UInt8] {
        SlicedRendering.render(diagnostics) { Self.renderSlice($0) }
    }

    /// ``renderUTF8(_:sources:)`` as the slices rendered on each core (see ``SlicedRendering``).
    public func renderUTF8Parts(_ diagnostics: [Diagnostic], sources: any SourceLines) -> [[UInt8]] {
        SlicedRendering.renderParts(diagnostics) { Self.renderSlice($0) }
    }

    private static func renderSlice(_ diagnostics: ArraySlice<Diagnostic>) -> [UInt8] {
        var out = UTF8Buffer(capacity: diagnostics.count * 192)
        for d in diagnostics {
            location(file: d.file, range: d.range, into: &out)
            out.append(literal: " ")
            out.append(d.severity.rawValue)
            out.append(literal: ": ")
            out.append(d.summary)
            out.append(literal: " [")
            out.append(d.id.rawValue)
            out.append(literal: "]\n")
            for note in d.notes {
                location(file: note.file ?? d.file, range: note.range ?? d.range, into: &out)
                out.append(literal: " note: ")
                out.append(note.message)
                out.append(literal: "\n")
            }
        }
        return out.bytes
    }

    /// `path:line:col:`, or `path:` when there is no range.
    public static func location(file: String, range: SourceRange?) -> String {
        var out = UTF8Buffer(capacity: file.utf8.count + 16)
        location(file: file, range: range, into: &out)
        return out.string
    }

    /// Writes `path:line:col:`, or `path:` when there is no range.
    static func location(file: String, range: SourceRange?, into out: inout UTF8Buffer) {
        out.append(file)
        out.append(literal: ":")
        guard let range else { return }
        out.append(range.start.line)
        out.append(literal: ":")
        out.append(range.start.column)
        out.append(literal: ":")
    }
}
