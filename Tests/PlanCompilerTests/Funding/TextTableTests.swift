@testable import PlanCompiler
import Testing

@Suite struct TextTableTests {
    /// Thousands of texts, short (stored inside the string) and long, with shared prefixes and
    /// non-ASCII letters: each found with its own value, the same as a dictionary, through the
    /// table's growth; texts never added are not found.
    @Test func findsWhatADictionaryFinds() {
        var table = TextTable<Int>()
        var dictionary: [String: Int] = [:]
        let texts = (0..<3000).map { i in i % 3 == 0 ? "P\(i)" : i % 3 == 1 ? "Partner organization \(i) (P\(i))" : "Côte d’Ivoire \(i)" }
        for (value, text) in texts.enumerated() {
            #expect(table[text] == nil)
            table[text] = value
            dictionary[text] = value
        }
        table[texts[7]] = -7
        dictionary[texts[7]] = -7
        #expect(table.count == dictionary.count)
        for text in texts { #expect(table[text] == dictionary[text], "\(text)") }
        for absent in ["", "P", "P30000", "Partner organization 1", "Côte d’Ivoire", "côte d’ivoire 2"] { #expect(table[absent] == nil, "\(absent)") }
        table[""] = 42
        #expect(table[""] == 42)
    }
}
