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
    public static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int = .max) -> Int {
        if limit != .max, abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, previous2[j - 2] + 1) }
                current[j] = v
                rowMin = min(rowMin, v)
            }
            if limit != .max, rowMin > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    /// The candidates within `bound` edits of `word` (case-insensitive; by default a third of its
    /// length, at least 2), closest first, ties in `candidates` order, at most `limit`.
    public static func nearest(to word: String, in candidates: [String], bound: Int? = nil, limit: Int = 1) -> [String] {
        let target = Array(word.lowercased().unicodeScalars)
        let bound = bound ?? max(2, target.count / 3)
        return candidates.enumerated()
            .map { (offset: $0.offset, candidate: $0.element, distance: between(target, Array($0.element.lowercased().unicodeScalars), limit: bound)) }
            .filter { $0.distance <= bound }
            .sorted { ($0.distance, $0.offset) < ($1.distance, $1.offset) }
            .prefix(limit)
            .map(\.candidate)
    }
}
