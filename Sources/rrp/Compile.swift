import ArgumentParser
import Foundation
import PlanDiagnostics
import PlanDriver
import PlanRender

/// `rrp compile PLAN_DIR --out DIR`: the consolidated documents and data files.
struct Compile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile a plan folder into the regional and country documents and data files.",
        discussion: "Runs every plan check first (the language rules only with --lint); nothing is written when the plan has an error. A full compile also removes the files an earlier compile wrote that it no longer produces, unless they were modified since (the folder's .rrp-outputs.json lists them); a --country compile removes nothing. Files in the output folder that rrp did not write are left alone. One compile at a time writes into a folder: another one waits up to 30 seconds, then fails (io.locked)."
    )

    @Argument(help: "The plan folder (the one holding plan.md).")
    var planDirectory: String

    @Option(name: .long, help: "Output folder (created if missing).")
    var out: String

    @Option(name: .long, help: ArgumentHelp("Documents and data to emit, comma-separated: html, md, json, csv, hpc (hpc-projects.csv and funding.csv for OCHA's HPC, FTS and HDX; not by default), docx (Word documents; not by default) and pdf (the documents' print edition, made with WeasyPrint; not by default).", valueName: "list"))
    var format = "html,md,json,csv"

    @Option(name: .long, help: "Diagnostics format: text, line, json, github or sarif.")
    var diagnosticsFormat: DiagnosticFormat = .text

    @Option(name: .long, help: "A folder of templates (html/*.mustache, markdown/*.mustache, labels.json) laid over the defaults.")
    var templates: String?

    @Option(name: .long, help: "Emit only this country's document (ISO 3166 alpha-3 code).")
    var country: String?

    @Option(name: .long, help: ArgumentHelp("Write every document in this language (labels, numbers, dates, names): en, fr, es...; several (en,fr) write one edition per language, with each chapter's translation.", valueName: "codes"))
    var language: String?

    @Flag(name: .long, help: "Leave the HXL hashtag row out of the CSV files.")
    var noHxl = false

    @Flag(name: .long, help: "Keep raw HTML written in chapters (omitted by default).")
    var allowRawHtml = false

    @Flag(name: .long, help: "Also run the agency-neutral language rules (rrp check and rrp lint always do).")
    var lint = false

    @Flag(name: .long, help: "Refuse to write anything while a chapter is not cleared (status: cleared).")
    var forPublication = false
    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Funding records to report against the requirements: FTS flow exports (JSON or CSV) or HXL funding tables (see docs/funding.md).", valueName: "file"))
    var funding: [String] = []

    @Option(name: .long, help: ArgumentHelp("A Word document whose styles, page size and margins, simple header (such as a logo) and footer the Word documents take (--format docx), as pandoc's --reference-doc.", valueName: "file.docx"))
    var referenceDoc: String?
    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Indicator results to report against the targets: HXL tables or ActivityInfo exports in CSV (see docs/progress.md).", valueName: "file"))
    var progress: [String] = []
    @Option(name: .long, help: ArgumentHelp("Page size of the PDF edition.", valueName: "size"))
    var paper: PaperSize = .a4

    @Option(name: .long, help: ArgumentHelp("The WeasyPrint executable that prints the PDF edition (default: $RRP_WEASYPRINT, else weasyprint on PATH).", valueName: "path"))
    var pdfEngine: String?

    @OptionGroup var output: DiagnosticOutputOptions

    func validate() throws {
        let parsed = OutputFormat.parseList(format)
        if !parsed.unknown.isEmpty { throw ValidationError("--format: unknown format \(parsed.unknown.joined(separator: ", ")) (use html, md, json, csv, hpc, docx, pdf)") }
        if parsed.formats.isEmpty { throw ValidationError("--format: name at least one format") }
        if referenceDoc != nil, !parsed.formats.contains(.docx) {
            throw ValidationError("--reference-doc: it styles the Word documents; add docx to --format (--format html,docx)")
        }
        for code in languages where !RenderOptions.isLanguageCode(code) {
            throw ValidationError("--language: '\(code)' is not a language code (use en, fr, es, or a code with a region such as es-419; several: en,fr)")
        }
        if language != nil, languages.isEmpty { throw ValidationError("--language: name at least one language") }
        if Set(languages).count != languages.count { throw ValidationError("--language: a language is named twice") }
    }

    /// `--language`'s codes, in the order written.
    private var languages: [String] { (language ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }

    func run() throws {
        var request = CompileRequest(
            planDirectory: planDirectory, outDirectory: out,
            render: RenderOptions(
                formats: OutputFormat.parseList(format).formats, country: country, hxl: !noHxl, allowRawHTML: allowRawHtml, language: languages.count == 1 ? languages[0] : nil
            ),
            templates: templates, diagnostics: output.diagnosticOptions, lint: lint, funding: funding,
            waiting: { [out] in FileHandle.standardError.write(Data("rrp: waiting for another compile into \(out) to finish\n".utf8)) }
        )
        request.forPublication = forPublication
        request.render.editions = languages.count > 1 ? languages : []
        request.referenceDocument = referenceDoc
        request.progress = progress
        request.render.pdf = PDFSettings(paper: paper, engine: pdfEngine)
        let outcome: CompileOutcome
        do {
            outcome = try PlanCompileRunner.run(request)
        } catch let error as RenderError {
            FileHandle.standardError.write(Data("rrp: error: \(error)\n".utf8))
            throw ExitCode(1)
        }
        // The diagnostics first, then what was (or was not) written.
        do {
            try output.finish(outcome.report, format: diagnosticsFormat)
        } catch {
            let line = outcome.outputFailure == nil ? "nothing written to \(out): the plan has errors" : outcome.summaryLine(out: out)
            FileHandle.standardError.write(Data("rrp: \(line)\n".utf8))
            throw error
        }
        // A failed write fails the compile even when `--severity` turned its diagnostic off.
        if outcome.outputFailure != nil {
            FileHandle.standardError.write(Data("rrp: \(outcome.summaryLine(out: out))\n".utf8))
            throw ExitCode(1)
        }
        for warning in outcome.warnings { FileHandle.standardError.write(Data("rrp: warning: \(warning)\n".utf8)) }
        for path in outcome.removed { FileHandle.standardError.write(Data("rrp: removed stale \(path)\n".utf8)) }
        FileHandle.standardError.write(Data("rrp: \(outcome.summaryLine(out: out))\n".utf8))
        if let html = outcome.mainHTML { FileHandle.standardError.write(Data("rrp: open \(html)\n".utf8)) }
        // Done: exit without freeing the compiled plan and the render caches (`outcome.retained`),
        // which for a large plan is a graph of millions of small objects; the system reclaims
        // the memory at once.
        withExtendedLifetime(outcome) { Foundation.exit(0) }
    }
}
