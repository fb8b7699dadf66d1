import Foundation
import PlanDiagnostics

/// Polls the plan folder and rebuilds on every change, handing each build to the site.
struct PreviewWatcher: Sendable {
    let compiler: PreviewCompiler
    let site: PreviewSite
    let log: @Sendable (String) -> Void

    /// Builds the plan, then polls every `options.pollInterval` and rebuilds after each change,
    /// until cancelled.
    func run() async {
        let options = compiler.options
        var detector = ChangeDetector(planDirectory: options.planDirectory, templatesDirectory: options.templates)
        var last = detector.snapshot()
        let (first, milliseconds) = await Self.build(compiler)
        detector.files = first.otherInputs
        if !first.otherInputs.isEmpty { last = detector.snapshot() }
        await site.update(first)
        Self.report(first, milliseconds: milliseconds, log: log)
        while !Task.isCancelled {
            try? await Task.sleep(for: options.pollInterval)
            let now = detector.snapshot()
            guard now != last else { continue }
            last = now
            let (build, milliseconds) = await Self.build(compiler)
            if build.otherInputs != detector.files {
                detector.files = build.otherInputs
                last = detector.snapshot()
            }
            if await site.update(build) { Self.report(build, milliseconds: milliseconds, log: log) }
        }
    }

    /// Builds on a thread of its own (a compile uses every core and blocks), timed.
    static func build(_ compiler: PreviewCompiler) async -> (PreviewBuild, Int) {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let start = ContinuousClock.now
                let build = compiler.build()
                let elapsed = ContinuousClock.now - start
                continuation.resume(returning: (build, Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)))
            }
        }
    }

    /// What a build found, for the terminal: the diagnostics (`path:line:col: ...`) and a
    /// summary line.
    static func report(_ build: PreviewBuild, milliseconds: Int, log: @Sendable (String) -> Void) {
        let lines = LineDiagnosticRenderer().render(build.diagnostics, sources: build.sources)
        if !lines.isEmpty { log(String(lines.dropLast(lines.hasSuffix("\n") ? 1 : 0))) }
        let files = "\(build.fileCount) file\(build.fileCount == 1 ? "" : "s") read in \(milliseconds) ms"
        if build.showsDocuments {
            log("rrp: \(build.documents.count) document\(build.documents.count == 1 ? "" : "s") updated (\(files))")
        } else if let failure = build.renderFailure, !build.hasErrors {
            log("rrp: error: \(failure) (\(files)): the page shows it")
        } else {
            let errors = build.diagnostics.count { $0.severity == .error }
            log("rrp: the plan has \(errors) error\(errors == 1 ? "" : "s") (\(files)): the page shows \(errors == 1 ? "it" : "them")")
        }
    }
}
