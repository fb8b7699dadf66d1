extension EditDistance {
    /// A word prepared for measuring its distance to many others a column at a time, with the
    /// table's cells as the bits of machine words (Hyyrö 2003, "A bit-vector algorithm for
    /// computing Levenshtein and Damerau edit distances", its optimal string alignment form):
    /// about twenty operations per scalar of the other word instead of a row of cells. The same
    /// distance as ``between(_:_:limit:)`` without a limit (tested against it); only for words of
    /// at most 64 scalars, all ASCII (the others are measured with the table).
    struct BitPattern {
        /// The word's length in scalars.
        let count: Int
        /// For each ASCII value, the bits of the word's positions that hold it.
        private let positions: [UInt64]

        /// `nil` when `word` is longer than 64 scalars or has one outside ASCII.
        init?(_ word: [Unicode.Scalar]) {
            guard word.count <= 64, word.allSatisfy(\.isASCII) else { return nil }
            var positions = [UInt64](repeating: 0, count: 128)
            for (offset, scalar) in word.enumerated() { positions[Int(scalar.value)] |= 1 << UInt64(offset) }
            count = word.count
            self.positions = positions
        }

        /// The optimal string alignment distance between the word and `other`.
        func distance(to other: [Unicode.Scalar]) -> Int {
            guard count > 0 else { return other.count }
            return positions.withUnsafeBufferPointer { positions in
                var vp = ~UInt64(0)
                var vn: UInt64 = 0
                var d0: UInt64 = 0
                var previousMatches: UInt64 = 0
                var distance = count
                let last = UInt64(1) << UInt64(count - 1)
                for scalar in other {
                    // A scalar outside ASCII is in no position of the word.
                    let matches = scalar.value < 128 ? positions[Int(scalar.value)] : 0
                    let swapped = ((~d0 & matches) << 1) & previousMatches
                    d0 = (((matches & vp) &+ vp) ^ vp) | matches | vn | swapped
                    var hp = vn | ~(d0 | vp)
                    var hn = d0 & vp
                    if hp & last != 0 { distance += 1 } else if hn & last != 0 { distance -= 1 }
                    hp = (hp << 1) | 1
                    hn = hn << 1
                    vp = hn | ~(d0 | hp)
                    vn = hp & d0
                    previousMatches = matches
                }
                return distance
            }
        }
    }
}
