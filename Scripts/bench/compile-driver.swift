// A hidden benchmark driver (not a package product): compiles a plan folder to JSON in one
// process, as `rrp compile --format json` will. Built by Scripts/bench-compile.sh with swiftc
// against the release build's modules and objects.
//
//   compile-driver PLAN_DIR [OUT_FILE]
//
// Prints diagnostics in the one-line form to stderr; writes the JSON (to OUT_FILE or stdout)
// only when there are no errors. Exit status 1 on errors.
import Foundation
import PlanCompiler
import PlanDiagnostics
import PlanSyntax

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: compile-driver PLAN_DIR [OUT_FILE]\n".utf8))
    exit(2)
}
let clock = ContinuousClock()
let started = clock.now
let (sources, loadDiagnostics) = PlanLoader.load(directory: arguments[1])
let loadedAt = clock.now
let compilation = PlanCompiler.compile(sources, diagnostics: loadDiagnostics)
let compiled = clock.now
let files = compilation.chapters.map(\.file)
let text = LineDiagnosticRenderer().render(compilation.diagnostics, sources: SourceLineTable(files: files))
FileHandle.standardError.write(Data(text.utf8))
guard !compilation.hasErrors, let plan = compilation.plan else {
    FileHandle.standardError.write(Data("compile: errors found, nothing written\n".utf8))
    exit(1)
}
let json = PlanJSON.encode(plan)
if ProcessInfo.processInfo.environment["RRP_BENCH_PHASES"] != nil {
    FileHandle.standardError.write(Data("phases: load \(loadedAt - started), compile \(compiled - loadedAt), json \(clock.now - compiled)\n".utf8))
}
if arguments.count >= 3 {
    _ = FileManager.default.createFile(atPath: arguments[2], contents: Data(json))
} else {
    FileHandle.standardOutput.write(Data(json))
}
