@testable import PlanCompiler
import Testing

@Suite struct RankOrderTests {
    /// Packed or not, the order is a stable sort's by the triples: ties in their order, `Int.max`
    /// after every other rank of its kind, on small and large ranks and on many items.
    @Test func ordersAsAStableSortOfTheTriples() {
        var generator = SystemRandomNumberGenerator()
        func stable(_ ranks: [(Int, Int, Int)]) -> [Int] {
            ranks.enumerated().sorted { a, b in a.element != b.element ? a.element < b.element : a.offset < b.offset }.map(\.offset)
        }
        let shapes: [(count: Int, bound: Int)] = [(0, 1), (1, 1), (2, 1), (50, 3), (1000, 8), (5000, 200), (300, 1 << 40)]
        for (count, bound) in shapes {
            for _ in 0..<5 {
                let ranks = (0..<count).map { _ in
                    (Int.random(in: 0..<4, using: &generator) == 0 ? Int.max : Int.random(in: 0..<bound, using: &generator),
                     Int.random(in: 0..<6, using: &generator) == 0 ? Int.max : Int.random(in: 0..<bound, using: &generator),
                     Int.random(in: 0..<bound, using: &generator))
                }
                #expect(RankOrder.positions(ranks) == stable(ranks), "\(count) items below \(bound)")
            }
        }
        // The two paths (packed, and triples too large to pack) on the same order.
        let small = [(2, 0, 1), (0, Int.max, 0), (0, 1, 0), (2, 0, 1), (Int.max, 0, 0), (0, 1, 0)]
        #expect(RankOrder.positions(small) == [2, 5, 1, 0, 3, 4])
        let large = small.map { ($0.0 == Int.max ? Int.max : $0.0 << 40, $0.1 == Int.max ? Int.max : $0.1 << 40, $0.2) }
        #expect(RankOrder.positions(large) == [2, 5, 1, 0, 3, 4])
    }
}
