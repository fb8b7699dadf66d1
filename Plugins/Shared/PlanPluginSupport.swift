import Foundation
import PackagePlugin

// Shared by the command plugins through symbolic links (a plugin target cannot depend on a
// library). It only maps plugin arguments to `rrp` arguments and runs the tool.

/// The plan folders a command plugin works on, and the arguments it passes through to `rrp`.
struct PlanArguments {
    /// Paths relative to the package folder (rrp runs there, so diagnostics and GitHub
    /// annotations carry repository-relative paths).
    var paths: [String]
    /// Every argument that is not `--target` or `--dir`, in order.
    var passThrough: [String]

    /// Reads `--target NAME` and `--dir PATH` (both repeatable). Without either: every target
    /// that holds Markdown files. A package with no such target must name a folder with `--dir`.
    init(_ arguments: [String], context: PluginContext) throws {
        var extractor = ArgumentExtractor(arguments)
        // Placed after the verb, SwiftPM passes this on to the plugin as well: drop it.
        _ = extractor.extractFlag(named: "allow-writing-to-package-directory")
        let targetNames = extractor.extractOption(named: "target")
        let dirs = extractor.extractOption(named: "dir")
        passThrough = extractor.remainingArguments
        let targets: [SourceModuleTarget]
        if targetNames.isEmpty && dirs.isEmpty {
            targets = context.package.targets.compactMap { $0 as? SourceModuleTarget }.filter(Self.holdsChapters)
            guard !targets.isEmpty else { throw PlanPluginError.noPlan }
        } else {
            targets = try context.package.targets(named: targetNames).compactMap { $0 as? SourceModuleTarget }
        }
        let root = context.package.directoryURL.path(percentEncoded: false)
        // `Target.directoryURL` needs tools 6.1 (this package is 6.0): read the Path's text.
        paths = targets.map { Self.relative(String(describing: $0.directory), to: root) } + dirs
    }

    /// Whether `target` has Markdown files among its sources.
    static func holdsChapters(_ target: SourceModuleTarget) -> Bool {
         target.sourceFiles.contains { ["md", "markdown"].contains($0.url.pathExtension.lowercased()) }
    }

    /// `path` relative to `root` when it lies below it, else unchanged.
    static func relative(_ path: String, to root: String) -> String {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard path.hasPrefix(prefix) else { return path }
        let rest = String(path.dropFirst(prefix.count))
        return rest.hasSuffix("/") ? String(rest.dropLast()) : rest
    }
}

/// Runs `rrp` in the package folder with the plugin's standard input, output and error.
enum RRPLauncher {
    static func run(_ context: PluginContext, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = try context.tool(named: "rrp").url
        process.arguments = arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PlanPluginError.failed(arguments.first ?? "rrp", process.terminationStatus)
        }
    }
}

/// Why a command plugin stopped; SwiftPM prints the description and exits 1.
enum PlanPluginError: Error, CustomStringConvertible {
    case noPlan
    case failed(String, Int32)

    var description: String {
        switch self {
        case .noPlan:
            "no target of this package holds Markdown chapters: name a plan folder with --dir PATH (or a target with --target NAME)"
        case .failed(let subcommand, let status):
            "rrp \(subcommand) exited with status \(status) (its own output above says why)"
        }
    }
}
