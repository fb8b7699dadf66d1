import ArgumentParser
import Foundation
import PlanDiagnostics
import PlanDriver

extension DiagnosticFormat: ExpressibleByArgument {}

/// `--format` for commands whose only output is diagnostics.
struct DiagnosticFormatOption: ParsableArguments {
    @Option(name: .long, help: "Diagnostics format: text, line, json, github or sarif.")
    var format: DiagnosticFormat = .text
}

/// Options shared by every command that reports diagnostics (the format is separate, because
/// `rrp compile --format` names the documents to emit).
struct DiagnosticOutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Treat warnings as errors.")
    var warningsAsErrors = false

    @Option(name: .customLong("severity"), help: ArgumentHelp("Change a diagnostic's severity: ID=error|warning|note|off (repeatable).", valueName: "id=level"))
    var severities: [String] = []

    @Option(name: .long, help: "Colour the text format: auto, always or never.")
    var color: ColourChoice = .auto

    enum ColourChoice: String, ExpressibleByArgument { case auto, always, never }

    func validate() throws {
        for s in severities {
            switch DiagnosticOptions.parseOverride(s) {
            case .failure(let e):
                throw ValidationError("--severity: \(e)")
            case .success(let (id, _)) where RuleCatalog.rule(id) == nil:
                let hint = RuleCatalog.suggestions(for: id.rawValue).first.map { " Did you mean '\($0)'?" } ?? ""
                throw ValidationError("--severity: unknown diagnostic ID '\(id)'.\(hint) Run 'rrp explain --list' to see them all.")
            case .success:
                break
            }
        }
    }

    var diagnosticOptions: DiagnosticOptions {
        var overrides: [RuleID: Severity?] = [:]
        for s in severities {
            if case .success(let (id, severity)) = DiagnosticOptions.parseOverride(s) { overrides[id] = severity }
        }
        return DiagnosticOptions(warningsAsErrors: warningsAsErrors, overrides: overrides)
    }

    var useColour: Bool {
        switch color {
        case .always: true
        case .never: false
        case .auto: isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
    }

    /// Prints the report in `format` and exits with 1 when it holds an error.
    func finish(_ report: CheckReport, format: DiagnosticFormat) throws {
        // Each part written from its own bytes, not copied into a `Data` first.
        for part in report.renderUTF8Parts(format, colour: useColour) where !part.isEmpty {
            part.withUnsafeBytes { bytes in
                FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: bytes.baseAddress!), count: bytes.count, deallocator: .none))
            }
        }
        if format == .text || format == .line {
            FileHandle.standardError.write(Data("rrp: \(report.summaryLine)\n".utf8))
        }
        if report.hasErrors { throw ExitCode(1) }
    }
}
