import PlanSyntax

/// Invariants of the formatter on any input: the body is kept byte for byte, formatting twice
/// changes nothing more, and the formatted file parses without errors.
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
        precondition((FrontMatterParser.parse(again).header == nil) == (FrontMatterParser.parse(chapter).header == nil), "header lost")
    }
}
