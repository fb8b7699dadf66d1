import PlanModel
import PlanSyntax

/// Invariants of the formatter on any input: the body is kept byte for byte, formatting twice
/// changes nothing more, the formatted file parses without errors and means the same (the
/// header dump of the tests, without ranges).
enum FuzzFormatterCheck {
    static func check(_ chapter: ChapterSource) {
        let result = FrontMatterFormatter.format(chapter)
        guard let bytes = result.bytes else {
            precondition(!result.diagnostics.isEmpty, "refused without a reason")
            return
        }
        let body = Array(chapter.file.bytes[chapter.layout.bodyStartOffset...])
        precondition(bytes.suffix(body.count).elementsEqual(body), "body changed")
        let (file, _) = SourceFile.decode(path: "fuzz.md", bytes: bytes)
        guard let file else { preconditionFailure("formatted file is not UTF-8") }
        let (again, _) = ChapterSource.read(file)
        let second = FrontMatterFormatter.format(again)
        precondition(second.diagnostics.isEmpty, "formatted file has errors: \(second.diagnostics.map(\.id))")
        precondition(second.bytes == bytes, "formatting is not idempotent")
        let before = HeaderDump.dump(FrontMatterParser.parse(chapter).header, ranges: false)
        let after = HeaderDump.dump(FrontMatterParser.parse(again).header, ranges: false)
        precondition(before == after, "formatting changed the meaning:\n\(before)\n->\n\(after)")
    }
}
