import PlanDiagnostics
import PlanSyntax

/// Runs a catalogue example the way a chapter is read from disk: decoding (where '\u{FFFD}'
/// stands for the invalid byte 0xE9), front-matter location, then the parser.
enum ExampleRunner {
    static func diagnostics(of example: String, path: String = "example.md") -> [Diagnostic] {
        var bytes: [UInt8] = []
        let utf8 = Array(example.utf8)
        var i = 0
        while i < utf8.count {
            if i + 2 < utf8.count, utf8[i] == 0xEF, utf8[i + 1] == 0xBF, utf8[i + 2] == 0xBD {
                bytes.append(0xE9)
                i += 3
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        let (file, decodeDiagnostics) = SourceFile.decode(path: path, bytes: bytes)
        guard let file else { return decodeDiagnostics }
        let (chapter, locateDiagnostics) = ChapterSource.read(file)
        return locateDiagnostics + FrontMatterParser.parse(chapter).diagnostics
    }
}
