import Foundation
import PlanDriver
@testable import PlanRender
import TestSupport
import Testing

/// The PDF engine's wrapper with fake engines (shell scripts in a temporary folder): how it is
/// found, what it is given, and how its failures reach the user. The real WeasyPrint is
/// exercised end to end by Tests/EndToEnd/test_pdf.py.
@Suite struct PDFEngineTests {
    /// Writes an executable shell script `name` into `folder`; returns its path.
    static func script(_ folder: TemporaryDirectory, _ body: String, name: String = "weasyprint") throws -> String {
        let path = try folder.write(name, "#!/bin/sh\n" + body)
        chmod(path, 0o755)
        return path
    }

    static func failure(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "no error"
        } catch {
            return String(describing: error)
        }
    }

    @Test func aMissingEngineSaysWhatToInstall() throws {
        let empty = try TemporaryDirectory()
        defer { empty.remove() }
        let onPath = Self.failure { _ = try PDFEngine.locate(environment: ["PATH": empty.path]) }
        #expect(onPath.contains("`weasyprint` is not on PATH"))
        #expect(onPath.contains("apt install weasyprint") && onPath.contains("pip install weasyprint"))
        let named = Self.failure { _ = try PDFEngine.locate(empty.path + "/weasyprint", environment: ["PATH": "/usr/bin"]) }
        #expect(named.contains("--pdf-engine names \(empty.path)/weasyprint, which is not an executable file"))
        #expect(named.contains("apt install weasyprint"))
        let fromVariable = Self.failure { _ = try PDFEngine.locate(environment: ["RRP_WEASYPRINT": "/nowhere/weasyprint"]) }
        #expect(fromVariable.contains("RRP_WEASYPRINT names /nowhere/weasyprint"))
    }

    @Test func aFileThatIsNotExecutableIsNotAnEngine() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("weasyprint", "not a program")
        #expect(Self.failure { _ = try PDFEngine.locate(environment: ["PATH": folder.path]) }.contains("not on PATH"))
    }

    @Test func theOptionWinsOverTheVariableWhichWinsOverPath() throws {
        let a = try TemporaryDirectory(), b = try TemporaryDirectory(), c = try TemporaryDirectory()
        defer { a.remove(); b.remove(); c.remove() }
        let option = try Self.script(a, "exit 0\n"), variable = try Self.script(b, "exit 0\n"), onPath = try Self.script(c, "exit 0\n")
        #expect(try PDFEngine.locate(option, environment: ["RRP_WEASYPRINT": variable, "PATH": c.path]).executable == option)
        #expect(try PDFEngine.locate(environment: ["RRP_WEASYPRINT": variable, "PATH": c.path]).executable == variable)
        #expect(try PDFEngine.locate(environment: ["PATH": "/nowhere:" + c.path]).executable == onPath)
        // A bare name is looked up on PATH.
        #expect(try PDFEngine.locate("weasyprint", environment: ["PATH": c.path]).executable == onPath)
    }

    @Test func aFailingEngineIsReportedWithWhatItSaid() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let engine = PDFEngine(executable: try Self.script(folder, """
            echo 'Traceback (most recent call last):' >&2
            echo '  File "weasyprint/__main__.py", line 1' >&2
            echo 'ValueError: cannot lay out the fake document' >&2
            exit 3
            """))
        let message = Self.failure { _ = try engine.render(html: "<p>x</p>", stylesheet: "", name: "regional.pdf", sourceDateEpoch: 0) }
        #expect(message.contains("the PDF engine failed on regional.pdf"))
        #expect(message.contains("stopped with exit status 3"))
        #expect(message.contains("ValueError: cannot lay out the fake document"))
    }

    @Test func anEngineThatWritesNoPDFFails() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let silent = PDFEngine(executable: try Self.script(folder, "exit 0\n"))
        #expect(Self.failure { _ = try silent.render(html: "", stylesheet: "", name: "country-TCD.pdf", sourceDateEpoch: 0) }.contains("exited normally but wrote no PDF"))
        let notPDF = PDFEngine(executable: try Self.script(folder, "for last; do :; done\necho '<html>' > \"$last\"\n", name: "other"))
        #expect(Self.failure { _ = try notPDF.render(html: "", stylesheet: "", name: "country-TCD.pdf", sourceDateEpoch: 0) }.contains("wrote no PDF"))
        let killed = PDFEngine(executable: try Self.script(folder, "kill -9 $$\n", name: "killed"))
        #expect(Self.failure { _ = try killed.render(html: "", stylesheet: "", name: "regional.pdf", sourceDateEpoch: 0) }.contains("stopped with signal 9"))
    }

    /// What the engine receives: the document on standard input without a base URL, the print
    /// stylesheet as a user stylesheet, the tagged variant, and the plan's date for its fonts.
    @Test func theEngineGetsTheDocumentTheStylesheetAndThePlansDate() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let log = folder.path
        let engine = PDFEngine(executable: try Self.script(folder, """
            printf '%s\\n' "$@" > '\(log)/arguments'
            cat > '\(log)/stdin'
            echo "$SOURCE_DATE_EPOCH" > '\(log)/epoch'
            while [ "$#" -gt 1 ]; do
              if [ "$1" = "-s" ]; then cp "$2" '\(log)/stylesheet'; fi
              shift
            done
            printf '%%PDF-1.7 fake' > "$1"
            """))
        let bytes = try engine.render(html: "<h1>Plan é</h1>", stylesheet: "@page { size: letter }", name: "regional.pdf", sourceDateEpoch: 1_767_225_600)
        #expect(String(decoding: bytes, as: UTF8.self) == "%PDF-1.7 fake")
        func read(_ name: String) -> String { String(decoding: FileManager.default.contents(atPath: log + "/" + name) ?? Data(), as: UTF8.self) }
        #expect(read("stdin") == "<h1>Plan é</h1>")
        #expect(read("stylesheet") == "@page { size: letter }")
        #expect(read("epoch") == "1767225600\n")
        let arguments = read("arguments").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(arguments.starts(with: ["-q", "--pdf-variant", "pdf/ua-1", "--encoding", "utf-8", "--base-url", "", "-s"]))
        #expect(arguments.suffix(3).first == "-")
    }

    @Test func theDocumentDateIsThePlansDate() {
        #expect(PDFDocumentDate.daysSince1970(year: 1970, month: 1, day: 1) == 0)
        #expect(PDFDocumentDate.daysSince1970(year: 2026, month: 1, day: 1) == 20454)
        #expect(PDFDocumentDate.daysSince1970(year: 2024, month: 3, day: 1) == 19783)
    }
}

