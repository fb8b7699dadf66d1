import Testing
@testable import PlanRender

/// `xml:space="preserve"` is asked for exactly when a run's text starts or ends with a space or
/// holds two in a row, wherever the two fall among the eight-byte words the scan reads.
struct DocxKeepsSpacesTests {
    static func reference(_ text: String) -> Bool {
        text.hasPrefix(" ") || text.hasSuffix(" ") || text.contains("  ")
    }

    @Test func twoSpacesAreFoundAtEveryPlace() {
        for length in 2..<40 {
            for at in 1..<(length - 1) where at + 2 < length {
                var bytes = Array(repeating: UInt8(ascii: "a"), count: length)
                bytes[at] = 32
                bytes[at + 1] = 32
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(DocxBody.keepsSpaces(text), "\(length) \(at)")
                #expect(DocxBody.keepsSpaces(text.dropFirst(0)))
            }
        }
    }

    @Test func singleSpacesAndOtherBytesAreNotKept() {
        let texts = ["a b c d e f g h i j k l m n o p", "Réfugiés et déplacés internes à l'intérieur", "a\u{A0}\u{A0}b", "a\tb  ".dropLast(2).description, "x", "", "0x2020 and 0x40 0x60 @@ ``"]
        for text in texts {
            #expect(DocxBody.keepsSpaces(text) == Self.reference(text), "\(text)")
        }
    }

    @Test func randomTextsAgreeWithTheReference() {
        var generator = SystemRandomNumberGenerator()
        let pieces = [" ", "a", "é", "  ", "@", "`", "\u{A0}", "word ", " x"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0..<30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(DocxBody.keepsSpaces(text) == Self.reference(text), "\(Array(text.utf8))")
        }
    }
}
