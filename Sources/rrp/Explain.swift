import ArgumentParser
import Foundation
import PlanDiagnostics
import PlanDriver

/// `rrp explain ID`: prints a diagnostic's documentation; `--list` lists every ID.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a diagnostic ID (for example: rrp explain budget.government-requirement)."
    )

    @Argument(help: "The diagnostic ID, as printed in brackets after a diagnostic.")
    var id: String?

    @Flag(name: .long, help: "List every diagnostic ID with its summary.")
    var list = false

    func validate() throws {
        if id == nil && !list { throw ValidationError("Give a diagnostic ID, or --list.") }
    }

    func run() throws {
        if list {
            for rule in RuleCatalog.all { print("\(rule.id)  \(rule.summary)") }
            return
        }
        guard let id else { return }
        if let rule = RuleCatalog.rule(RuleID(id)) {
            print(rule.markdown, terminator: "")
            return
        }
        let hint = RuleCatalog.suggestions(for: id).first.map { " Did you mean '\($0)'?" } ?? ""
        throw ValidationError("Unknown diagnostic ID '\(id)'.\(hint) Run 'rrp explain --list' to see them all.")
    }
}
