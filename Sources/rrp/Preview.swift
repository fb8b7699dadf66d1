import ArgumentParser
import Foundation
import PlanPreview
import PlanRender

/// `rrp preview PLAN_DIR`: the compiled documents in a browser, reloaded on every save.
struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Serve a plan's documents on this machine and reload them in the browser when a chapter changes.",
        discussion: """
            Compiles the plan in memory (nothing is written) and serves the regional document at / \
            and each country document at its file name (country-TCD.html...). The plan folder is \
            checked for changes at every save (inotify, on Linux) and every 300 ms; a change \
            recompiles the plan and reloads the open pages. While the plan has errors, every page \
            shows them instead of the document. Only this machine can connect unless --host \
            names another address. Ctrl-C stops it. See docs/editors.md.
            """
    )

    @Argument(help: "The plan folder (the one holding plan.md).")
    var planDirectory: String

    @Option(name: .long, help: "The port to listen on (0: any free port; the address printed says which).")
    var port: UInt16 = PreviewOptions.defaultPort

    @Option(name: .long, help: ArgumentHelp("The address to listen on; 127.0.0.1 (this machine only) unless given. 0.0.0.0 lets other hosts connect.", valueName: "address"))
    var host: String = PreviewOptions.loopback

    @Option(name: .long, help: "A folder of templates laid over the defaults (watched too).")
    var templates: String?

    @Option(name: .long, help: ArgumentHelp("Show every document in this language: en, fr, es...", valueName: "code"))
    var language: String?

    @Flag(name: .long, help: "Also run the agency-neutral language rules.")
    var lint = false

    func validate() throws {
        if host != "localhost" && !PreviewListener.isAddress(host) {
            throw ValidationError("--host: '\(host)' is not an IP address (use 127.0.0.1, ::1, or 0.0.0.0 to let other hosts connect)")
        }
        if let language, !RenderOptions.isLanguageCode(language) {
            throw ValidationError("--language: '\(language)' is not a language code (use en, fr, es, or a code with a region such as es-419)")
        }
    }

    func run() throws {
        let options = PreviewOptions(
            planDirectory: planDirectory, host: host == "localhost" ? PreviewOptions.loopback : host, port: port,
            render: RenderOptions(formats: [.html], language: language), templates: templates, lint: lint
        )
        let status = PreviewServer.run(options) { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        if status != 0 { throw ExitCode(status) }
    }
}
