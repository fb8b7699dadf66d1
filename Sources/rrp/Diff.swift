import ArgumentParser
import Foundation
import PlanDriver

/// `rrp diff OLD NEW` or `rrp diff --git REV1 REV2 PLAN`: what changed between two versions of
/// a plan, in money and people.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a plan: requirements, planning figures, indicators and chapters.",
        discussion: "Compares two plan folders, or with --git one plan folder at two git revisions (exported with git archive). Reports requirements by country, sector and partner (added, removed, changed, the difference and the new total), planning figures, indicators and targets, and the chapters whose text changed. Exit status 1 when a version has errors (they are printed and nothing is compared). Markdown output suits a pull request or $GITHUB_STEP_SUMMARY. See docs/diff.md."
    )

    @Argument(help: "OLD NEW (two plan folders), or with --git: REV1 REV2 PLAN.")
    var arguments: [String]

    @Flag(name: .long, help: "Compare the plan folder PLAN at the git revisions REV1 and REV2.")
    var git = false

    @Option(name: .long, help: "Output format: text, markdown or json.")
    var format: PlanDiffReport.Format = .text

    func validate() throws {
        if git, arguments.count != 3 { throw ValidationError("--git takes REV1 REV2 PLAN") }
        if !git, arguments.count != 2 { throw ValidationError("give two plan folders: OLD NEW (or --git REV1 REV2 PLAN)") }
    }

    func run() throws {
        let outcome: PlanDiffRunner.Outcome
        if git {
            do {
                outcome = try PlanDiffRunner.diff(gitOld: arguments[0], gitNew: arguments[1], plan: arguments[2], format: format)
            } catch {
                FileHandle.standardError.write(Data("rrp: error: \(error)\n".utf8))
                throw ExitCode(1)
            }
        } else {
            outcome = PlanDiffRunner.diff(old: arguments[0], new: arguments[1], format: format)
        }
        guard let output = outcome.output else {
            FileHandle.standardError.write(Data(outcome.report.render(.text).utf8))
            FileHandle.standardError.write(Data("rrp: cannot compare: a version has errors\n".utf8))
            throw ExitCode(1)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

extension PlanDiffReport.Format: ExpressibleByArgument {}
