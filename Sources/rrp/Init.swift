import ArgumentParser
import Foundation
import PlanDriver

/// `rrp init PATH`: scaffolds a plan repository that builds, lints and compiles at once.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a plan repository: Package.swift, a plan folder, .gitignore and a CI workflow.",
        discussion: """
            Without --rrpkit-path or --rrpkit-url, Package.swift points at the RRPKit checkout this \
            rrp was built in, when there is one, and otherwise at a release URL to edit. \
            Existing files are never overwritten: rrp init lists them and writes nothing.
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
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
            FileHandle.standardError.write(Data("rrp init: error: \(path) is a file, not a folder; nothing was written\n".utf8))
            throw ExitCode(1)
        }
        let dependency = resolvedDependency()
        let scaffold = Scaffold(packageName: Scaffold.packageName(forFolder: path), dependency: dependency)
        switch try scaffold.write(to: path) {
        case .refused(let existing):
            let list = existing.map { "  \((path as NSString).appendingPathComponent($0))" }.joined(separator: "\n")
            FileHandle.standardError.write(Data("rrp init: error: these files exist already, nothing was written:\n\(list)\n".utf8))
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