/// `rrp compile` with the PDF format: a failing engine writes nothing, and the other formats
/// never look for the engine.
@Suite(.serialized) struct PDFCompileTests {
    func request(_ out: String, formats: Set<OutputFormat>, engine: String) -> CompileRequest {
        var options = RenderOptions(formats: formats)
        options.pdf = PDFSettings(engine: engine)
        return CompileRequest(planDirectory: RenderFixture.folder, outDirectory: out, render: options)
    }

    @Test func aFailingEngineFailsTheCompileAndNothingIsWritten() throws {
        let out = try TemporaryDirectory(), tools = try TemporaryDirectory()
        defer { out.remove(); tools.remove() }
        let engine = try PDFEngineTests.script(tools, "echo 'the fake engine broke' >&2\nexit 1\n")
        let message = PDFEngineTests.failure { _ = try PlanCompileRunner.run(request(out.path, formats: [.html, .pdf], engine: engine)) }
        #expect(message.contains("the PDF engine failed on") && message.contains("the fake engine broke"))
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(left == [".rrp-outputs.lock"], "a failed PDF left \(left)")
    }

    @Test func aMissingEngineStopsThePDFCompileBeforeTheOutputFolder() throws {
        let out = try TemporaryDirectory()
        defer { out.remove() }
        let folder = out.path + "/out"
        let message = PDFEngineTests.failure { _ = try PlanCompileRunner.run(request(folder, formats: [.pdf], engine: "/nowhere/weasyprint")) }
        #expect(message.contains("--format pdf needs WeasyPrint") && message.contains("apt install weasyprint"))
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func otherFormatsNeverLookForTheEngine() throws {
        let out = try TemporaryDirectory()
        defer { out.remove() }
        let outcome = try PlanCompileRunner.run(request(out.path, formats: [.html, .md, .json, .csv], engine: "/nowhere/weasyprint"))
        #expect(outcome.outputFailure == nil && !outcome.files.isEmpty)
        #expect(!outcome.files.contains { $0.hasSuffix(".pdf") })
    }

    /// With a fake engine, each document's PDF goes through the output layer: listed in the
    /// manifest, named like the HTML document, and without the HTML when only PDF is asked for.
    @Test func eachDocumentGetsAPDFThroughTheOutputLayer() throws {
        let out = try TemporaryDirectory(), tools = try TemporaryDirectory()
        defer { out.remove(); tools.remove() }
        let engine = try PDFEngineTests.script(tools, "for last; do :; done\ncat > /dev/null\nprintf '%%PDF-1.7 fake' > \"$last\"\n")
        let outcome = try PlanCompileRunner.run(request(out.path, formats: [.pdf], engine: engine))
        let names = outcome.files.map { ($0 as NSString).lastPathComponent }
        #expect(names == ["country-CMR.pdf", "country-TCD.pdf", "regional.pdf"])
        let manifest = String(decoding: FileManager.default.contents(atPath: out.path + "/.rrp-outputs.json") ?? Data(), as: UTF8.self)
        #expect(manifest.contains("\"name\" : \"regional.pdf\""))
    }
}
