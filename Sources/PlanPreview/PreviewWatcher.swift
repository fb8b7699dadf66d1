import Foundation
import PlanDiagnostics

/// Watches the plan folder and rebuilds on every change, handing each build to the site. Runs
/// on a thread of its own: a build is synchronous work on every core, and waiting for the next
/// change blocks.
struct PreviewWatcher: Sendable {
    let compiler: PreviewCompiler
    let site: PreviewSite
    let log: @Sendable (String) -> Void

    /// Builds the plan, then waits for a change (a folder event, or the poll interval at the
    /// latest), rebuilds after each, until `stop` is set.
    func run(until stop: Locked<Bool>) {
        let options = compiler.options
        let events = FolderEvents()
        var detector = ChangeDetector(planDirectory: options.planDirectory, templatesDirectory: options.templates)
        var last = detector.snapshot()
        events.watch(last.folders)
        let (first, milliseconds) = Self.timed(compiler)
        if first.otherInputs != detector.files {
            detector.files = first.otherInputs
            last = detector.snapshot()
        }
        update(first)
        var printed = ""
        Self.report(first, milliseconds: milliseconds, printed: &printed, log: log)
        while !stop.value {
            events.wait(upTo: options.pollInterval)
            let now = detector.snapshot()
            events.watch(now.folders)
            guard now != last, !stop.value else { continue }
            last = now
            let (build, milliseconds) = Self.timed(compiler)
            if build.otherInputs != detector.files {
                detector.files = build.otherInputs
                last = detector.snapshot()
            }
            if update(build) { Self.report(build, milliseconds: milliseconds, printed: &printed, log: log) }
        }
    }

    /// Hands `build` to the site (its pages prepared here, on the watcher's thread); returns
    /// whether what is shown changed.
    @discardableResult
    private func update(_ build: PreviewBuild) -> Bool {
        let content = PreviewContent(build)
        let changed = Locked(false)
        let done = DispatchSemaphore(value: 0)
        Task { [site] in
            changed.value = await site.update(content)
            done.signal()
        }
        done.wait()
        return changed.value
    }

    /// A build and how long it took, in milliseconds.
    static func timed(_ compiler: PreviewCompiler) -> (PreviewBuild, Int) {
        let start = ContinuousClock.now
        let build = compiler.build()
        let elapsed = ContinuousClock.now - start
        return (build, Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000))
    }

    /// What a build found, for the terminal: the diagnostics (`path:line:col: ...`) when they
    /// differ from those `printed` last time, and a summary line.
    static func report(_ build: PreviewBuild, milliseconds: Int, printed: inout String, log: @Sendable (String) -> Void) {
        let lines = LineDiagnosticRenderer().render(build.diagnostics, sources: build.sources)
        if !lines.isEmpty && lines != printed { log(String(lines.dropLast(lines.hasSuffix("\n") ? 1 : 0))) }
        printed = lines
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
