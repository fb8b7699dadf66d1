import Foundation
@testable import PlanRender
import TestSupport
import Testing

/// The launcher a Python WeasyPrint runs through (WeasyPrintLauncher): which executables get it,
/// and that a Python engine run through it sees the same arguments, input and environment as when
/// run alone. That the real WeasyPrint gives the same bytes through it is checked end to end
/// (Tests/EndToEnd/test_pdf.py).
@Suite struct WeasyPrintLauncherTests {
    static func executable(_ folder: TemporaryDirectory, _ text: String, name: String) throws -> String {
        let path = try folder.write(name, text)
        chmod(path, 0o755)
        return path
    }

    @Test func onlyAPythonScriptRunsThroughTheLauncher() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let direct = try Self.executable(folder, "#!/usr/bin/python3\nprint(1)\n", name: "direct")
        let env = try Self.executable(folder, "#!/usr/bin/env python3\nprint(1)\n", name: "env")
        let shell = try Self.executable(folder, "#!/bin/sh\nexit 0\n", name: "shell")
        let binary = try Self.executable(folder, "\u{7F}ELF", name: "binary")
        #expect(WeasyPrintLauncher.pythonInterpreter(of: direct) == ["/usr/bin/python3"])
        #expect(WeasyPrintLauncher.pythonInterpreter(of: env) == ["/usr/bin/env", "python3"])
        #expect(WeasyPrintLauncher.pythonInterpreter(of: shell) == nil)
        #expect(WeasyPrintLauncher.pythonInterpreter(of: binary) == nil)
        #expect(WeasyPrintLauncher.pythonInterpreter(of: folder.path + "/missing") == nil)
        let command = WeasyPrintLauncher.command(executable: env, arguments: ["-q", "-", "out.pdf"], folder: "/tmp/x")
        #expect(command.executable == "/usr/bin/env")
        #expect(command.arguments == ["python3", "/tmp/x/rrp-weasyprint.py", env, "-q", "-", "out.pdf"])
        #expect(WeasyPrintLauncher.command(executable: shell, arguments: ["-q"], folder: "/tmp/x") == (shell, ["-q"]))
    }

    @Test func aPythonEngineSeesWhatItWouldSeeAlone() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else {
            print("skipped: /usr/bin/python3 is not installed")
            return
        }
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let log = folder.path
        // A fake WeasyPrint in Python: records what it was given and whether it runs as a script.
        let engine = PDFEngine(executable: try Self.executable(folder, """
            #!/usr/bin/python3
            import os, sys
            with open('\(log)/seen', 'w') as f:
                f.write(repr((__name__, sys.argv[0] == __file__, sys.argv[1:-2], sys.stdin.read(), os.environ.get('SOURCE_DATE_EPOCH'))))
            with open(sys.argv[-1], 'wb') as f:
                f.write(b'%PDF-1.7 python')

            """, name: "weasyprint"))
        let bytes = try engine.render(html: "<p>é</p>", stylesheet: "", name: "regional.pdf", sourceDateEpoch: 86_400)
        #expect(String(decoding: bytes, as: UTF8.self) == "%PDF-1.7 python")
        let seen = String(decoding: FileManager.default.contents(atPath: log + "/seen") ?? Data(), as: UTF8.self)
        #expect(seen.hasPrefix("('__main__', True, ['-q', '--pdf-variant', 'pdf/ua-1', '--encoding', 'utf-8', '--base-url', '', '-s', "), "\(seen)")
        #expect(seen.hasSuffix("/print.css'], '<p>é</p>', '86400')"), "\(seen)")
    }
}
