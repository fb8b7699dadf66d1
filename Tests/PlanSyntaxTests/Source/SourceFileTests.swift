import PlanModel
import PlanSyntax
import Testing

@Suite struct SourceFileTests {
    @Test func linesAndColumnsCountUTF8Bytes() {
        let file = SourceFile(path: "a.md", text: "é\nab\n")
        #expect(file.lineCount == 2)
        #expect(file.location(atOffset: 2) == SourceLocation(line: 1, column: 3, offset: 2))
        #expect(file.location(atOffset: 4) == SourceLocation(line: 2, column: 2, offset: 4))
    }

    @Test func crlfAndCRAreOneLineEndingEach() {
        let file = SourceFile(path: "a.md", text: "a\r\nb\rc\nd")
        #expect(file.lineCount == 4)
        #expect(file.text(ofLine: 1) == "a")
        #expect(file.text(ofLine: 2) == "b")
        #expect(file.text(ofLine: 3) == "c")
        #expect(file.location(atOffset: 5).line == 3)
    }

    /// Line endings and other control bytes at every position of the eight-byte scan.
    @Test func lineTableFindsEndingsAtEveryPositionOfTheWordScan() {
        for prefix in 0..<17 {
            for ending in ["\n", "\r\n", "\r"] {
                let head = String(repeating: "a", count: prefix)
                let file = SourceFile(path: "a.md", text: head + "\t\u{0B}" + ending + "b\u{0C}c" + ending + "d")
                #expect(file.lineCount == 3, "\(prefix)")
                #expect(file.lineStarts == [0, prefix + 2 + ending.utf8.count, prefix + 5 + 2 * ending.utf8.count], "\(prefix)")
            }
        }
    }

    /// The line starts of `bytes`, found one byte at a time: what the scan of 32 and 8 bytes at
    /// a time must find.
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
        var i = starts[0]
        while i < bytes.count {
            if bytes[i] == 0x0A { starts.append(i + 1) }
            if bytes[i] == 0x0D {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        return starts
    }

    /// Line endings, characters of two to four bytes and bad bytes at every position of the
    /// scan's blocks of 32 and 8 bytes, on either side of a block's end: the same lines as a
    /// scan one byte at a time, and the bad byte where it is.
    @Test func theBlockScanFindsWhatAByteScanFinds() {
        let pieces: [[UInt8]] = [[0x0A], [0x0D, 0x0A], [0x0D], [0x09], Array("é".utf8), Array("€".utf8), Array("😀".utf8), [0xEF, 0xBB, 0xBF]]
        for prefix in 0..<70 {
            for piece in pieces {
                let bytes = Array(repeating: UInt8(ascii: "a"), count: prefix) + piece + Array(repeating: UInt8(ascii: "b"), count: 40) + piece
                let file = SourceFile.decode(path: "a.md", bytes: bytes).file
                #expect(file?.lineStarts == Self.lineStarts(bytes), "\(prefix) \(piece)")
            }
            for bad in [[0xE9] as [UInt8], [0x80], [0xE2, 0x82, 0x0A], [0xF4, 0x90, 0x80, 0x80]] {
                let bytes = Array(repeating: UInt8(ascii: "a"), count: prefix) + bad + Array(repeating: UInt8(ascii: "b"), count: 40)
                let (file, diagnostics) = SourceFile.decode(path: "a.md", bytes: bytes)
                #expect(file == nil && diagnostics.first?.range?.start.offset == prefix, "\(prefix) \(bad)")
            }
        }
    }

    @Test func byteOrderMarkIsNotAColumn() {
        let file = SourceFile.decode(path: "a.md", bytes: [0xEF, 0xBB, 0xBF] + Array("ab".utf8)).file!
        #expect(file.hasByteOrderMark)
        #expect(file.location(atOffset: 3) == SourceLocation(line: 1, column: 1, offset: 3))
        #expect(file.text(ofLine: 1) == "ab")
    }

    @Test func invalidUTF8IsADiagnosticAtTheFirstBadByte() {
        let bytes = Array("ok\nCaf".utf8) + [0xE9] + Array(" au lait\n".utf8)
        let (file, diagnostics) = SourceFile.decode(path: "x.md", bytes: bytes)
        #expect(file == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].id == "syntax.invalid-utf8")
        #expect(diagnostics[0].range?.start == SourceLocation(line: 2, column: 4, offset: 6))
    }

    @Test(arguments: [
        [0xC0, 0x80] as [UInt8],      // overlong encoding
        [0xED, 0xA0, 0x80],           // surrogate
        [0xF4, 0x90, 0x80, 0x80],     // above U+10FFFF
        [0xE2, 0x82],                 // truncated at end of file
        [0x80],                       // lone continuation byte
    ])
    func rejectsMalformedSequences(_ bad: [UInt8]) {
        let (file, diagnostics) = SourceFile.decode(path: "x.md", bytes: Array("ab".utf8) + bad)
        #expect(file == nil)
        #expect(diagnostics.first?.range?.start.column == 3)
    }

    @Test func acceptsFourByteCharacters() {
        let (file, diagnostics) = SourceFile.decode(path: "x.md", bytes: Array("a😀难民".utf8))
        #expect(file != nil)
        #expect(diagnostics.isEmpty)
    }
}
