import ArgumentParser
import PlanDriver

/// The root command. Each subcommand lives in its own file.
struct RRP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rrp",
        abstract: "Check, lint and compile Refugee Response Plans written in Markdown.",
        discussion: """
            Exit status: 0 when no error was found, 1 when there was an error, 2 for a wrong invocation.
            Documentation: README.md and docs/ in the RRPKit repository.
            """,
        version: RRPVersion.current,
        subcommands: [Check.self, Lint.self, Compile.self, Diff.self, Fmt.self, Explain.self, Init.self, BuildCheck.self, LSP.self, Preview.self]
    )
}
