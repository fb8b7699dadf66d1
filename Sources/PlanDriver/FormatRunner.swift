import Foundation
import PlanDiagnostics
import PlanSyntax

/// `rrp fmt`: rewrites front matter canonically, atomically, only when asked.
public enum FormatRunner {
    /// What formatting found.
    public struct Outcome: Sendable {
        /// Files whose front matter is not canonical (rewritten unless `check`).
        public var changedFiles: [String]
        /// Errors that prevented formatting a file, and I/O failures.
        public var report: CheckReport
        /// Temporaries that an interrupted `rrp fmt` left beside the chapters, removed (none
        /// with `check`).
        public var removedTemporaries: [String] = []
    }

    /// Formats every chapter named by `paths`. With `check`, writes nothing and lists the files
    /// that would change. Otherwise it first removes the temporaries an interrupted run left
    /// beside these chapters (`.NAME.rrp-XXXXXX` for a chapter NAME, ``AtomicFile``).
    public static func run(paths: [String], check: Bool, options: DiagnosticOptions = DiagnosticOptions()) -> Outcome {
        var engine = DiagnosticEngine(options: options)
        var sources = SourceFileTable()
        var changed: [String] = []
        let items = InputWalk.items(paths)
        let files = items.flatMap(\.files)
        for item in items { engine.emit(contentsOf: item.diagnostics) }
        let removed = check ? [] : removeAbandonedTemporaries(of: files.map(\.path))
        for file in files {
            let path = file.path
            let (chapter, diagnostics) = ChapterSource.read(file)
            engine.emit(contentsOf: diagnostics)
            sources.add(file)
            guard diagnostics.allSatisfy({ $0.severity != .error }) else { continue }
            let result = FrontMatterFormatter.format(chapter)
            engine.emit(contentsOf: result.diagnostics)
            guard let bytes = result.bytes, result.changed else { continue }
            changed.append(path)
            if check { continue }
            do {
                try AtomicFile.write(bytes, to: path)
            } catch {
                engine.emit(DriverRules.unwritable.diagnostic(
                    file: path,
                    summary: "Cannot write the formatted file",
                    explanation: "\(error) The original file is unchanged."
                ))
            }
        }
        return Outcome(changedFiles: changed, report: CheckReport(engine: engine, sources: sources, fileCount: files.count), removedTemporaries: removed)
    }

    /// Removes, in each folder of `chapters`, the abandoned temporaries of those chapters.
    private static func removeAbandonedTemporaries(of chapters: [String]) -> [String] {
        let byFolder = Dictionary(grouping: chapters) { ($0 as NSString).deletingLastPathComponent }
        return byFolder.keys.sorted().flatMap { folder in
            let names = Set(byFolder[folder]!.map { ($0 as NSString).lastPathComponent })
            return AtomicFile.removeAbandonedTemporaries(in: folder) { names.contains($0) }
        }
    }
}
