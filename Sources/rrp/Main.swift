import ArgumentParser
import Foundation
import PlanDriver

/// Runs `rrp` and maps outcomes to exit statuses: 0 clean, 1 errors found, 2 wrong invocation.
@main
enum Main {
    static func main() {
        MemoryTuning.apply()
        // The commands that lint build the linter's knowledge on another core while the
        // arguments are parsed (the parse alone costs as much as reading a tenth of a large plan).
        let linting: [any ParsableCommand.Type] = [Lint.self, Check.self, BuildCheck.self]
        if let command = CommandLine.arguments.dropFirst().first, linting.contains(where: { $0.configuration.commandName == command }) {
            PlanLinting.prepareKnowledgeInBackground()
        }
        // `rrp compile PLAN_DIR ...` reads the plan folder on another core meanwhile too (the
        // word right after the command is its plan folder unless it is an option).
        let arguments = CommandLine.arguments
        if arguments.count > 2, arguments[1] == Compile.configuration.commandName, !arguments[2].hasPrefix("-") {
            PlanCompileRunner.readAhead(planDirectory: arguments[2])
        }
        do {
            var command = try RRP.parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            let code = RRP.exitCode(for: error)
            if code == .success { RRP.exit(withError: error) }
            FileHandle.standardError.write(Data((RRP.fullMessage(for: error) + "\n").utf8))
            exit(2)
        }
    }
}
