@testable import PlanCompiler
import Testing

@Suite struct NumberTableTests {
    /// Thousands of keys, consecutive (as flow IDs are), spread and at the ends of the range:
    /// each gets the position of its first insertion, as a dictionary of first positions says,
    /// through the table's growth; a key inserted again is not new.
    @Test func givesEachKeyThePositionOfItsFirstInsertion() {
        var table = NumberTable(capacity: 3)
        var firsts: [UInt64: Int] = [:]
        let keys: [UInt64] = Array(0..<3000) + (0..<3000).map { $0 &* 0x9E37_79B9_7F4A_7C15 } + [.max, .max - 1, 1 << 63, 0, 1, 2999, 3000]
        for key in keys {
            let expected = firsts[key]
            let (position, isNew) = table.insert(key)
            #expect(isNew == (expected == nil), "\(key)")
            if let expected { #expect(position == expected, "\(key)") } else {
                #expect(position == firsts.count, "\(key)")
                firsts[key] = position
            }
        }
        #expect(table.count == firsts.count)
        for (key, position) in firsts {
            let again = table.insert(key)
            #expect(again.position == position && !again.isNew, "\(key)")
        }
        #expect(table.count == firsts.count)
    }
}
