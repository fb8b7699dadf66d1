/// Edit distance for near-miss suggestions ("did you mean 'requirements'?"): the one
/// implementation every stage uses.
public enum EditDistance {
    /// Optimal string alignment distance between `a` and `b` over Unicode scalars: insertions,
    /// deletions, substitutions and swaps of neighbours each count one. With `limit`, stops early
    /// and returns `limit + 1` once the distance is known to exceed it.
    public static func between(_ a: String, _ b: String, limit: Int = .max) -> Int {
        between(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
    }

    /// The same over scalar arrays (callers comparing one word with many convert it once).
    ///
    /// With `limit`, only the cells within `limit` of the table's diagonal are filled (a band):
    /// a cell farther out holds a distance above the limit, so it stands for `limit + 1`, and
    /// every distance within the limit is found exactly.
    public static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int = .max) -> Int {
        if limit != .max, abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Beyond the band (and when the limit is past both lengths, everywhere) a cell holds
        // `far`: more than the limit, small enough to add one to.
        let band = limit == .max ? max(a.count, b.count) : min(limit, max(a.count, b.count))
        let far = band + 1
        // Three rows of the table, side by side in one buffer: the row before the previous,
        // the previous and the current.
        let width = b.count + 1
        let distance = withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    var previous2 = rows.baseAddress!
                    var previous = previous2 + width
                    var current = previous + width
                    for j in 0..<width {
                        previous2[j] = far
                        previous[j] = j <= band ? j : far
                        current[j] = far
                    }
                    for i in 1...a.count {
                        let low = max(1, i - band)
                        let high = min(b.count, i + band)
                        current[low - 1] = low == 1 ? min(i, far) : far
                        var rowMin = current[low - 1]
                        let ai = a[i - 1]
                        if low <= high {
                            for j in low...high {
                                let cost = ai == b[j - 1] ? 0 : 1
                                var v = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                                if i > 1, j > 1, ai == b[j - 2], a[i - 2] == b[j - 1] { v = Swift.min(v, previous2[j - 2] + 1) }
                                v = Swift.min(v, far)
                                current[j] = v
                                rowMin = Swift.min(rowMin, v)
                            }
                        }
                        if high < b.count { current[high + 1] = far }
                        if limit != .max, rowMin > limit { return limit + 1 }
                        (previous2, previous, current) = (previous, current, previous2)
                    }
                    return previous[b.count]
                }
            }
        }
        return limit != .max && distance > limit ? limit + 1 : distance
    }

    /// Candidates for ``nearest(to:in:bound:limit:)``, lower-cased and counted once: a caller
    /// that asks about many words among the same names prepares them once.
    public struct Candidates: Sendable {
        public let names: [String]
        let scalars: [[Unicode.Scalar]]
        let counts: [[Int32]]

        public init(_ names: [String]) {
            self.names = names
            scalars = names.map { Array($0.lowercased().unicodeScalars) }
            counts = scalars.map(EditDistance.counts)
        }
    }

    /// How many scalars of each kind `s` has, in 64 buckets (a scalar's value modulo 64).
    static func counts(_ s: [Unicode.Scalar]) -> [Int32] {
        var counts = [Int32](repeating: 0, count: 64)
        for scalar in s { counts[Int(scalar.value & 63)] += 1 }
        return counts
    }

    /// A lower bound of the distance between two words with these counts: the larger of what
    /// one has more of and what the other has more of. An insertion or a deletion changes one
    /// count, a substitution one on each side, a swap none: no edit lowers the bound by more
    /// than one. A candidate whose bound is already too far is skipped without filling its table.
    static func lowerBound(_ a: [Int32], _ b: [Int32]) -> Int {
        // Through buffers, without a bounds check a count: the loop is vectorised.
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var more: Int32 = 0
                var fewer: Int32 = 0
                for k in 0..<64 {
                    let d = a[k] &- b[k]
                    more &+= Swift.max(d, 0)
                    fewer &+= Swift.max(0 &- d, 0)
                }
                return Int(Swift.max(more, fewer))
            }
        }
    }

    /// The candidates within `bound` edits of `word` (case-insensitive; by default a third of its
    /// length, at least 2), closest first, ties in `candidates` order, at most `limit`.
    public static func nearest(to word: String, in candidates: [String], bound: Int? = nil, limit: Int = 1) -> [String] {
        nearest(to: word, in: Candidates(candidates), bound: bound, limit: limit)
    }

    /// The same among candidates prepared once.
    public static func nearest(to word: String, in candidates: Candidates, bound: Int? = nil, limit: Int = 1) -> [String] {
        let target = Array(word.lowercased().unicodeScalars)
        let targetCounts = counts(target)
        let bound = bound ?? max(2, target.count / 3)
        // Most words are short ASCII: measured a column at a time in machine words.
        let pattern = BitPattern(target)
        return candidates.scalars.enumerated()
            .map { candidate in
                // The lengths differ by no more than the distance: the cheapest bound first.
                let distance = abs(candidate.element.count - target.count) > bound
                    || lowerBound(targetCounts, candidates.counts[candidate.offset]) > bound ? bound + 1
                    : pattern.map { min($0.distance(to: candidate.element), bound + 1) } ?? between(target, candidate.element, limit: bound)
                return (offset: candidate.offset, distance: distance)
            }
            .filter { $0.distance <= bound }
            .sorted { ($0.distance, $0.offset) < ($1.distance, $1.offset) }
            .prefix(limit)
            .map { candidates.names[$0.offset] }
    }
}
