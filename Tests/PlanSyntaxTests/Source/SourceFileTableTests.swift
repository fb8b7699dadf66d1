import PlanDiagnostics
import PlanSyntax
import Testing

/// The lines a `SourceFileTable` lends a whole file at a time equal those it lends line by line.
@Suite struct SourceFileTableTests {
    static let table = SourceFileTable([
        SourceFile(path: "a.md", text: "first\r\nsecond é\n\nlast"),
        SourceFile(path: "b.md", text: "other"),
    ])

    static func bytes(_ line: Int, _ file: String) -> [UInt8]? {
        table.withBytes(ofLine: line, inFile: file) { Array($0) }
    }

    @Test func lendsEachLineAsWithBytesDoes() {
        let lent: [[UInt8]?] = Self.table.withLines(ofFile: "a.md") { lines in
            guard let lines else { return [] }
            return (0...5).map { line in lines(line).map { Array($0) } }
        }
        #expect(lent == (0...5).map { Self.bytes($0, "a.md") })
        #expect(lent[1] == Array("first".utf8))
        #expect(lent[2] == Array("second é".utf8))
        #expect(lent[3] == [])
        #expect(lent[0] == nil && lent[5] == nil)
    }

    @Test func anUnknownFileLendsNothing() {
        #expect(Self.table.withLines(ofFile: "c.md") { $0 == nil })
    }

    @Test func aSourceWithoutFilesLendsNothingSoTheCallerAsksLineByLine() {
        let lines = SourceLineTable(["a.md": ["first"]])
        #expect(lines.withLines(ofFile: "a.md") { $0 == nil })
        #expect(lines.withBytes(ofLine: 1, inFile: "a.md") { Array($0) } == Array("first".utf8))
    }
}
