import Foundation
import PlanCompiler
import PlanDiagnostics
import PlanLint
import PlanModel
import PlanSyntax

/// A plan folder checked again and again as its files change: by the language server after
/// every edit, by `rrp preview` after every save.
///
/// Each file's parse (front matter and Markdown) and its language findings are kept while its
/// name and bytes stay the same, so a check after one chapter changed parses and lints only
/// that chapter. The plan is then resolved, consolidated and checked as a whole, so findings
/// that span chapters follow every change; what an unchanged chapter derives from its parse
/// (its section tree, its annotation, its own section findings: ``ChapterDerived``) is reused.
/// The result is what ``PlanChecker/checkFolder(_:lint:options:funding:progress:forPublication:)``
/// finds in the same files. Safe from any thread (one check at a time).
public final class IncrementalCheck: @unchecked Sendable {
    /// What each file is parsed for (the HTML renderer's needs, say).
    public let options: LoadOptions
    /// Whether the language rules run.
    public let lints: Bool

    private let lock = NSLock()
    private var parsed: [String: PlanLoader.ParsedFile] = [:]
    private var lintFindings: [String: (language: String?, signed: Bool, diagnostics: [Diagnostic])] = [:]
    private var lintKey: LintKey?
    /// The linter of ``lintKey``: building one (its agency table) costs more than linting a chapter.
    private var linter: AgencyNeutralLinter?

    private struct LintKey: Equatable {
        var partners: [PartnerDeclaration]
        var settings: LintSettings
    }

    public init(options: LoadOptions = LoadOptions(), lint: Bool = true) {
        self.options = options
        self.lints = lint
    }

    /// Checks a plan folder as read by ``InputWalk`` (its reading errors first), reading the
    /// data files the plan file names inside it, as `rrp check` and `rrp compile` do.
    public func check(_ folder: InputFolder) -> PlanChecker.FolderCheck {
        guard folder.isReadable else {
            let compilation = PlanCompiler.compile(PlanSources(), diagnostics: folder.diagnostics, folder: folder.path)
            return PlanChecker.FolderCheck(compilation: compilation, diagnostics: compilation.diagnostics)
        }
        return check(folder.files, folder: folder.path, diagnostics: folder.diagnostics, readingDataFiles: true)
    }

    /// Checks `files`, whose names are inside the plan folder `folder` (which names the plan in
    /// folder-level diagnostics). `diagnostics` are added to the load's (a folder's reading
    /// errors). With `readingDataFiles`, the funding and progress files the plan file names are
    /// read inside `folder`.
    public func check(_ files: [SourceFile], folder: String, diagnostics: [Diagnostic] = [], readingDataFiles: Bool = false) -> PlanChecker.FolderCheck {
        lock.withLock {
            let sources = parse(files)
            let (loaded, loadDiagnostics) = PlanLoader.load(parsed: sources, folder: folder)
            let compilation = PlanCompiler.compile(loaded, diagnostics: diagnostics + loadDiagnostics, folder: readingDataFiles ? folder : nil)
            let findings = lints ? lint(compilation) : []
            return PlanChecker.FolderCheck(compilation: compilation, diagnostics: compilation.diagnostics + findings)
        }
    }

    /// The parse of every file in `files`, kept from the last check when its name and bytes
    /// are the same, otherwise made now (on every core). Forgets the files no longer there.
    private func parse(_ files: [SourceFile]) -> [PlanLoader.ParsedFile] {
        var missing: [SourceFile] = []
        var names = Set<String>()
        names.reserveCapacity(files.count)
        for file in files {
            names.insert(file.name)
            // The same bytes are usually the same storage (a file not read again): compared at once.
            if let old = parsed[file.name]?.chapter.file, old.path == file.path, old.bytes == file.bytes { continue }
            missing.append(file)
            lintFindings[file.name] = nil
        }
        let options = options
        for (file, parse) in zip(missing, ConcurrentMap.map(missing) { PlanLoader.parse($0, options: options) }) { parsed[file.name] = parse }
        if parsed.count > names.count {
            for name in parsed.keys where !names.contains(name) { parsed[name] = nil }
            for name in lintFindings.keys where !names.contains(name) { lintFindings[name] = nil }
        }
        return files.compactMap { parsed[$0.name] }
    }

    /// The language findings, from the cache for files whose text, language and voice (a signed
    /// message or not) did not change since the plan's registry and `lint:` settings last changed.
    private func lint(_ compilation: PlanCompilation) -> [Diagnostic] {
        let header = compilation.planHeader
        let key = LintKey(partners: header?.partners ?? [], settings: header?.lint ?? LintSettings())
        if key != lintKey || linter == nil {
            lintFindings = [:]
            lintKey = key
            linter = PlanLinting.linter(for: compilation)
        }
        guard let linter else { return [] }
        let stale = compilation.files.filter { file in
            guard let cached = lintFindings[file.source.file.name] else { return true }
            return cached.language != file.language || cached.signed != file.isSignedMessage
        }
        let fresh = ConcurrentMap.map(stale) { PlanLinting.lint($0, with: linter) }
        for (file, findings) in zip(stale, fresh) { lintFindings[file.source.file.name] = (file.language, file.isSignedMessage, findings) }
        return compilation.files.flatMap { lintFindings[$0.source.file.name]?.diagnostics ?? [] }
    }

    /// The parse of the file named `name`, as of the last check.
    public func parsedFile(_ name: String) -> PlanLoader.ParsedFile? {
        lock.withLock { parsed[name] }
    }
}
