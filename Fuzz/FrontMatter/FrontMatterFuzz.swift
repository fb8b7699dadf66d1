// libFuzzer target for the front-matter parser and formatter. Built by Scripts/fuzz-dsl.sh,
// not by SwiftPM. Any crash, trap or failed invariant below is a finding.
import PlanDiagnostics
import PlanModel
import PlanSyntax

@_cdecl("LLVMFuzzerTestOneInput")
public func frontMatterFuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let (decoded, _) = SourceFile.decode(path: "fuzz.md", bytes: bytes)
    guard let file = decoded else { return 0 }
    let (chapter, _) = ChapterSource.read(file)
    let (_, diagnostics) = FrontMatterParser.parse(chapter)
    for d in diagnostics {
        guard let range = d.range else { continue }
        precondition(range.start.offset <= range.end.offset, "inverted range \(d.id)")
        precondition(range.end.offset <= bytes.count, "range past the end \(d.id)")
        precondition(file.location(atOffset: range.start.offset) == range.start, "inconsistent location \(d.id)")
        precondition(d.id.hasPrefix("dsl.") || d.id.hasPrefix("syntax."), "unknown id \(d.id)")
        precondition(DSLRules.all.contains { $0.id == d.id }, "id missing from the catalogue \(d.id)")
    }
    FuzzFormatterCheck.check(chapter)
    return 0
}
