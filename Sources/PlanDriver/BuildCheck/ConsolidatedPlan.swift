import PlanCompiler

/// The consolidated plan JSON that the PlanCheck build-tool plugin puts in a target's
/// resources (`rrp build-check --plan-json`): the same bytes `PlanJSON` gives `rrp compile`
/// (file paths in it are relative to the plan folder, however the folder is spelled).
public enum ConsolidatedPlan {
    /// The plan folder's consolidated JSON, or `nil` when the folder has errors (the check
    /// reports them).
    public static func json(folder: String) -> [UInt8]? {
        let compilation = PlanCompiler.compile(directory: folder)
        guard !compilation.hasErrors, let plan = compilation.plan else { return nil }
        return PlanJSON.encode(plan)
    }
}
