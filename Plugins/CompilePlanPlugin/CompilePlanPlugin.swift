import PackagePlugin

/// `swift package --allow-writing-to-package-directory compile-plan [--target T | --dir PATH]
/// [--out DIR] [rrp compile options]`: runs `rrp compile` on the plan folder. `--out` defaults
/// to `out` in the package folder; `--format`, `--templates`, `--country`, `--no-hxl` and
/// `--allow-raw-html` are passed to `rrp compile` as is.
@main
struct CompilePlanPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let plan = try PlanArguments(arguments, context: context)
        let out = plan.passThrough.contains { $0 == "--out" || $0.hasPrefix("--out=") } ? [] : ["--out", "out"]
        for path in plan.paths {
            try RRPLauncher.run(context, ["compile", path] + out + plan.passThrough)
        }
    }
}
