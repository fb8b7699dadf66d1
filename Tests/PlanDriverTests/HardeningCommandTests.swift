import Foundation
import TestSupport
import Testing

/// Inputs from the reliability campaign (issue 11), run as a user runs them: each crashed `rrp`
/// (exit 132 on an arithmetic trap, 139 on a stack overflow), never ended, or was accepted and
/// then wrote an invalid or dangerous output. Each now gives a located error, or a safe output.
@Suite struct HardeningCommandTests {
    /// A copy of the sample plan whose `TCD/education.md` has `replacements` applied and `body`
    /// appended.
    struct Plan {
        let dir: TemporaryDirectory
        var path: String { (dir.path as NSString).appendingPathComponent("plan") }
        var out: String { (dir.path as NSString).appendingPathComponent("out") }

        init(_ replacements: [(String, String)] = [], body: String = "") throws {
            dir = try TemporaryDirectory()
            try FileManager.default.copyItem(atPath: PackagePaths.path("Samples/lake-basin-rrp"), toPath: (dir.path as NSString).appendingPathComponent("plan"))
            let chapter = (dir.path as NSString).appendingPathComponent("plan/TCD/education.md")
            var text = String(decoding: FileManager.default.contents(atPath: chapter)!, as: UTF8.self)
            for (old, new) in replacements {
                guard text.contains(old) else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "the sample chapter has no '\(old)'"]) }
                text = text.replacingOccurrences(of: old, with: new)
            }
            try Data((text + body).utf8).write(to: URL(fileURLWithPath: chapter))
        }

        func check() throws -> RRPProcess.Result { try RRPProcess.run(["check", "--format", "line", path]) }

        func compile(_ extra: [String] = []) throws -> RRPProcess.Result {
            try RRPProcess.run(["compile", path, "--out", out, "--diagnostics-format", "line"] + extra)
        }

        func output(_ name: String) -> String {
            String(decoding: FileManager.default.contents(atPath: (out as NSString).appendingPathComponent(name)) ?? Data(), as: UTF8.self)
        }
    }

    @Test(arguments: [
        ("2026: USD 3,900,000", "2026: USD 9,000,000,000,000,000,000", "plan/TCD/education.md:27:15: error:"),
        ("planned: 420,000", "planned: 9,223,372,036,854,775,807", "plan/TCD/education.md:7:14: error:"),
        ("baseline: 46%", "baseline: 99999999999999999999%", "plan/TCD/education.md:23:15: error:"),
        ("baseline: 46%", "baseline: 46.00000000000000000001%", "plan/TCD/education.md:23:15: error:"),
        ("baseline: 46%", "baseline: 46." + String(repeating: "0", count: 329) + "1%", "plan/TCD/education.md:23:15: error:"),
        ("baseline: 46%", "baseline: 1" + String(repeating: "0", count: 310), "plan/TCD/education.md:23:15: error:"),
    ])
    func figuresOutOfRangeAreLocatedErrorsInCheckAndCompile(old: String, new: String, location: String) throws {
        let plan = try Plan([(old, new)])
        defer { plan.dir.remove() }
        for result in [try plan.check(), try plan.compile()] {
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stdout.contains(location + " ") && result.stdout.contains("[dsl.figure-out-of-range]"), "\(result.stdout)")
        }
        #expect(!FileManager.default.fileExists(atPath: plan.out + "/plan.json"))
    }

    @Test func amountsWhoseSumPassesTheLimitAreALocatedError() throws {
        let plan = try Plan([("2026: USD 3,900,000", "2026: USD 900,000,000,000,000"), ("2026: USD 1,100,000", "2026: USD 900,000,000,000,000")])
        defer { plan.dir.remove() }
        let result = try plan.check()
        #expect(result.status == 1)
        #expect(result.stdout.contains("plan/TCD/education.md:30:11: error: ") && result.stdout.contains("[budget.total-out-of-range]"), "\(result.stdout)")
    }

    /// ~15,500 nested `>` or list items, and deep emphasis, overflowed the stack of `check` and
    /// of `compile --lint`.
    @Test(arguments: [
        String(repeating: ">", count: 60_000) + " deep quote\n",
        String(repeating: "- ", count: 30_000) + "deep item\n",
        String(repeating: "*a ", count: 60_000) + "x" + String(repeating: " b*", count: 60_000) + "\n",
    ])
    func deepNestingIsCheckedAndCompiled(markdown: String) throws {
        let plan = try Plan(body: "\n## Annexe\n\n" + markdown)
        defer { plan.dir.remove() }
        let check = try plan.check()
        #expect(check.status == 0, "\(check.stdout)\(check.stderr.prefix(300))")
        let compile = try plan.compile(["--lint", "--format", "md,html"])
        #expect(compile.status == 0, "\(compile.stderr.prefix(300))")
        #expect(plan.output("country-TCD.md").contains("Annexe"))
    }

    @Test func csvFieldsThatSpreadsheetsRunAsFormulasAreNeutralised() throws {
        let plan = try Plan([("name: Enfants réfugiés inscrits au primaire", "name: =HYPERLINK(\"http://x\",\"y\")")])
        defer { plan.dir.remove() }
        #expect(try plan.compile(["--format", "csv"]).status == 0)
        let csv = plan.output("indicators.csv")
        #expect(csv.contains(#","'=HYPERLINK(""http://x"",""y"")","#))
        #expect(!csv.contains(",=HYPERLINK"))
    }

    @Test func unsafeLinksAreBlankedInBothDocuments() throws {
        let plan = try Plan(body: "\nSee [the form](javascript:alert(1)), ![map](data:text/html,x) and [the survey](https://example.org/s).\n")
        defer { plan.dir.remove() }
        #expect(try plan.compile(["--format", "md,html"]).status == 0)
        for name in ["country-TCD.md", "country-TCD.html", "regional.md", "regional.html"] {
            let text = plan.output(name)
            #expect(!text.contains("javascript:") && !text.contains("data:text"), "\(name)")
            #expect(text.contains("https://example.org/s"), "\(name)")
        }
        #expect(plan.output("country-TCD.md").contains("See [the form](), ![map]() and [the survey](https://example.org/s)."))
    }
}
