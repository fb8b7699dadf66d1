import Testing
@testable import PlanRender

/// A run's text goes the general way (line breaks, tabs, dropped control characters) exactly
/// when it holds a byte below 0x20, wherever it falls among the eight-byte words the scan reads,
/// and both ways write the same XML for text without one.
struct DocxRunControlBytesTests {
    static func hasControlByte(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { DocxBody.hasControlByte($0) }
    }

    @Test func aControlByteIsFoundAtEveryPlace() {
        for length in 1..<40 {
            for at in 0..<length {
                for control: UInt8 in [0, 9, 10, 13, 0x1F] {
                    var bytes = Array(repeating: UInt8(ascii: "a"), count: length)
                    bytes[at] = control
                    #expect(Self.hasControlByte(String(decoding: bytes, as: UTF8.self)), "\(length) \(at) \(control)")
                }
            }
        }
    }

    @Test func printableAndMultibyteTextHasNone() {
        let texts = ["", "x", "a b c d e f g h i j k l m n o p", "Réfugiés et déplacés internes", " !\"#$%&'()*+,-./0123456789", "\u{7F}\u{80}\u{A0}\u{FFFD}", "日本語のテキスト", "@@ ``  ~~"]
        for text in texts { #expect(!Self.hasControlByte(text), "\(Array(text.utf8))") }
    }

    @Test func runsWithControlBytesWriteLineBreaksTabsAndDropTheRest() {
        var body = DocxBody(language: "en")
        body.run("a\tb\nc\u{1}d  ")
        body.run("plain & <simple>")
        // Separators at the ends and in a row write no empty text; a carriage return and line
        // feed is one character and stays in the text, as it did when runs were split by characters.
        body.run("\tx\n\n\ty\r\nz\n")
        #expect(body.xml.text == "<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t xml:space=\"preserve\">cd  </w:t></w:r><w:r><w:t>plain &amp; &lt;simple&gt;</w:t></w:r>"
            + "<w:r><w:tab/><w:t>x</w:t><w:br/><w:br/><w:tab/><w:t>y\r\nz</w:t><w:br/></w:r>")
    }
}
