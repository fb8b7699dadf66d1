@testable import PlanCompiler
import Testing

@Suite struct FundingNamesTests {
    /// The ASCII path gives Foundation's key for every text of ASCII characters: each character
    /// alone and between letters, every pair of a set of letters, digits, spaces and
    /// punctuation, and names as FTS writes them; a text with any other character is left to
    /// Foundation.
    @Test func asciiKeysAreTheFoldedKeys() {
        var texts: [String] = []
        for byte in UInt8(0)..<0x80 {
            let c = String(UnicodeScalar(byte))
            texts += [c, "a\(c)B", "\(c)Z9\(c)", " \(c) "]
        }
        let some = Array("aZ09 -_()'.,&/`^~\t\n")
        for a in some { for b in some { texts.append(String([a, b, "x", b, a])) } }
        texts += ["", "   ", "Norwegian Refugee Council (NRC)", "UNHCR", "  Save the Children -- International ", "WASH/Shelter & NFI", "ID_42", "a__b"]
        for text in texts { #expect(FundingNames.asciiKey(text) == FundingNames.foldedKey(text), "\(text.debugDescription)") }
        for text in ["Côte d'Ivoire", "Réfugiés", "ÉCOLE", "naïve", "\u{00A0}x", "İstanbul"] {
            #expect(FundingNames.asciiKey(text) == nil, "\(text)")
            #expect(FundingNames.key(text) == FundingNames.foldedKey(text))
        }
        #expect(FundingNames.key("Croix-Rouge du Tchad") == "croix rouge du tchad" && FundingNames.key("CROIX ROUGE DU TCHAD") == "croix rouge du tchad")
    }
}
