import ArgumentParser
import Foundation
import PlanDriver

/// `rrp fmt PATH...`: canonical front matter; `--check` lists files that would change.
struct Fmt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite chapters' front matter in canonical form (the Markdown body is never touched).",
        discussion: "Files with errors are left alone and their errors reported. With --check nothing is written: the files that would change are listed and the exit status is 1 if there are any. Without it, the temporary files an interrupted rrp fmt left beside the chapters (.NAME.md.rrp-XXXXXX) are removed first."
    )

    @Argument(help: "Chapter files or plan folders.")
    var paths: [String]

    @Flag(name: .long, help: "Write nothing; list the files that are not formatted and exit 1 if any.")
    var check = false

    @OptionGroup var diagnosticsFormat: DiagnosticFormatOption

    @OptionGroup var output: DiagnosticOutputOptions

    func run() throws {
        let outcome = FormatRunner.run(paths: paths, check: check, options: output.diagnosticOptions)
        for path in outcome.removedTemporaries {
            FileHandle.standardError.write(Data("rrp: removed \(path), a temporary file that an interrupted rrp fmt left\n".utf8))
        }
        for path in outcome.changedFiles {
            print(check ? "would reformat \(path)" : "reformatted \(path)")
        }
        try output.finish(outcome.report, format: diagnosticsFormat.format)
        if check && !outcome.changedFiles.isEmpty {
            FileHandle.standardError.write(Data("rrp: \(outcome.changedFiles.count) file(s) not formatted; run 'rrp fmt' to fix\n".utf8))
            throw ExitCode(1)
        }
    }
}
