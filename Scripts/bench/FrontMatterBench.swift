// Benchmark of the front-matter parser and formatter on hostile sizes. Built and run by
// Scripts/bench-dsl.sh (swiftc -O, outside SwiftPM). Prints one line per case.
import PlanDiagnostics
import PlanModel
import PlanSyntax

@main
struct FrontMatterBench {
    static func main() {
        let header = "---\nchapter: sector\ncountry: TCD\nsector: wash\n"
        var cases: [(String, String)] = []
        cases.append(("10,000 nested lists on one line", header + "assumptions:\n  " + String(repeating: "- ", count: 10_000) + "x\n---\n"))
        var indented = header + "population:\n"
        for depth in 1...10_000 { indented += String(repeating: " ", count: depth) + "k\(depth):\n" }
        cases.append(("10,000 nested blocks, one space per level", indented + "---\n"))
        cases.append(("1 MB line of text", header + "subsector: " + String(repeating: "abcdefgh ", count: 116_509) + "\n---\n"))
        cases.append(("1 MB line of a comma list", header + "locations: " + (0..<100_000).map { "Loc\($0)" }.joined(separator: ", ") + "\n---\n"))
        cases.append(("100,000 list items", header + "assumptions:\n" + (0..<100_000).map { "  - Assumption number \($0) holds.\n" }.joined() + "---\n"))
        for megabytes in [5, 10] {
            var text = header + "requirements:\n"
            var n = 0
            while text.utf8.count < megabytes * 1_000_000 {
                text += "  P\(n): USD \(Money.grouped(Int64(n) * 1_000 + 7))\n"
                n += 1
            }
            cases.append(("\(megabytes) MB front matter (\(n) requirement lines)", text + "---\n"))
        }
        for (name, text) in cases { run(name, text) }
    }

    static func run(_ name: String, _ text: String) {
        let clock = ContinuousClock()
        let file = SourceFile(path: "bench.md", text: text)
        let (chapter, _) = ChapterSource.read(file)
        var diagnostics: [Diagnostic] = []
        let parse = clock.measure { diagnostics = FrontMatterParser.parse(chapter).diagnostics }
        var result = FormatResult(bytes: nil, changed: false, diagnostics: [])
        let format = clock.measure { result = FrontMatterFormatter.format(chapter) }
        let mb = Double(text.utf8.count) / 1_000_000
        print("\(name): \(format2(mb)) MB, parse \(ms(parse)) ms (\(format2(mb / seconds(parse))) MB/s), format \(ms(format)) ms (\(result.bytes == nil ? "refused" : result.changed ? "changed" : "unchanged")), \(diagnostics.count) diagnostics")
    }

    static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
    static func ms(_ d: Duration) -> String { format2(seconds(d) * 1000) }
    static func format2(_ x: Double) -> String { String(Double(Int(x * 100)) / 100) }
}
