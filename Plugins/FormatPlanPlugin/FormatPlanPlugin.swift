import PackagePlugin

/// `swift package --allow-writing-to-package-directory format-plan [--target T | --dir PATH]...
/// [--check]`: runs `rrp fmt` on the plan folders (`--check` lists the files it would change
/// and fails instead of rewriting them).
@main
struct FormatPlanPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let plan = try PlanArguments(arguments, context: context)
        try RRPLauncher.run(context, ["fmt"] + plan.paths + plan.passThrough)
    }
}
