import Foundation
import PlanCompiler
import PlanDiagnostics
import PlanModel
import PlanRender
import PlanSyntax

/// The whole pipeline over files held in memory: load, compile and check, lint, and (for a plan
/// without errors) render every format with the default templates, `plan.json` included.
/// Nothing touches the disk. Used by the whole-pipeline fuzz target (Fuzz/Pipeline) and the
/// mutation test, which check ``violations`` after every run.
public enum InMemoryPipeline {
    /// What one run produced.
    public struct Run: Sendable {
        /// Every file given, decoded (files that are not UTF-8 are reported, not kept).
        public var files: [SourceFile]
        public var diagnostics: [Diagnostic]
        /// The rendered outputs; empty when the plan has errors or no plan file.
        public var outputs: [OutputFile]

        public init(files: [SourceFile], diagnostics: [Diagnostic], outputs: [OutputFile]) {
            self.files = files
            self.diagnostics = diagnostics
            self.outputs = outputs
        }
    }

    /// The templates of every run, loaded once.
    public static let templates: TemplateSet? = try? TemplateSet.load()

    /// Runs the pipeline over `files` (paths relative to the plan folder, raw bytes). A path
    /// given twice keeps its last bytes, as a folder on disk would after two writes.
    public static func run(_ files: [(path: String, bytes: [UInt8])]) -> Run {
        var decoded: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
        var last: [String: Int] = [:]
        for (i, file) in files.enumerated() { last[file.path] = i }
        for (i, file) in files.enumerated() where last[file.path] == i {
            let (source, d) = SourceFile.decode(path: file.path, bytes: file.bytes)
            diagnostics += d
            if let source { decoded.append(source) }
        }
        let options = RenderOptions()
        let compilation = PlanCompiler.compile(files: decoded, folder: RuleExample.folder, options: options.loadOptions(lint: true))
        diagnostics += compilation.diagnostics + PlanLinting.lint(compilation)
        var outputs: [OutputFile] = []
        if let plan = compilation.plan, !diagnostics.contains(where: { $0.severity == .error }), let templates {
            outputs = (try? PlanRenderer(templates: templates, options: options).render(plan)) ?? []
            outputs.append(OutputFile(name: "plan.json", bytes: PlanJSON.encode(plan)))
        }
        return Run(files: decoded, diagnostics: diagnostics, outputs: outputs)
    }

    /// What a run must never do, as sentences (empty when the run is sound): a diagnostic
    /// outside its file or with an ID no rule documents, a JSON output that does not parse, a
    /// number that is not finite in JSON or CSV, a CSV cell that a spreadsheet would run as a
    /// formula, a plan with errors that still produced documents.
    public static func violations(of run: Run) -> [String] {
        var found: [String] = []
        let byPath = Dictionary(run.files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        for d in run.diagnostics {
            if RuleCatalog.rule(d.id) == nil { found.append("\(d.id): no rule documents this ID") }
            guard let range = d.range, let file = byPath[d.file] else { continue }
            if range.start.offset > range.end.offset || range.end.offset > file.bytes.count {
                found.append("\(d.id) at \(d.file):\(range.start): range outside the file")
            } else if file.location(atOffset: range.start.offset) != range.start {
                found.append("\(d.id) at \(d.file):\(range.start): line and column disagree with the offset")
            }
        }
        if run.diagnostics.contains(where: { $0.severity == .error }) && !run.outputs.isEmpty {
            found.append("a plan with errors produced outputs")
        }
        for output in run.outputs {
            let bytes = output.bytes
            if output.name.hasSuffix(".json"), (try? JSONSerialization.jsonObject(with: Data(bytes))) == nil {
                found.append("\(output.name) is not valid JSON")
            }
            if output.name.hasSuffix(".json") || output.name.hasSuffix(".csv") {
                let text = String(decoding: bytes, as: UTF8.self)
                for word in ["inf", "nan", "Infinity", "NaN"] where Self.containsNumberWord(word, in: text) {
                    found.append("\(output.name) holds the number '\(word)'")
                }
            }
            if output.name.hasSuffix(".csv") {
                for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
                    for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                        let value = cell.hasPrefix("\"") ? cell.dropFirst() : cell
                        if let first = value.first, "=+@".contains(first) {
                            found.append("\(output.name): a cell starts with '\(first)' and would run as a formula")
                        }
                    }
                }
            }
        }
        return found
    }

    /// Whether `word` stands alone as a value in `text` (after `:` or `,`, before `,` `}` `]` or
    /// a line end), as a non-finite number would be written.
    static func containsNumberWord(_ word: String, in text: String) -> Bool {
        for separator in [":", ",", ": "] {
            for end in [",", "}", "]", "\n"] where text.contains(separator + word + end) { return true }
        }
        return false
    }
}
