import PlanDiagnostics
import PlanModel
import PlanRender

/// The page shown instead of the documents while the plan has errors: every diagnostic with its
/// place (`file:line:col`), severity, sentence and rule ID, the source line with the range
/// marked, the explanation, notes and fixes. Everything from the plan is escaped.
public enum DiagnosticsPage {
    /// The page for `build` (which has errors, or failed to render), marked with `version`.
    public static func render(_ build: PreviewBuild, version: String) -> [UInt8] {
        let labels = PreviewLabels.labels(build.language)
        let title = build.hasErrors ? labels["preview.errorsTitle"] : labels["preview.renderFailed"]
        var body = "<h1>\(HTMLEscape.escape(title))</h1>\n"
        body += "<p>\(HTMLEscape.escape(labels["preview.errorsIntro"]))</p>\n"
        if let failure = build.renderFailure, !build.hasErrors {
            body += "<pre class=\"failure\">\(HTMLEscape.escape(failure))</pre>\n"
        }
        // Errors first (what keeps the documents away), then the rest, each in file order.
        let ordered = build.diagnostics.filter { $0.severity == .error } + build.diagnostics.filter { $0.severity != .error }
        body += "<ol class=\"diagnostics\">\n"
        for diagnostic in ordered { body += item(diagnostic, sources: build.sources, labels: labels) }
        body += "</ol>\n"
        return PreviewPage.html(title: title, language: build.language, body: body, version: version)
    }

    /// One diagnostic as a list item.
    static func item(_ d: Diagnostic, sources: any SourceLines, labels: Labels) -> String {
        let severity = d.severity.rawValue
        var out = "<li class=\"\(severity)\">\n<p class=\"where\"><code>\(HTMLEscape.escape(LineDiagnosticRenderer.location(file: d.file, range: d.range)))</code> "
        out += "<span class=\"severity\">\(HTMLEscape.escape(labels["preview.\(severity)"]))</span> "
        out += "<strong>\(HTMLEscape.escape(d.summary))</strong> <span class=\"id\">[\(HTMLEscape.escape(d.id.rawValue))]</span></p>\n"
        if let range = d.range, let quote = sources.withBytes(ofLine: range.start.line, inFile: d.file, { quoted($0, range: range) }) {
            out += quote
        }
        if let explanation = d.explanation {
            out += "<details class=\"explanation\"><summary>\(HTMLEscape.escape(labels["preview.why"]))</summary><p>\(HTMLEscape.escape(explanation))</p></details>\n"
        }
        if !d.notes.isEmpty || !d.fixIts.isEmpty {
            out += "<ul class=\"notes\">\n"
            for note in d.notes {
                let place = note.range.map { " (" + LineDiagnosticRenderer.location(file: note.file ?? d.file, range: $0).dropLast() + ")" } ?? ""
                out += "<li>\(HTMLEscape.escape(labels["preview.note"])): \(HTMLEscape.escape(note.message + place))</li>\n"
            }
            for fix in d.fixIts {
                out += "<li>\(HTMLEscape.escape(labels["preview.fix"])): \(HTMLEscape.escape(fix.message))</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</li>\n"
    }

    /// The source line with the range marked (to the line's end when the range goes on).
    /// Columns are UTF-8 byte columns; a column inside a character moves to its start.
    static func quoted(_ bytes: UnsafeBufferPointer<UInt8>, range: SourceRange) -> String {
        let count = bytes.count
        func scalarStart(_ i: Int) -> Int { TextDiagnosticRenderer.scalarStart(min(max(i, 0), count), in: bytes) }
        let start = scalarStart(range.start.column - 1)
        let end = range.end.line == range.start.line ? max(scalarStart(range.end.column - 1), start) : count
        func text(_ r: Range<Int>) -> String { HTMLEscape.escape(String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)) }
        let marked = start == end ? "<mark> </mark>" : "<mark>\(text(start..<end))</mark>"
        return "<pre class=\"source\"><span class=\"gutter\">\(range.start.line) | </span>\(text(0..<start))\(marked)\(text(end..<count))</pre>\n"
    }
}
