import Foundation
import PlanCompiler

/// The consolidated plan JSON that the PlanCheck build-tool plugin puts in a target's
/// resources (`rrp build-check --plan-json`): the same bytes `PlanJSON` gives `rrp compile`.
public enum ConsolidatedPlan {
    /// The plan folder's consolidated JSON, or `nil` when the folder has errors (the check
    /// reports them). With `root` (a folder that holds `folder`), the plan is compiled from
    /// `root` as the current folder, so the file paths in the JSON are relative to it, as
    /// `rrp compile` run there writes them; the process's current folder is changed.
    public static func json(folder: String, relativeTo root: String? = nil) -> [UInt8]? {
        var path = folder
        if let root {
            let prefix = root.hasSuffix("/") ? root : root + "/"
            if folder.hasPrefix(prefix), FileManager.default.changeCurrentDirectoryPath(root) {
                path = String(folder.dropFirst(prefix.count))
            }
        }
        let compilation = PlanCompiler.compile(directory: path)
        guard !compilation.hasErrors, let plan = compilation.plan else { return nil }
        return PlanJSON.encode(plan)
    }
}
