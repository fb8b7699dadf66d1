import Foundation
import PlanSyntax
import Testing
@testable import PlanCompiler

/// Author mistakes never crash the compiler: the sample plan with one file cut short at several
/// places still compiles to diagnostics.
@Suite struct RobustnessTests {
    static let sample: [SourceFile] = {
        InputWalk.folder(PackageRoot.path("Samples/lake-basin-rrp")).files.map {
            SourceFile(path: $0.name, text: String(decoding: $0.bytes, as: UTF8.self))
        }
    }()

    @Test(arguments: ["plan.md", "TCD/country.md", "CMR/protection.md", "regional/protection.md"])
    func compilesEveryTruncationOfAFile(_ path: String) throws {
        let files = Self.sample
        let index = try #require(files.firstIndex { $0.path == path })
        let bytes = files[index].bytes
        let bodyStart = ChapterSource.read(files[index]).chapter.layout.bodyStartOffset
        for fraction in [0.05, 0.2, 0.35, 0.5, 0.8] {
            var cut = Int(Double(bytes.count) * fraction)
            while cut > 0, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
            var mutated = files
            mutated[index] = SourceFile(path: path, text: String(decoding: bytes[..<cut], as: UTF8.self))
            let c = PlanCompiler.compile(files: mutated, folder: "sample")
            if cut < bodyStart { #expect(!c.diagnostics.isEmpty, "cutting the front matter of \(path) at \(cut) went unnoticed") }
            #expect(c.diagnostics.allSatisfy { !$0.summary.hasSuffix(".") })
            if let plan = c.plan { _ = PlanJSON.encode(plan) }
        }
    }
}

extension RobustnessTests {
    /// Deletes or duplicates one line of a random file, 60 times (seeded, so reproducible).
    @Test func survivesSeededLineMutations() {
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<60 {
            var files = Self.sample
            let index = next(files.count)
            var lines = String(decoding: files[index].bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = next(lines.count)
            if next(2) == 0 { lines.remove(at: line) } else { lines.insert(lines[line], at: line) }
            files[index] = SourceFile(path: files[index].path, text: lines.joined(separator: "\n"))
            let c = PlanCompiler.compile(files: files, folder: "sample")
            #expect(c.diagnostics.allSatisfy { $0.range == nil || $0.range!.start.line >= 1 })
            if let plan = c.plan, !c.hasErrors { #expect(!PlanJSON.encode(plan).isEmpty) }
        }
    }
}
