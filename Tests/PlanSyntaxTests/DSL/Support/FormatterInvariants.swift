import PlanSyntax
import Testing

/// What formatting must preserve: the body bytes, the meaning (the header without ranges), and
/// a second formatting must change nothing.
enum FormatterInvariants {
    static func check(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let original = ChapterSource.read(SourceFile(path: "f.md", text: text)).chapter
        let (header, diagnostics) = FrontMatterParser.parse(original)
        #expect(diagnostics.isEmpty, "input has diagnostics \(diagnostics.map { "\($0.range.map(\.description) ?? "") \($0.id)" }):\n\(text)", sourceLocation: sourceLocation)
        let result = FrontMatterFormatter.format(original)
        guard diagnostics.isEmpty else { return }
        let bytes = try #require(result.bytes, sourceLocation: sourceLocation)
        let body = original.file.bytes[original.layout.bodyStartOffset...]
        #expect(bytes.suffix(body.count).elementsEqual(body), "body changed", sourceLocation: sourceLocation)
        let formatted = ChapterSource.read(SourceFile(path: "f.md", text: String(decoding: bytes, as: UTF8.self))).chapter
        let (again, againDiagnostics) = FrontMatterParser.parse(formatted)
        #expect(againDiagnostics.isEmpty, sourceLocation: sourceLocation)
        #expect(HeaderDump.dump(again, ranges: false) == HeaderDump.dump(header, ranges: false),
                "meaning changed:\n\(text)\n->\n\(String(decoding: bytes, as: UTF8.self))", sourceLocation: sourceLocation)
        let second = FrontMatterFormatter.format(formatted)
        #expect(second.bytes == bytes, "not idempotent:\n\(String(decoding: bytes, as: UTF8.self))", sourceLocation: sourceLocation)
        #expect(!second.changed, sourceLocation: sourceLocation)
    }
}
