import Testing
@testable import PlanRender

/// The XML writer's own memory (``XMLBytes``) and its escaping eight bytes at a time, against a
/// byte-by-byte reading of the same rules.
struct XMLWriterTests {
    /// The escaping rules one byte at a time (what ``XMLWriter`` did before reading words).
    static func reference(_ text: String, quotes: Bool) -> [UInt8] {
        let utf8 = Array(text.utf8)
        var out: [UInt8] = []
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            switch byte {
            case 38: out += Array("&amp;".utf8)
            case 60: out += Array("&lt;".utf8)
            case 62: out += Array("&gt;".utf8)
            case 34 where quotes: out += Array("&quot;".utf8)
            case 9, 10, 13: out.append(byte)
            case ..<32: break
            case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF && (utf8[index + 2] == 0xBE || utf8[index + 2] == 0xBF):
                index += 2
            default: out.append(byte)
            }
            index += 1
        }
        return out
    }

    @Test func everyCharacterToEscapeIsFoundAtEveryPlaceOfAWord() {
        let specials = ["&", "<", ">", "\"", "\u{1}", "\u{1F}", "\t", "\n", "\r", "\u{FFFE}", "\u{FFFF}", "\u{FEFF}", "é", "\u{EFFF}", " ", "?", "'"]
        for special in specials {
            for before in 0..<17 {
                for after in [0, 1, 7, 8, 9] {
                    let text = String(repeating: "a", count: before) + special + String(repeating: "b", count: after)
                    for quotes in [false, true] {
                        var w = XMLWriter(declaration: false)
                        if quotes { w.attributeValue(text) } else { w.characters(text) }
                        #expect(w.bytes == Self.reference(text, quotes: quotes), "\(special.unicodeScalars.map(\.value)) after \(before)")
                    }
                }
            }
        }
    }

    @Test func longMixedTextEscapesAsByteByByte() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["Réfugiés ", "a < b ", "& ", "\"quoted\" ", "\u{7}", "\u{FFFF}", "longer words of plain text ", "\t", "0123456789", "ü"]
        for _ in 0..<50 {
            let text = (0..<40).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var w = XMLWriter(declaration: false)
            w.characters(text)
            #expect(w.bytes == Self.reference(text, quotes: false))
            #expect(XMLWriter.escape(text, quotes: true) == String(decoding: Self.reference(text, quotes: true), as: UTF8.self))
        }
    }

    @Test func aSubstringIsEscapedAsItsString() {
        let text = "one <two> & three"
        var w = XMLWriter(declaration: false)
        w.characters(text.dropFirst(4))
        #expect(w.text == "&lt;two&gt; &amp; three")
    }

    @Test func numbersAreWrittenInDecimal() {
        var w = XMLWriter(declaration: false)
        for n in [0, 7, -3, 42, 1_000_000, Int.max, Int.min] {
            w.number(n)
            w.raw(",")
        }
        #expect(w.text == "0,7,-3,42,1000000,\(Int.max),\(Int.min),")
    }

    @Test func aCopyKeepsItsBytesWhenTheOriginalWrites() {
        var original = XMLWriter(declaration: false)
        original.raw("<a>")
        let copy = original
        original.raw("<b/>")
        var other = copy
        other.raw("<c/>")
        #expect(copy.text == "<a>")
        #expect(original.text == "<a><b/>")
        #expect(other.text == "<a><c/>")
    }

    @Test func partsOfAnotherWriterAndInsertionsAreCopied() {
        var source = XMLWriter(declaration: false)
        source.raw("0123456789")
        var w = XMLWriter(declaration: false)
        w.raw("[")
        w.raw(source, 2..<5)
        w.raw(source, 9..<9)
        w.raw("]")
        w.insert(source, at: 1)
        w.insert(source, at: w.count)
        #expect(w.text == "[0123456789234]0123456789")
    }

    @Test func aPartOfManyMegabytesGrowsWhole() {
        var w = XMLWriter(declaration: false)
        var expected: [UInt8] = []
        var line = 0
        while w.count < 3 * XMLBytes.mappedSize {
            w.raw("<w:p>")
            w.number(line)
            w.characters(" & more text ")
            w.raw("</w:p>")
            expected += Array("<w:p>\(line) &amp; more text </w:p>".utf8)
            line += 1
        }
        let kept = w
        w.insert(kept, at: 5)
        #expect(kept.bytes == expected)
        #expect(w.count == 2 * expected.count)
        #expect(Array(w.bytes[5..<(5 + expected.count)]) == expected)
        #expect(Array(w.bytes[(5 + expected.count)...]) == Array(expected[5...]))
    }
}
