@testable import PlanModel
import Testing

@Suite struct BitParallelDistanceTests {
    /// Every pair of words of up to five letters from a small alphabet (so that swaps, repeats
    /// and shared letters are common), a letter outside ASCII among them, and some longer words:
    /// the bit-parallel distance is the table's.
    @Test func givesTheTablesDistance() {
        let alphabet: [Unicode.Scalar] = ["a", "b", "c", "é"]
        var words: [[Unicode.Scalar]] = [[]]
        var last: [[Unicode.Scalar]] = [[]]
        for _ in 1...5 {
            last = last.flatMap { word in alphabet.map { word + [$0] } }
            words += last
        }
        words += ["unlisted organisation 415", "partner organization 045 (p045)", "norwegain refugee counsil", "norwegian refugee council",
                  String(repeating: "ab", count: 32), String(repeating: "ba", count: 32)].map { Array($0.unicodeScalars) }
        var measured = 0
        for a in words {
            guard let pattern = EditDistance.BitPattern(a) else {
                #expect(a.contains { !$0.isASCII })
                continue
            }
            for b in words.prefix(400) + words.suffix(6) {
                #expect(pattern.distance(to: b) == EditDistance.between(a, b), "\(String(String.UnicodeScalarView(a))) | \(String(String.UnicodeScalarView(b)))")
                measured += 1
            }
        }
        #expect(measured > 20_000)
        #expect(EditDistance.BitPattern(Array("ab".unicodeScalars))?.distance(to: Array("ba".unicodeScalars)) == 1)
    }

    /// Words the pattern cannot hold are left to the table.
    @Test func refusesLongAndNonASCIIWords() {
        #expect(EditDistance.BitPattern(Array(String(repeating: "a", count: 65).unicodeScalars)) == nil)
        #expect(EditDistance.BitPattern(Array(String(repeating: "a", count: 64).unicodeScalars)) != nil)
        #expect(EditDistance.BitPattern(Array("médecins".unicodeScalars)) == nil)
        #expect(EditDistance.nearest(to: "Médecins Sans Frontière", in: ["Médecins Sans Frontières", "Medecins"]) == ["Médecins Sans Frontières"])
    }
}
