import Foundation
import TestSupport

/// Runs `swift build` / `swift package ...` on a fixture package from inside `swift test`.
///
/// Every run uses one scratch path, `.build-fixture` in the RRPKit checkout (gitignored), so
/// RRPKit's `rrp` is built once for all fixture packages, never in the outer build's `.build`
/// (whose lock `swift test` holds). Each run is wrapped in `timeout`; stdout and stderr share
/// one pipe, read to its end before waiting for the exit status.
enum NestedSwift {
    struct Result {
        var status: Int32
        var output: String
        var seconds: Double
    }

    static let scratchPath = PackagePaths.path(".build-fixture")
    /// A cold build of RRPKit's tool on a 2-core machine takes 20-90 s; leave room.
    static let timeoutSeconds = 900

    /// A fixture package in Tests/Fixtures/Packages.
    static func fixture(_ name: String) -> String {
        PackagePaths.path("Tests/Fixtures/Packages/\(name)")
    }

    /// `swift build ARGS --scratch-path ...` in `directory`.
    static func build(_ arguments: [String] = [], in directory: String) throws -> Result {
        try run(["build", "--scratch-path", scratchPath] + arguments, in: directory)
    }

    /// `swift package --scratch-path ... [--allow-writing-to-package-directory] VERB ARGS`.
    static func package(_ verb: String, _ arguments: [String] = [], allowWriting: Bool = false, in directory: String) throws -> Result {
        let permission = allowWriting ? ["--allow-writing-to-package-directory"] : []
        return try run(["package", "--scratch-path", scratchPath] + permission + [verb] + arguments, in: directory)
    }

    /// Runs `swift` once; when SwiftPM reuses a stale build plan (RRPKit lost a source file since
    /// the scratch path was last planned: "couldn't build ... because of missing inputs"), it
    /// touches the package's manifest, which makes SwiftPM plan again, and runs once more.
    ///
    /// SwiftPM itself (not a tool it runs) sometimes crashes in libdispatch's event loop on this
    /// machine (signal 11 in `_dispatch_event_loop_drain`, its main thread named `swift-package`
    /// or `swift-build` in the backtrace): such a run says nothing about RRPKit and is run once
    /// more. A crash of `rrp` under a plugin names `rrp` and is returned as it is.
    static func run(_ swiftArguments: [String], in directory: String) throws -> Result {
        let first = try runOnce(swiftArguments, in: directory)
        guard first.status != 0 else { return first }
        if first.output.contains("because of missing inputs") {
            print("nested swift: stale build plan in \(scratchPath); touching Package.swift and running again")
            try touch(directory + "/Package.swift")
            return try runOnce(swiftArguments, in: directory)
        }
        if swiftPMCrashed(first.output) {
            print("nested swift: SwiftPM itself crashed (not RRPKit's code); running once more")
            return try runOnce(swiftArguments, in: directory)
        }
        return first
    }

    /// The output holds a crash backtrace whose main thread is SwiftPM's.
    static func swiftPMCrashed(_ output: String) -> Bool {
        output.contains("*** Program crashed") && (output.contains("Thread 0 \"swift-package\"") || output.contains("Thread 0 \"swift-build\""))
    }

    private static func runOnce(_ swiftArguments: [String], in directory: String) throws -> Result {
        let start = Date()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["timeout", String(timeoutSeconds), "swift"] + swiftArguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        let output = String(decoding: data, as: UTF8.self)
        print("nested swift \(swiftArguments.filter { !$0.hasPrefix("/") }.joined(separator: " ")): exit \(process.terminationStatus), \(String(format: "%.1f", seconds)) s")
        return Result(status: process.terminationStatus, output: output, seconds: seconds)
    }

    /// A new plan repository made by `rrp init` in a temporary folder, depending on this
    /// checkout of RRPKit; remove the folder when done.
    static func initRepository(_ name: String) throws -> (folder: TemporaryDirectory, repo: String) {
        let folder = try TemporaryDirectory()
        let repo = folder.path + "/" + name
        let created = try RRPProcess.run(["init", repo, "--rrpkit-path", PackagePaths.root])
        guard created.status == 0 else { throw InitFailed(message: created.stderr) }
        return (folder, repo)
    }

    struct InitFailed: Error { var message: String }

    /// Sets a file's modification time to now, so that the next build reruns the check.
    static func touch(_ path: String) throws {
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
    }
}
