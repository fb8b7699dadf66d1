@testable import PlanLint
import Testing

/// `KeySet` and `VerbTable` (open addressing on the key's own bits) hold exactly the keys put in,
/// whatever their slots: keys that share their low bits, the key `0`, and a table that grows.
@Suite struct KeySetTests {
    @Test func holdsItsKeysAndNoOthers() {
        // Keys that all start in the same slot of an 8-slot or 16-slot table.
        let keys: [UInt64] = [0, 16, 32, 48, 0x1_0000_0010, TokenHash.hash("to"), TokenHash.hash("de")]
        let set = KeySet(keys + keys)
        for key in keys { #expect(set.contains(key)) }
        for other: UInt64 in [1, 64, 80, 0x1_0000_0000, TokenHash.hash("the")] { #expect(!set.contains(other)) }
        #expect(!KeySet([UInt64]()).contains(0))
        #expect(!KeySet([UInt64(16)]).contains(0))
    }

    @Test func unionHoldsTheKeysOfBothAndNoOthers() {
        let union = KeySet([0, 16, 32]).union(KeySet([48, TokenHash.hash("de")]))
        for key: UInt64 in [0, 16, 32, 48, TokenHash.hash("de")] { #expect(union.contains(key)) }
        for other: UInt64 in [1, 64, TokenHash.hash("to")] { #expect(!union.contains(other)) }
        #expect(!KeySet([16]).union(KeySet([32])).contains(0))
        #expect(Keys.dataNouns.contains(TokenHash.hash("monitoring")))
    }

    @Test func keysOfWordsAreTheirFoldedHashes() {
        #expect(Keys.infinitiveMarkers.contains(TokenHash.hash("to")))
        #expect(Keys.infinitiveMarkers.contains(TokenHash.hash("à")))
        #expect(!Keys.infinitiveMarkers.contains(TokenHash.hash("To")))
    }

    @Test func verbTableMergesClassesAndGrows() {
        var table = VerbTable(capacity: 1)
        // More keys than the first sixteen slots hold at half full, many sharing low bits.
        for k in 0..<100 { table.formUnion(.verbForm, forKey: UInt64(k * 16 + 1)) }
        table.formUnion(.participle, forKey: 17)
        table.formUnion([], forKey: 5)
        #expect(table.lookup(17) == [.verbForm, .participle])
        for k in 0..<100 where k != 1 { #expect(table.lookup(UInt64(k * 16 + 1)) == .verbForm) }
        #expect(table.lookup(5).isEmpty)
        #expect(table.lookup(2).isEmpty)
        #expect(VerbTable([33: .gerund, 1: .verbForm]).lookup(33) == .gerund)
    }
}
