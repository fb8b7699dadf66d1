import Foundation
import PackagePlugin

/// Build-tool plugin: `swift build` checks the Markdown chapters of the target that applies it.
///
/// One build command runs `rrp build-check --output <work>/plan-check.json --plan-json
/// <work>/plan.json <target folder>`. Its inputs are the target's Markdown files, so an
/// unchanged plan does not rerun; `rrp` prints `path:line:col: error: ...` lines with absolute
/// paths, and its non-zero exit status fails the build. The outputs, rewritten only when their
/// content changes, become resources of the target: the check report (rrp's versioned
/// diagnostics JSON) and the consolidated plan (docs/json-schema.md). All logic is in `rrp`;
/// this file only maps paths to arguments.
@main
struct PlanCheckPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let chapters = target.sourceFiles
            .map(\.url)
            .filter { ["md", "markdown"].contains($0.pathExtension.lowercased()) }
        guard !chapters.isEmpty else { return [] }
        let report = context.pluginWorkDirectoryURL.appending(path: "plan-check.json")
        let plan = context.pluginWorkDirectoryURL.appending(path: "plan.json")
        return [
            .buildCommand(
                displayName: "Checking plan chapters of \(target.name)",
                executable: try context.tool(named: "rrp").url,
                arguments: [
                    "build-check",
                    "--output", report.path(percentEncoded: false),
                    "--plan-json", plan.path(percentEncoded: false),
                    // `directoryURL` needs tools 6.1 (this package is 6.0): the Path's text.
                    String(describing: target.directory),
                ],
                inputFiles: chapters,
                outputFiles: [report, plan]
            ),
        ]
    }
}
