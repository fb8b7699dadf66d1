import ArgumentParser
import PlanLanguageServer

/// `rrp lsp`: the language server over standard input and output (docs/editors.md).
struct LSP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP 3.17 over standard input and output) for editors.",
        discussion: "The workspace is the plan folder holding the opened file (the nearest folder above it with a plan.md). The server never writes a file. See docs/editors.md."
    )

    func run() throws {
        let status = StandardIOTransport.run()
        if status != 0 { throw ExitCode(status) }
    }
}
