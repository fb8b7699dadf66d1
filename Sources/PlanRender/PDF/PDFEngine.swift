import Foundation

/// WeasyPrint, the CSS paged-media engine that prints the PDF edition: `rrp` runs its
/// executable on the HTML document it rendered, with the print stylesheet (`html/print.mustache`)
/// as a user stylesheet, in a private temporary folder, and hands the PDF's bytes back to the
/// output layer (``OutputSession``), which writes them like any other output file.
///
/// Why WeasyPrint (docs/outputs.md): it implements CSS paged media, so the contents page gives
/// each entry's page (`target-counter`), headings become PDF bookmarks (`bookmark-level`), the
/// running header comes from margin boxes and `string-set`, and it embeds subsets of the fonts
/// it uses and writes a tagged PDF (`--pdf-variant pdf/ua-1`). Only the `pdf` format looks for it.
public struct PDFEngine: Sendable, Hashable {
    /// The executable's path.
    public var executable: String

    /// The environment variable naming the executable (`--pdf-engine` wins over it).
    public static let environmentVariable = "RRP_WEASYPRINT"

    /// What a user installs when no engine is found.
    public static let installAdvice = "install WeasyPrint (Debian or Ubuntu: `apt install weasyprint`; elsewhere: `pip install weasyprint`), or name its executable with --pdf-engine PATH or RRP_WEASYPRINT=PATH"

    public init(executable: String) {
        self.executable = executable
    }

    /// Finds the engine: `explicit` (`--pdf-engine`), else the `RRP_WEASYPRINT` variable of
    /// `environment`, else `weasyprint` on its `PATH`. A name without `/` is looked up on `PATH`.
    /// Throws ``RenderError/pdfEngineMissing(_:)`` saying what was looked for and what to install.
    public static func locate(_ explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PDFEngine {
        let named = [explicit, environment[environmentVariable]].compactMap { $0 }.first { !$0.isEmpty }
        let wanted = named ?? "weasyprint"
        let searchPath = environment["PATH"] ?? ""
        if wanted.contains("/") {
            if isExecutableFile(wanted) { return PDFEngine(executable: wanted) }
            let source = explicit?.isEmpty == false ? "--pdf-engine" : environmentVariable
            throw RenderError.pdfEngineMissing("\(source) names \(wanted), which is not an executable file; \(installAdvice)")
        }
        for folder in searchPath.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = String(folder) + "/" + wanted
            if isExecutableFile(candidate) { return PDFEngine(executable: candidate) }
        }
        throw RenderError.pdfEngineMissing("the PDF engine `\(wanted)` is not on PATH; \(installAdvice)")
    }

    /// Prints `html` with `stylesheet` laid over the document's own style and returns the PDF's
    /// bytes. `name` (`regional.pdf`) names the document in errors; `sourceDateEpoch` is the
    /// time stamped in the embedded fonts (the plan's date, so the bytes are the same on every
    /// run). The engine's warnings about CSS it does not know are silenced (`-q`); its failure
    /// (a non-zero exit, no PDF) throws ``RenderError/pdfEngineFailed(document:reason:)`` with
    /// what it wrote on standard error.
    public func render(html: String, stylesheet: String, name: String, sourceDateEpoch: Int) throws -> [UInt8] {
        let folder = try RunningEngines.shared.makeFolder(for: name, holding: [
            ("document.html", Data(html.utf8)), ("print.css", Data(stylesheet.utf8)),
            (WeasyPrintLauncher.fileName, Data(WeasyPrintLauncher.script.utf8)),
        ])
        defer { RunningEngines.shared.release(folder) }
        let input = folder + "/document.html", style = folder + "/print.css", output = folder + "/document.pdf"
        let process = Process()
        // The document comes on standard input with an empty base URL (WeasyPrint then uses
        // none): a relative link of a chapter stays relative in the PDF, as in the HTML, instead
        // of naming this temporary folder. A Python WeasyPrint runs through the launcher that
        // keeps its tagging linear in the pages (WeasyPrintLauncher).
        let command = WeasyPrintLauncher.command(
            executable: executable, arguments: ["-q", "--pdf-variant", "pdf/ua-1", "--encoding", "utf-8", "--base-url", "", "-s", style, "-", output],
            folder: folder
        )
        process.executableURL = URL(fileURLWithPath: command.executable)
        process.arguments = command.arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = String(sourceDateEpoch)
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        guard let document = FileHandle(forReadingAtPath: input) else {
            throw RenderError.pdfEngineFailed(document: name, reason: "cannot read its input \(input)")
        }
        defer { try? document.close() }
        process.standardInput = document
        do {
            try RunningEngines.shared.run(process, in: folder)
        } catch {
            throw RenderError.pdfEngineFailed(document: name, reason: "\(executable) could not be started: \(error.localizedDescription)")
        }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let said = Self.lastLines(String(decoding: message, as: UTF8.self))
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let how = process.terminationReason == .exit ? "exit status \(process.terminationStatus)" : "signal \(process.terminationStatus)"
            throw RenderError.pdfEngineFailed(document: name, reason: "\(executable) stopped with \(how)" + (said.isEmpty ? " and said nothing" : ": \(said)"))
        }
        guard let data = FileManager.default.contents(atPath: output), data.starts(with: Array("%PDF-".utf8)) else {
            throw RenderError.pdfEngineFailed(document: name, reason: "\(executable) exited normally but wrote no PDF" + (said.isEmpty ? "" : ": \(said)"))
        }
        return [UInt8](data)
    }

    /// The last lines the engine wrote (a Python traceback ends with the error), on one line.
    static func lastLines(_ text: String, count: Int = 3) -> String {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.suffix(count).joined(separator: " | ")
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}
