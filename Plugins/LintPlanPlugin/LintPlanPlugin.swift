import PackagePlugin

/// `swift package lint-plan [--target T | --dir PATH]... [rrp lint options]`: runs `rrp lint`
/// on the plan folders; every other argument (`--format`, `--changed-since`, `--baseline`,
/// `--write-baseline`, `--severity`, `--warnings-as-errors`) is passed to `rrp lint` as is.
@main
struct LintPlanPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let plan = try PlanArguments(arguments, context: context)
        try RRPLauncher.run(context, ["lint"] + plan.paths + plan.passThrough)
    }
}
