/// The order of items ranked by three numbers (a funding cell's place, sector and partner ranks),
/// ties kept in the items' order: what a stable sort by the triples gives. When the ranks (each
/// `Int.max`, "last", taken as one more than the largest other rank of its kind) and the items'
/// positions fit in 64 bits together, each item is one packed number, distinct from every
/// other's, and the numbers are sorted as integers (23,000 cells of the bench compile: one
/// comparison of words, not of tuples); else the triples are sorted as they are.
enum RankOrder {
    /// The positions of `ranks` (each part 0 or more) in ascending order of their ranks.
    static func positions(_ ranks: [(Int, Int, Int)]) -> [Int] {
        let first = Part(ranks.map(\.0)), second = Part(ranks.map(\.1)), third = Part(ranks.map(\.2))
        let positionBits = Part.bits(ranks.count)
        guard first.bits + second.bits + third.bits + positionBits <= 64 else {
            return ranks.indices.sorted { ranks[$0] < ranks[$1] } // stable: ties in their order
        }
        var packed: [UInt64] = []
        packed.reserveCapacity(ranks.count)
        for position in ranks.indices {
            var word = first.values[position]
            word = word << UInt64(second.bits) | second.values[position]
            word = word << UInt64(third.bits) | third.values[position]
            packed.append(word << UInt64(positionBits) | UInt64(position))
        }
        packed.sort()
        let mask = positionBits == 0 ? 0 : UInt64.max >> UInt64(64 - positionBits)
        return packed.map { Int($0 & mask) }
    }

    /// One part of the ranks as unsigned numbers, `Int.max` as one more than the largest other,
    /// and how many bits they take.
    private struct Part {
        var values: [UInt64]
        var bits: Int

        init(_ ranks: [Int]) {
            let last = (ranks.lazy.filter { $0 != Int.max }.max() ?? -1) + 1
            values = ranks.map { UInt64($0 == Int.max ? last : $0) }
            bits = Self.bits(last + 1)
        }

        /// The bits that the numbers below `count` take.
        static func bits(_ count: Int) -> Int {
            count <= 1 ? 0 : Int.bitWidth - (count - 1).leadingZeroBitCount
        }
    }
}
