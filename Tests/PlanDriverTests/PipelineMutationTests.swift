import Foundation
import PlanDriver
import Testing

/// Mutation test over the sample plan: seeded, bounded mutants of its chapters (lines deleted,
/// duplicated or swapped, bytes replaced, huge and long numbers, deep nesting, truncation) run
/// through the whole pipeline in memory. No mutant may crash the tool or break an invariant of
/// ``InMemoryPipeline/violations(of:)``. The libFuzzer target (Scripts/fuzz-pipeline.sh) runs the
/// same pipeline without bounds.
@Suite struct PipelineMutationTests {
    static let sample: [(path: String, bytes: [UInt8])] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Samples/lake-basin-rrp").path
        let paths = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".md") }.sorted()
        return paths.map { ($0, [UInt8](FileManager.default.contents(atPath: root + "/" + $0) ?? Data())) }
    }()

    /// A small deterministic generator (SplitMix64), so that a failing mutant can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let insertions: [String] = [
        "9,999,999,999,999,999,999,999", "USD 9,000,000,000,000,000,000", "99999999999999999999%",
        "0." + String(repeating: "3", count: 40) + "%", "1" + String(repeating: "0", count: 320), "-5",
        String(repeating: "> ", count: 3_000) + "deep", String(repeating: "- ", count: 3_000) + "deep",
        String(repeating: "*", count: 2_000) + "x" + String(repeating: "*", count: 2_000),
        "=HYPERLINK(\"x\")", "@SUM(A1)", "\u{FEFF}", "\u{0}", "---", "  ", ":", "UNHCR will distribute", "[x](javascript:alert(1))",
    ]

    static func mutate(_ lines: [Substring], _ g: inout Generator) -> [Substring] {
        var lines = lines
        guard !lines.isEmpty else { return [Substring(insertions.randomElement(using: &g)!)] }
        let i = Int.random(in: 0..<lines.count, using: &g)
        switch Int.random(in: 0..<7, using: &g) {
        case 0: lines.remove(at: i)
        case 1: lines.insert(lines[i], at: i)
        case 2: lines.swapAt(i, Int.random(in: 0..<lines.count, using: &g))
        case 3:
            var bytes = Array(lines[i].utf8)
            if !bytes.isEmpty { bytes[Int.random(in: 0..<bytes.count, using: &g)] = UInt8.random(in: 0...255, using: &g) }
            lines[i] = Substring(String(decoding: bytes, as: UTF8.self))
        case 4:
            let line = lines[i]
            let cut = line.index(line.startIndex, offsetBy: Int.random(in: 0...line.count, using: &g))
            lines[i] = line[..<cut] + Substring(insertions.randomElement(using: &g)!) + line[cut...]
        case 5: lines = Array(lines[..<i])
        default:
            // A value replaced: after the first ': ' of the line.
            if let colon = lines[i].range(of: ": ") {
                lines[i] = lines[i][..<colon.upperBound] + Substring(insertions.randomElement(using: &g)!)
            }
        }
        return lines
    }

    /// Mutants per shard: 40 in the test suite; `RRP_MUTANTS=N` runs more for a long campaign
    /// (seeds stay distinct up to 1,000,000 per shard).
    static let mutantsPerShard = min(ProcessInfo.processInfo.environment["RRP_MUTANTS"].flatMap(Int.init) ?? 40, 1_000_000)

    @Test(arguments: 0..<4)
    func mutantsOfTheSamplePlanNeverBreakThePipeline(_ shard: Int) {
        #expect(Self.sample.count > 10, "the sample plan was not found")
        for n in 0..<Self.mutantsPerShard {
            let seed = UInt64(shard * 1_000_000 + n)
            var g = Generator(state: seed)
            var files = Self.sample
            for _ in 0..<Int.random(in: 1...4, using: &g) {
                let f = Int.random(in: 0..<files.count, using: &g)
                let lines = String(decoding: files[f].bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                files[f].bytes = Array(Self.mutate(lines, &g).joined(separator: "\n").utf8)
            }
            let run = InMemoryPipeline.run(files)
            let violations = InMemoryPipeline.violations(of: run)
            #expect(violations.isEmpty, "mutant \(seed): \(violations)")
        }
    }

    @Test func theUnmutatedSampleRendersEveryDocument() {
        let run = InMemoryPipeline.run(Self.sample)
        #expect(InMemoryPipeline.violations(of: run).isEmpty)
        #expect(run.outputs.contains { $0.name == "regional.html" } && run.outputs.contains { $0.name == "plan.json" })
    }

    /// The fuzzer's first finding (Fuzz/Pipeline/findings, 2026-12-03): an input naming one
    /// path twice was compiled as two files, and diagnostics of the second were checked against
    /// the first's lines. A path given twice keeps its last bytes, as on disk.
    @Test func aPathGivenTwiceKeepsItsLastBytes() throws {
        let index = try #require(Self.sample.firstIndex { $0.path.hasSuffix("education.md") })
        let edited = Array(("---\nchapter: sector\n" + String(repeating: "\n", count: 20) + "bogus: 1\n---\n").utf8)
        let run = InMemoryPipeline.run(Self.sample + [(Self.sample[index].path, edited)])
        #expect(InMemoryPipeline.violations(of: run).isEmpty, "\(InMemoryPipeline.violations(of: run))")
        #expect(run.files.filter { $0.path == Self.sample[index].path }.map(\.bytes) == [edited])
        #expect(run.diagnostics.contains { $0.id == "dsl.unknown-key" && $0.range?.start.line == 23 })
    }

    @Test func theInvariantsCatchWhatTheyDescribe() {
        let broken = InMemoryPipeline.Run(files: [], diagnostics: [], outputs: [
            .init(name: "plan.json", text: "{\"a\": inf}"), .init(name: "x.csv", text: "#org\n=CMD()\n"),
        ])
        let found = InMemoryPipeline.violations(of: broken)
        #expect(found.contains { $0.contains("not valid JSON") })
        #expect(found.contains { $0.contains("'inf'") })
        #expect(found.contains { $0.contains("formula") })
    }
}
