import ArgumentParser
import Foundation
import PlanDriver

/// `rrp init PATH`: scaffolds a plan repository that builds, lints and compiles at once.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a plan repository: Package.swift, a plan folder, .gitignore, a CI workflow and the VS Code recommendation.",
        discussion: """
            Without --rrpkit-path or --rrpkit-url, Package.swift points at the RRPKit checkout this \
            rrp was built in, when there is one, and otherwise at a release URL to edit. \
            Existing files are never overwritten: rrp init checks every name first (a symbolic \
            link counts as existing, even one that points nowhere), lists those in the way and \
            writes nothing.
            """
    )

    @Argument(help: "The folder of the new repository (created when missing).")
    var path: String

    @Option(name: .long, help: "A local RRPKit checkout: Package.swift uses .package(name: \"RRPKit\", path: ...).")
    var rrpkitPath: String?

    @Option(name: .long, help: "The git URL of an RRPKit release.")
    var rrpkitUrl: String?

    @Option(name: .long, help: "The lowest RRPKit version to accept with --rrpkit-url.")
    var rrpkitVersion = RRPVersion.current

    func validate() throws {
        if rrpkitPath != nil && rrpkitUrl != nil { throw ValidationError("Give --rrpkit-path or --rrpkit-url, not both.") }
    }

    func run() throws {
        let dependency = resolvedDependency()
        let scaffold = Scaffold(packageName: Scaffold.packageName(forFolder: path), dependency: dependency)
        switch scaffold.write(to: path) {
        case .notAFolder(let what):
            FileHandle.standardError.write(Data("rrp init: error: \(path) \(what); nothing was written\n".utf8))
            throw ExitCode(1)
        case .refused(let existing):
            let list = existing.map { relative in
                let full = (path as NSString).appendingPathComponent(relative)
                return "  " + full + (Scaffold.description(ofExisting: full).map { " (\($0))" } ?? "")
            }.joined(separator: "\n")
            FileHandle.standardError.write(Data("rrp init: error: these files exist already, nothing was written:\n\(list)\n".utf8))
            throw ExitCode(1)
        case .failed(let file, let reason):
            FileHandle.standardError.write(Data("rrp init: error: cannot write \(file): \(reason); nothing was written\n".utf8))
            throw ExitCode(1)
        case .written(let files):
            for file in files { print("created \((path as NSString).appendingPathComponent(file))") }
            if dependency == RRPKitDependency.placeholder {
                print("note: edit the RRPKit URL in Package.swift (or rerun with --rrpkit-path) before building")
            }
            print("next: cd \(path) && swift build && swift package lint-plan")
        }
    }

    private func resolvedDependency() -> RRPKitDependency {
        if let rrpkitPath { return .path(absolute(rrpkitPath)) }
        if let rrpkitUrl { return .release(url: rrpkitUrl, from: rrpkitVersion) }
        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        return RRPKitDependency.checkout(containing: executable).map(RRPKitDependency.path) ?? .placeholder
    }

    private func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL.path
    }
}
