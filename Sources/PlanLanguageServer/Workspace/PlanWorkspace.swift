import Foundation
import PlanCompiler
import PlanDiagnostics
import PlanDriver
import PlanLint
import PlanModel
import PlanSyntax

/// One plan folder as the editor sees it: the files on disk (read once through ``InputWalk``)
/// with the open documents' text in their place, compiled and linted like `rrp check` does.
///
/// Incremental (``IncrementalCheck``): each file's parse (front matter and Markdown) and its
/// language findings are kept until the file changes; an edit re-parses only the edited file,
/// then resolves, consolidates and checks the whole plan again (cross-chapter findings follow
/// every edit, while each unchanged chapter's annotation and section findings are reused) and
/// re-lints only the files whose text, language or the plan's registry changed. Nothing is
/// ever written.
public final class PlanWorkspace {
    /// The plan folder, absolute, without a trailing slash.
    public let folder: String
    /// Every file of the plan by its name in the folder (`TCD/education.md`), open text first.
    public private(set) var files: [String: SourceFile] = [:]
    /// The current diagnostics, by file name; files without any are absent.
    public private(set) var diagnostics: [String: [Diagnostic]] = [:]
    /// The last compilation.
    public private(set) var compilation = PlanCompilation(plan: nil, files: [], diagnostics: [])

    private var disk: [String: SourceFile] = [:]
    private var diskDiagnostics: [Diagnostic] = []
    private var openText: [String: SourceFile] = [:]
    /// Each file's parse and language findings, kept until the file changes.
    private let incremental = IncrementalCheck()

    /// Reads the plan folder at `folder` and compiles it.
    public init(folder: String) {
        self.folder = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let input = InputWalk.folder(self.folder)
        diskDiagnostics = input.diagnostics
        for file in input.files {
            guard let source = SourceFile.decode(path: file.name, bytes: file.bytes).file else { continue }
            disk[file.name] = source
        }
        update()
    }

    /// The plan folder of the file at `path`: the nearest folder above it holding a `plan.md`,
    /// else the file's own folder.
    public static func folder(containing path: String) -> String {
        var url = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL
        let own = url.path
        while true {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("plan.md").path) { return url.path }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path || url.path == "/" { return own }
            url = parent
        }
    }

    /// The name in the folder of the file at absolute `path`, or `nil` when it lies outside.
    public func name(ofPath path: String) -> String? {
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        return standardized.hasPrefix(folder + "/") ? String(standardized.dropFirst(folder.count + 1)) : nil
    }

    /// The absolute path of the file named `name`.
    public func path(ofName name: String) -> String { folder + "/" + name }

    /// Holds `text` for `name` in place of the disk until ``close(_:)``.
    public func setText(_ text: String, of name: String) {
        openText[name] = SourceFile(path: name, text: text)
    }

    /// Returns `name` to its text on disk (read again: it may have been saved).
    public func close(_ name: String) {
        openText[name] = nil
        let input = InputWalk.file(path(ofName: name))
        if let file = input.file, let source = SourceFile.decode(path: name, bytes: file.bytes).file {
            disk[name] = source
        } else {
            disk[name] = nil
        }
    }

    /// Compiles and lints the plan again, re-parsing and re-linting only what changed.
    public func update() {
        var current = disk
        for (name, file) in openText { current[name] = file }
        files = current
        let checked = incremental.check(Array(current.values), folder: folder)
        compilation = checked.compilation
        var all = checked.diagnostics
        all += diskDiagnostics.filter { d in openText[name(ofDiagnosticFile: d.file) ?? ""] == nil }
        var byName: [String: [Diagnostic]] = [:]
        for d in all {
            guard let name = name(ofDiagnosticFile: d.file) else { continue }
            byName[name, default: []].append(d)
        }
        diagnostics = byName.mapValues { file in
            var sorted = file
            sorted.sortInPresentationOrder()
            return sorted
        }
    }

    /// The file name a diagnostic belongs to: a name in the folder as is, a path under the
    /// folder made relative, a finding about the folder itself on the plan file.
    private func name(ofDiagnosticFile file: String) -> String? {
        if file == folder || file == folder + "/" { return planFileName }
        if file.hasPrefix(folder + "/") { return String(file.dropFirst(folder.count + 1)) }
        return file.hasPrefix("/") ? nil : file
    }

    /// The name of the plan file (`plan.md` when none could be read).
    public var planFileName: String {
        for file in compilation.files { if case .plan = file.header { return file.source.file.name } }
        return "plan.md"
    }

    /// The parsed chapter named `name`.
    public func chapter(_ name: String) -> ChapterSource? { incremental.parsedFile(name)?.chapter }

    /// The typed header of `name`, when it parsed.
    public func header(_ name: String) -> ChapterHeader? { incremental.parsedFile(name)?.header }
}
